import { checkAnthropicStreamOrder } from "../assertions/anthropic-stream.js";
import { isRecord } from "../assertions/excerpt.js";
import { requestJson } from "../assertions/json-response.js";
import { checkNamedEventStream } from "../assertions/named-event-stream.js";
import { featureChecks } from "./check.js";
import { anthropicMessageRequest, anthropicMessagesPath } from "./requests.js";

const operationId = "createMessage";

export const anthropicMessagesChecks = featureChecks("anthropic-messages", [
  {
    name: "non-stream",
    title: "POST /v1/messages (Anthropic base URL, x-api-key) answers a valid Anthropic message",
    async run(context) {
      await requestJson(
        context,
        {
          method: "POST",
          path: anthropicMessagesPath,
          anthropic: true,
          body: anthropicMessageRequest(context.target.model),
          mockExample: "anthropic-basic-response",
        },
        operationId,
      );
    },
  },
  {
    name: "stream",
    title:
      "a streamed message: valid named events, message_start first, each block's deltas between its start and stop, message_delta, message_stop last",
    run: (context) =>
      checkNamedEventStream(
        context,
        {
          method: "POST",
          path: anthropicMessagesPath,
          anthropic: true,
          body: anthropicMessageRequest(context.target.model, { stream: true }),
          mockExample: "anthropic-stream-text",
        },
        operationId,
        checkAnthropicStreamOrder,
      ),
  },
  {
    name: "max-tokens",
    title: "max_tokens 1 cuts the answer off with stop_reason max_tokens",
    needsRealProvider: "a static mock answers with its example whatever max_tokens allows",
    async run(context) {
      const message = await requestJson(
        context,
        {
          method: "POST",
          path: anthropicMessagesPath,
          anthropic: true,
          body: anthropicMessageRequest(context.target.model, {
            max_tokens: 1,
            thinking: { type: "disabled" },
          }),
        },
        operationId,
      );
      if (isRecord(message) && message.stop_reason !== "max_tokens") {
        context.fail(
          "stop_reason",
          `must be "max_tokens" with max_tokens 1; got ${JSON.stringify(message.stop_reason)}`,
        );
      }
    },
  },
]);
