import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Failure } from "../src/checks/check.js";
import { allChecks } from "../src/checks/index.js";
import { send } from "../src/http.js";
import { specValidator } from "../src/validation.js";
import { type LocalServer, startScriptedServer } from "./helpers/servers.js";
import { localTarget } from "./helpers/target.js";

// Where each feature's requests go, through the real `send`: the API's base URL, the beta one (FIM, chat prefix
// completion) or the Anthropic format's, each a base path of its own here so that a wrong one shows.

const received: string[] = [];
let server: LocalServer;
beforeAll(async () => {
  server = await startScriptedServer((request) => {
    received.push(`${request.method} ${request.path}`);
    // An id, so that the Files checks go on to retrieve and delete the upload.
    return { status: 200, contentType: "application/json", body: JSON.stringify({ id: "file 1" }) };
  });
});
afterAll(() => server.close());

async function urlsByFeature(): Promise<Record<string, string[]>> {
  const target = localTarget(`${server.baseUrl}/v1`, {
    betaBaseUrl: `${server.baseUrl}/beta`,
    anthropicBaseUrl: `${server.baseUrl}/anthropic`,
  });
  const byFeature: Record<string, string[]> = {};
  for (const check of allChecks) {
    received.length = 0;
    const failures: Failure[] = [];
    await check.run({
      target,
      validator: specValidator(),
      send: (request) => send(target, request),
      fail: (path, message) => failures.push({ path, message }),
    });
    byFeature[check.feature] = [...new Set([...(byFeature[check.feature] ?? []), ...received])].sort();
  }
  return byFeature;
}

describe("the requests of every feature", () => {
  it("go to the base URL the spec's server of their operation names, beta features to the beta one", async () => {
    expect(await urlsByFeature()).toEqual({
      auth: ["POST /v1/chat/completions"],
      chat: ["POST /v1/chat/completions"],
      streaming: ["POST /v1/chat/completions"],
      "invalid-requests": ["POST /v1/chat/completions"],
      reasoning: ["POST /v1/chat/completions"],
      tools: ["POST /v1/chat/completions"],
      "json-mode": ["POST /v1/chat/completions"],
      logprobs: ["POST /v1/chat/completions"],
      stop: ["POST /v1/chat/completions"],
      "max-tokens": ["POST /v1/chat/completions"],
      fim: ["POST /beta/completions"],
      "prefix-completion": ["POST /beta/chat/completions"],
      models: ["GET /v1/models"],
      balance: ["GET /v1/user/balance"],
      responses: ["POST /v1/responses"],
      files: ["DELETE /v1/files/file%201", "GET /v1/files", "GET /v1/files/file%201", "POST /v1/files"],
      "anthropic-files": [
        "DELETE /anthropic/v1/files/file%201",
        "GET /anthropic/v1/files",
        "GET /anthropic/v1/files/file%201",
        "POST /anthropic/v1/files",
      ],
      "anthropic-messages": ["POST /anthropic/v1/messages"],
    });
  });
});
