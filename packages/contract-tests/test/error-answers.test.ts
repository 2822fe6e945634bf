import { afterEach, describe, expect, it } from "vitest";
import { runSuite } from "../src/runner.js";
import { fakeModel } from "./helpers/fake-provider.js";
import { type LocalServer, startScriptedServer } from "./helpers/servers.js";
import { chatChunk, contentDelta, eventStream } from "./helpers/streams.js";
import { localTarget } from "./helpers/target.js";

// A provider that answers status 200 with an error body (or an error event mid-stream): the report says so once,
// quoting the provider's message with the key blanked, instead of listing the fields a completion would have.

const key = "sk-error-answers-key-0123456789";
const providerError = {
  error: { message: `Rate limit reached for ${key}`, type: "rate_limit_error", code: "rate_limited" },
};
let server: LocalServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function runAgainstErroringProvider() {
  server = await startScriptedServer((request) => {
    if (request.path === "/models") {
      return {
        status: 200,
        contentType: "application/json",
        body: JSON.stringify({ object: "list", data: [{ id: fakeModel, object: "model", owned_by: "x" }] }),
      };
    }
    const streamed = (request.json as { stream?: boolean } | undefined)?.stream === true;
    if (!streamed)
      return { status: 200, contentType: "application/json", body: JSON.stringify(providerError) };
    const body = eventStream([chatChunk([contentDelta("Hi")]), providerError]);
    return { status: 200, contentType: "text/event-stream", body };
  });
  return runSuite({
    target: localTarget(server.baseUrl, { apiKey: key, model: fakeModel }),
    only: ["chat", "streaming"],
  });
}

describe("an error body where a result belongs", () => {
  it("is reported once with the provider's message, redacted, and not checked as a completion", async () => {
    const suite = await runAgainstErroringProvider();
    const failures = Object.fromEntries(
      suite.results.filter((r) => r.selected).map((r) => [r.id, r.failures]),
    );
    const said = '"Rate limit reached for [redacted]" (type "rate_limit_error", code "rate_limited")';
    expect(failures).toEqual({
      "chat.non-stream": [
        {
          path: "(body)",
          message: `is an error, not a result: the provider answered ${said}; the body is not checked further`,
        },
      ],
      "streaming.events": [
        {
          path: "chunk[1]",
          message: `is an error, not a chunk: the provider answered ${said}; the stream is not checked further`,
        },
      ],
      "streaming.usage": [
        {
          path: "chunk[1]",
          message: `is an error, not a chunk: the provider answered ${said}; the stream is not checked further`,
        },
      ],
    });
  });
});
