import { createDeepSeekClient, type DeepSeekClientOptions } from "../../src/index.js";

/** A client whose fetch records each request it sends and answers it with `body`, of `contentType`. */
export function recordingClient(
  options: DeepSeekClientOptions,
  body = "{}",
  contentType = "application/json",
): { client: ReturnType<typeof createDeepSeekClient>; sent: Request[] } {
  const sent: Request[] = [];
  const client = createDeepSeekClient({
    ...options,
    fetch: async (url, init) => {
      sent.push(new Request(url, init));
      return new Response(body, { headers: { "content-type": contentType } });
    },
  });
  return { client, sent };
}
