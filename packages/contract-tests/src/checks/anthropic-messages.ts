import { checkAnthropicStreamOrder } from "../assertions/anthropic-stream.js";
import { isRecord } from "../assertions/excerpt.js";
import { expectJsonResponse } from "../assertions/json-response.js";
import { checkNamedEventStream } from "../assertions/named-event-stream.js";
import type { Check } from "./check.js";
import { anthropicMessageRequest, anthropicMessagesPath } from "./requests.js";

const operationId = "createMessage";

export const anthropicMessagesChecks: Check[] = [
  {
    id: "anthropic-messages.non-stream",
    feature: "anthropic-messages",
    title: "POST /v1/messages (Anthropic base URL, x-api-key) answers a valid Anthropic message",
    async run(context) {
      const response = await context.send({
        method: "POST",
        path: anthropicMessagesPath,
        anthropic: true,
        body: anthropicMessageRequest(context.target.model),
        mockExample: "anthropic-basic-response",
      });
      expectJsonResponse(context, response, operationId);
    },
  },
  {
    id: "anthropic-messages.stream",
    feature: "anthropic-messages",
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
    id: "anthropic-messages.max-tokens",
    feature: "anthropic-messages",
    title: "max_tokens 1 cuts the answer off with stop_reason max_tokens",
    needsRealProvider: "a static mock answers with its example whatever max_tokens allows",
    async run(context) {
      const response = await context.send({
        method: "POST",
        path: anthropicMessagesPath,
        anthropic: true,
        body: anthropicMessageRequest(context.target.model, {
          max_tokens: 1,
          thinking: { type: "disabled" },
        }),
      });
      const message = expectJsonResponse(context, response, operationId);
      if (isRecord(message) && message.stop_reason !== "max_tokens") {
        context.fail(
          "stop_reason",
          `must be "max_tokens" with max_tokens 1; got ${JSON.stringify(message.stop_reason)}`,
        );
      }
    },
  },
];
