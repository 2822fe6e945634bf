import { streamChat } from "./chat-requests.js";
import { featureChecks } from "./check.js";
import { simpleChat } from "./requests.js";

export const streamingChecks = featureChecks("streaming", [
  {
    name: "events",
    title:
      "a streamed completion: valid chunks, one id and created, one finish_reason per choice, [DONE] last",
    async run(context) {
      await streamChat(context, simpleChat(context.target.model, { stream: true }), {
        mockExample: "stream-text",
      });
    },
  },
  {
    name: "usage",
    title:
      "with stream_options.include_usage the stream carries usage (on the finish chunk or a last empty-choices chunk)",
    async run(context) {
      // The mock's default stream puts usage on the finish chunk; this example puts it on a separate last chunk.
      await streamChat(
        context,
        simpleChat(context.target.model, { stream: true, stream_options: { include_usage: true } }),
        { mockExample: "stream-usage-chunk" },
      );
    },
  },
]);
