import { isRecord } from "../assertions/excerpt.js";
import { expectJsonResponse } from "../assertions/json-response.js";
import { checkNamedEventStream } from "../assertions/named-event-stream.js";
import { checkResponsesStreamOrder } from "../assertions/responses-stream.js";
import type { Check } from "./check.js";
import { responsesPath, responsesRequest, weatherTool } from "./requests.js";

const operationId = "createResponse";

export const responsesChecks: Check[] = [
  {
    id: "responses.non-stream",
    feature: "responses",
    title: "POST /responses answers a valid Response object",
    async run(context) {
      const response = await context.send({
        method: "POST",
        path: responsesPath,
        body: responsesRequest(context.target.model),
        mockExample: "responses-basic-response",
      });
      expectJsonResponse(context, response, operationId);
    },
  },
  {
    id: "responses.stream",
    feature: "responses",
    title:
      "a streamed response: valid named events, response.created then in_progress, each item's events between its added and done, the terminal event last",
    run: (context) =>
      checkNamedEventStream(
        context,
        {
          method: "POST",
          path: responsesPath,
          body: responsesRequest(context.target.model, { stream: true }),
          mockExample: "responses-stream-text",
        },
        operationId,
        checkResponsesStreamOrder,
      ),
  },
  {
    id: "responses.tool-call",
    feature: "responses",
    title: "with a function tool and tool_choice required, the output has a function_call of that tool",
    needsRealProvider: "a static mock answers with its example whatever tool_choice asks for",
    async run(context) {
      const { type, function: fn } = weatherTool;
      const response = await context.send({
        method: "POST",
        path: responsesPath,
        body: responsesRequest(context.target.model, {
          input: "How is the weather in Hangzhou? Use the tool.",
          tools: [{ type, ...fn }],
          tool_choice: "required",
        }),
      });
      const body = expectJsonResponse(context, response, operationId);
      if (!isRecord(body) || !Array.isArray(body.output)) return;
      const calls = body.output.filter((item) => isRecord(item) && item.type === "function_call");
      if (!calls.some((call) => call.name === fn.name)) {
        context.fail("output", `must hold a function_call of ${fn.name} (tool_choice required); got none`);
      }
    },
  },
];
