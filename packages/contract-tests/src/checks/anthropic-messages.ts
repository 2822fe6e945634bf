import { checkAnthropicStreamOrder } from "../assertions/anthropic-stream.js";
import { isRecord } from "../assertions/excerpt.js";
import { requestOperation } from "../assertions/json-response.js";
import { checkNamedEventStream } from "../assertions/named-event-stream.js";
import { operationLabel, operationRequest } from "../operations.js";
import { featureChecks } from "./check.js";
import { anthropicMessageRequest } from "./requests.js";

const operationId = "createMessage";

export const anthropicMessagesChecks = featureChecks("anthropic-messages", [
  {
    name: "non-stream",
    title: () =>
      `${operationLabel(operationId)} (Anthropic base URL, x-api-key) answers a valid Anthropic message`,
    async run(context) {
      await requestOperation(context, operationId, {
        body: anthropicMessageRequest(context.target.model),
        mockExample: "anthropic-basic-response",
      });
    },
  },
  {
    name: "stream",
    title:
      "a streamed message: valid named events, message_start first, each block's deltas between its start and stop, message_delta, message_stop last",
    run: (context) =>
      checkNamedEventStream(
        context,
        operationRequest(operationId, {
          body: anthropicMessageRequest(context.target.model, { stream: true }),
          mockExample: "anthropic-stream-text",
        }),
        operationId,
        checkAnthropicStreamOrder,
      ),
  },
  {
    name: "max-tokens",
    title: "max_tokens 1 cuts the answer off with stop_reason max_tokens",
    needsRealProvider: "a static mock answers with its example whatever max_tokens allows",
    async run(context) {
      const message = await requestOperation(context, operationId, {
        body: anthropicMessageRequest(context.target.model, {
          max_tokens: 1,
          thinking: { type: "disabled" },
        }),
      });
      if (isRecord(message) && message.stop_reason !== "max_tokens") {
        context.fail(
          "stop_reason",
          `must be "max_tokens" with max_tokens 1; got ${JSON.stringify(message.stop_reason)}`,
        );
      }
    },
  },
]);
