import { checkCreated } from "../assertions/created.js";
import { choicesOf, readChunkStream } from "../assertions/event-stream.js";
import { isRecord } from "../assertions/excerpt.js";
import { expectJsonResponse } from "../assertions/json-response.js";
import { checkUsageArithmetic } from "../assertions/usage.js";
import type { Check } from "./check.js";
import { asksForUsage, completionsPath, fimRequest } from "./requests.js";

export const fimChecks: Check[] = [
  {
    id: "fim.non-stream",
    feature: "fim",
    title: "a FIM completion (beta base URL) is a valid Completion with consistent usage",
    async run(context) {
      const response = await context.send({
        method: "POST",
        path: completionsPath,
        beta: true,
        body: fimRequest(context.target.model),
        mockExample: "fim-response",
      });
      const completion = expectJsonResponse(context, response, "createCompletion");
      if (!isRecord(completion)) return;
      checkCreated(context, completion.created);
      checkUsageArithmetic(context, completion.usage);
      if (Array.isArray(completion.choices) && completion.choices.length === 0) {
        context.fail("choices", "must hold at least one choice; got none");
      }
    },
  },
  {
    id: "fim.stream",
    feature: "fim",
    title: "a streamed FIM completion: valid CompletionChunks, one id, one finish_reason, [DONE] last",
    async run(context) {
      const body = fimRequest(context.target.model, {
        stream: true,
        stream_options: { include_usage: true },
      });
      const response = await context.send({
        method: "POST",
        path: completionsPath,
        beta: true,
        body,
        accept: "text/event-stream",
        mockExample: "fim-stream",
      });
      const stream = readChunkStream(context, response, {
        operationId: "createCompletion",
        includeUsage: asksForUsage(body),
      });
      if (!stream?.chunks[0]) return;
      checkCreated(context, stream.chunks[0].body.created, `chunk[${stream.chunks[0].position}].created`);
      const text = stream.chunks
        .flatMap((chunk) => choicesOf(chunk.body).map((choice) => choice.text ?? ""))
        .join("");
      if (text.trim() === "")
        context.fail("(accumulated) choices[0].text", "must fill the gap with some code; got nothing");
    },
  },
];
