import { afterEach, describe, expect, it } from "vitest";
import { runSuite } from "../src/runner.js";
import { fakeModel, fakeProvider, type Misbehaviour } from "./helpers/fake-provider.js";
import { type LocalServer, startScriptedServer } from "./helpers/servers.js";
import { localTarget } from "./helpers/target.js";

// The checks a static mock cannot exercise (wrong key, malformed JSON, unknown model, stop, max_tokens) run against
// a scripted stand-in for a real provider: they pass when it behaves, and each fails when it misbehaves.

const goodKey = "sk-behaviour-good-key-0123";
let server: LocalServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function runAgainst(misbehaviour: Misbehaviour = {}) {
  server = await startScriptedServer(fakeProvider(goodKey, misbehaviour));
  return runSuite({
    target: localTarget(server.baseUrl, { apiKey: goodKey, model: fakeModel }),
    only: ["auth", "invalid-requests", "stop", "max-tokens", "prefix-completion"],
  });
}

describe("behaviour checks against a provider (not a mock)", () => {
  it("all pass when the provider behaves", async () => {
    const suite = await runAgainst();
    const ran = suite.results.filter((r) => r.status !== "skipped");
    expect(ran.map((r) => r.id)).toEqual([
      "auth.missing-key",
      "auth.wrong-key",
      "invalid-requests.empty-messages",
      "invalid-requests.unknown-role",
      "invalid-requests.temperature-out-of-range",
      "invalid-requests.malformed-json",
      "invalid-requests.unknown-model",
      "stop.sequence",
      "max-tokens.length",
      "prefix-completion.continue",
    ]);
    const failed = ran.filter((r) => r.status === "failed");
    expect(failed, JSON.stringify(failed, null, 2)).toEqual([]);
  });

  it('a provider that answers "Hello!" whatever is asked fails every behaviour it ignores', async () => {
    const suite = await runAgainst({ cannedAnswer: true });
    const failed = Object.fromEntries(
      suite.results.filter((r) => r.status === "failed").map((r) => [r.id, r.failures]),
    );
    expect(failed).toEqual({
      "stop.sequence": [
        {
          path: "choices[0].message.content",
          message: 'must count up to 4 and end before the stop sequence "5"; got "Hello!"',
        },
      ],
      "max-tokens.length": [
        {
          path: "choices[0].finish_reason",
          message: 'must be "length" when max_tokens cut the answer; got "stop"',
        },
      ],
      "prefix-completion.continue": [
        {
          path: "choices[0].message.content",
          message:
            'must continue the assistant\'s prefix "1, 2, 3, 4, 5," with 6 (not repeat it); got "Hello!"',
        },
      ],
    });
  });

  const cases: Array<[string, Misbehaviour, string, string]> = [
    ["a wrong key is accepted", { acceptsWrongKey: true }, "auth.wrong-key", "(status)"],
    ["a stop sequence is ignored", { ignoresStop: true }, "stop.sequence", "choices[0].message.content"],
    [
      "max_tokens does not give length",
      { ignoresMaxTokens: true },
      "max-tokens.length",
      "choices[0].finish_reason",
    ],
    [
      "malformed JSON crashes the server (500)",
      { crashesOnMalformedJson: true },
      "invalid-requests.malformed-json",
      "(status)",
    ],
    [
      "an unknown model is answered",
      { acceptsUnknownModel: true },
      "invalid-requests.unknown-model",
      "(status)",
    ],
  ];
  for (const [name, misbehaviour, check, path] of cases) {
    it(`${name} → ${check}`, async () => {
      const suite = await runAgainst(misbehaviour);
      const failed = suite.results.filter((r) => r.status === "failed");
      expect(failed.map((r) => r.id)).toEqual([check]);
      expect(failed[0]?.failures.map((f) => f.path)).toContain(path);
    });
  }
});
