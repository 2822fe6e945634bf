import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { namedExamples, validator } from "./support/spec.js";

interface SeedExample {
  name: string;
  kind: "request" | "response";
  operationId: string;
  status?: number;
  mediaType?: string;
  expect: "valid" | "invalid";
  rejectedAt?: string;
  specExample?: string;
  note: string;
  body: unknown;
}
interface SeedFixture {
  seed: string;
  provider: string;
  examples: SeedExample[];
}

const dir = new URL("./fixtures/seeds/", import.meta.url);
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((file) => ({ file, fixture: JSON.parse(readFileSync(new URL(file, dir), "utf8")) as SeedFixture }));
const specExamples = new Map(namedExamples().map((e) => [e.name, e.value]));

const validate = (e: SeedExample) =>
  e.kind === "request"
    ? validator.validateRequest(e.operationId, e.body)
    : validator.validateResponse(e.operationId, e.status ?? 200, e.mediaType ?? "application/json", e.body);

describe("the five seed documents", () => {
  it("are all here, each with at least one example", () => {
    expect(seeds.map((s) => s.fixture.seed.slice(0, 3))).toEqual(["000", "001", "002", "003", "004"]);
    for (const { fixture } of seeds) expect(fixture.examples.length).toBeGreaterThan(0);
  });

  for (const { file, fixture } of seeds) {
    describe(`${file} (${fixture.provider})`, () => {
      for (const example of fixture.examples) {
        it(`${example.name}: ${example.expect}`, () => {
          const result = validate(example);
          if (example.expect === "valid") {
            expect(result.issues).toEqual([]);
          } else {
            expect(result.valid).toBe(false);
            expect(result.issues.map((i) => i.path)).toContain(example.rejectedAt);
          }
        });
        if (example.specExample) {
          it(`${example.name}: is the spec's example ${example.specExample}`, () => {
            expect(specExamples.get(example.specExample as string)).toEqual(example.body);
          });
        }
      }
    });
  }
});
