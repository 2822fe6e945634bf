import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { haveRealFixtures, parseSse, realFixturesDir, validator } from "./support/spec.js";

if (!haveRealFixtures)
  console.warn(`real traffic fixtures not found at ${realFixturesDir}: skipping their tests`);

const list = (kind: string, ending: string) =>
  haveRealFixtures ? readdirSync(join(realFixturesDir, kind)).filter((f) => f.endsWith(ending)) : [];
const readJson = (kind: string, file: string) =>
  JSON.parse(readFileSync(join(realFixturesDir, kind, file), "utf8"));

describe.skipIf(!haveRealFixtures)("real DeepSeek traffic validates against the spec", () => {
  it.each(list("response", ".json"))("response %s", (file) => {
    expect(
      validator.validateResponse("createChatCompletion", 200, "application/json", readJson("response", file))
        .issues,
    ).toEqual([]);
  });

  it.each(list("request", ".json"))("request %s", (file) => {
    expect(validator.validateRequest("createChatCompletion", readJson("request", file)).issues).toEqual([]);
  });

  it.each(list("error", ".json"))("error %s (400)", (file) => {
    expect(
      validator.validateResponse("createChatCompletion", 400, "application/json", readJson("error", file))
        .issues,
    ).toEqual([]);
  });

  it.each(list("other", ".json").filter((f) => f.includes("models")))("models %s", (file) => {
    expect(
      validator.validateResponse("listModels", 200, "application/json", readJson("other", file)).issues,
    ).toEqual([]);
  });

  it.each(list("other", ".json").filter((f) => f.includes("balance")))("balance %s", (file) => {
    expect(
      validator.validateResponse("getUserBalance", 200, "application/json", readJson("other", file)).issues,
    ).toEqual([]);
  });

  it.each(list("stream", ".sse"))("stream %s, event by event", (file) => {
    const { events } = parseSse(readFileSync(join(realFixturesDir, "stream", file), "utf8"));
    expect(events.at(-1)?.data).toBe("[DONE]");
    const payloads = events.slice(0, -1);
    expect(payloads.length).toBeGreaterThan(0);
    payloads.forEach((event, index) => {
      const result = validator.validateResponse(
        "createChatCompletion",
        200,
        "text/event-stream",
        JSON.parse(event.data),
      );
      expect({ index, issues: result.issues }).toEqual({ index, issues: [] });
    });
  });

  it("covers every kind of recording", () => {
    for (const kind of ["response", "request", "error", "stream"])
      expect(list(kind, "").length).toBeGreaterThan(0);
    expect(list("other", ".json").length).toBeGreaterThanOrEqual(2);
  });
});
