import { accumulateChatStream } from "../assertions/chat-stream.js";
import { readChunkStream } from "../assertions/event-stream.js";
import type { Check } from "./check.js";
import { chatPath, simpleChat } from "./requests.js";

export const streamingChecks: Check[] = [
  {
    id: "streaming.events",
    feature: "streaming",
    title:
      "a streamed completion: valid chunks, one id and created, one finish_reason per choice, [DONE] last",
    async run(context) {
      const response = await context.send({
        method: "POST",
        path: chatPath,
        body: simpleChat(context.target.model, { stream: true }),
        accept: "text/event-stream",
        mockExample: "stream-text",
      });
      const stream = readChunkStream(context, response, {
        operationId: "createChatCompletion",
        includeUsage: false,
      });
      if (stream) accumulateChatStream(context, stream);
    },
  },
  {
    id: "streaming.usage",
    feature: "streaming",
    title:
      "with stream_options.include_usage the stream carries usage (on the finish chunk or a last empty-choices chunk)",
    async run(context) {
      const response = await context.send({
        method: "POST",
        path: chatPath,
        body: simpleChat(context.target.model, { stream: true, stream_options: { include_usage: true } }),
        accept: "text/event-stream",
        // The mock's default stream puts usage on the finish chunk; this example puts it on a separate last chunk.
        mockExample: "stream-usage-chunk",
      });
      const stream = readChunkStream(context, response, {
        operationId: "createChatCompletion",
        includeUsage: true,
      });
      if (stream) accumulateChatStream(context, stream);
    },
  },
];
