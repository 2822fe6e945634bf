import { isRecord } from "../assertions/excerpt.js";
import { requestOperation } from "../assertions/json-response.js";
import { checkNamedEventStream } from "../assertions/named-event-stream.js";
import { checkResponsesStreamOrder } from "../assertions/responses-stream.js";
import { operationLabel, operationRequest } from "../operations.js";
import { featureChecks } from "./check.js";
import { responsesRequest, weatherTool } from "./requests.js";

const operationId = "createResponse";

export const responsesChecks = featureChecks("responses", [
  {
    name: "non-stream",
    title: () => `${operationLabel(operationId)} answers a valid Response object`,
    async run(context) {
      await requestOperation(context, operationId, {
        body: responsesRequest(context.target.model),
        mockExample: "responses-basic-response",
      });
    },
  },
  {
    name: "stream",
    title:
      "a streamed response: valid named events, response.created then in_progress, each item's events between its added and done, the terminal event last",
    run: (context) =>
      checkNamedEventStream(
        context,
        operationRequest(operationId, {
          body: responsesRequest(context.target.model, { stream: true }),
          mockExample: "responses-stream-text",
        }),
        operationId,
        checkResponsesStreamOrder,
      ),
  },
  {
    name: "tool-call",
    title: "with a function tool and tool_choice required, the output has a function_call of that tool",
    needsRealProvider: "a static mock answers with its example whatever tool_choice asks for",
    async run(context) {
      const { type, function: fn } = weatherTool;
      const body = await requestOperation(context, operationId, {
        body: responsesRequest(context.target.model, {
          input: "How is the weather in Hangzhou? Use the tool.",
          tools: [{ type, ...fn }],
          tool_choice: "required",
        }),
      });
      if (!isRecord(body) || !Array.isArray(body.output)) return;
      const calls = body.output.filter((item) => isRecord(item) && item.type === "function_call");
      if (!calls.some((call) => call.name === fn.name)) {
        context.fail("output", `must hold a function_call of ${fn.name} (tool_choice required); got none`);
      }
    },
  },
]);
