import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { haveRealFixtures, realFixturesDir } from "@deepseek-openapi/test-utils";
import { describe, expect, it } from "vitest";
import { checkChatCompletionInvariants } from "../src/assertions/chat-completion.js";
import { accumulateChatStream } from "../src/assertions/chat-stream.js";
import { readChunkStream } from "../src/assertions/event-stream.js";
import { expectJsonResponse } from "../src/assertions/json-response.js";
import { balanceChecks } from "../src/checks/balance.js";
import type { Check, RuleId } from "../src/checks/check.js";
import { invalidRequestChecks } from "../src/checks/invalid-requests.js";
import { modelChecks } from "../src/checks/models.js";
import type { ApiResponse } from "../src/http.js";
import { knownDeviations } from "../src/known-deviations.js";
import { recordingContext } from "./helpers/context.js";

// Real DeepSeek (and compatible provider) traffic recorded by other projects, read in place (never copied): the
// checks must accept what the real API sends, or they would fail honest providers.
const recordings = realFixturesDir;
const present = haveRealFixtures;
const files = (dir: string, ext: string) =>
  present ? readdirSync(join(recordings, dir)).filter((f) => f.endsWith(ext)) : [];
/** A recording (`dir/file`) as the checks see an answer: of `status` (200 unless given), labelled by its path. */
const recorded = (file: string, mediaType: string, status = 200): ApiResponse => ({
  status,
  mediaType,
  text: readFileSync(join(recordings, file), "utf8"),
  label: file,
});

/**
 * Recordings that break a rule the spec documents as a known deviation (`x-known-deviations`), and the finding the
 * suite must report for them (a warning in a run): Azure AI Foundry's advancing `created`.
 */
const documentedDeviations: Record<string, Array<[string, string]>> = {
  "vercel-azure-foundry-deepseek-v4-pro-reasoning.sse": [["chunk[3].created", "stream.same-created"]],
};

/** Abridged by their authors (`......` lines replaced by blank lines): not whole streams. */
const abridged = (file: string) => file.includes("abridged");

describe.skipIf(!present)("real recordings pass the checks", () => {
  for (const file of files("response", ".json")) {
    it(`response/${file}`, () => {
      const context = recordingContext();
      const body = expectJsonResponse(
        context,
        recorded(`response/${file}`, "application/json"),
        "createChatCompletion",
      );
      checkChatCompletionInvariants(context, body);
      expect(context.failures).toEqual([]);
    });
  }

  for (const file of files("stream", ".sse").filter((f) => !abridged(f))) {
    it(`stream/${file}`, () => {
      const context = recordingContext();
      const stream = readChunkStream(context, recorded(`stream/${file}`, "text/event-stream"), {
        operationId: "createChatCompletion",
        includeUsage: false,
      });
      expect(stream?.chunks.length).toBeGreaterThan(0);
      if (stream) accumulateChatStream(context, stream);
      expect(context.failures.map((f) => [f.path, f.rule])).toEqual(documentedDeviations[file] ?? []);
      for (const { rule } of context.failures) expect(knownDeviations().has(rule as RuleId), rule).toBe(true);
    });
  }

  it("a recorded stream cut before [DONE] is reported as cut off", () => {
    const context = recordingContext();
    const whole = recorded("stream/vercel-deepseek-text.sse", "text/event-stream");
    readChunkStream(
      context,
      { ...whole, text: whole.text.replace(/data: \[DONE\]\s*$/, ""), label: "cut" },
      { operationId: "createChatCompletion", includeUsage: false },
    );
    expect(context.failures.map((f) => f.path)).toContain("(stream)");
  });

  const answered: Array<[string, Check | undefined, number]> = [
    ["other/deepseek-models-chat-reasoner-2025-02.json", modelChecks[0], 200],
    ["other/deepseek-user-balance-granted-only-2025-02.json", balanceChecks[0], 200],
    [
      "error/deepseek-model-not-exist.json",
      invalidRequestChecks.find((c) => c.id.endsWith("unknown-model")),
      400,
    ],
  ];
  for (const [file, check, status] of answered) {
    it(`${file} passes ${check?.id}`, async () => {
      const context = recordingContext(recorded(file, "application/json", status));
      await check?.run(context);
      expect(check).toBeDefined();
      expect(context.failures).toEqual([]);
    });
  }
});
