import { checkCreated } from "../assertions/created.js";
import { choicesOf } from "../assertions/event-stream.js";
import { type CompletionOperation, complete, stream } from "./chat-requests.js";
import { featureChecks } from "./check.js";
import { fimRequest } from "./requests.js";

/** FIM: the spec serves it on the beta server only. */
const fimOperation: CompletionOperation = "createCompletion";

export const fimChecks = featureChecks("fim", [
  {
    name: "non-stream",
    title: "a FIM completion (beta base URL) is a valid Completion with consistent usage",
    async run(context) {
      await complete(context, fimOperation, fimRequest(context.target.model), {
        mockExample: "fim-response",
      });
    },
  },
  {
    name: "stream",
    title: "a streamed FIM completion: valid CompletionChunks, one id, one finish_reason, [DONE] last",
    async run(context) {
      const fim = await stream(
        context,
        fimOperation,
        fimRequest(context.target.model, { stream: true, stream_options: { include_usage: true } }),
        { mockExample: "fim-stream" },
      );
      const first = fim?.chunks[0];
      if (!fim || !first) return;
      checkCreated(context, first.body.created, `chunk[${first.position}].created`);
      const text = fim.chunks
        .flatMap((chunk) => choicesOf(chunk.body).map((choice) => choice.text ?? ""))
        .join("");
      if (text.trim() === "")
        context.fail("(accumulated) choices[0].text", "must fill the gap with some code; got nothing");
    },
  },
]);
