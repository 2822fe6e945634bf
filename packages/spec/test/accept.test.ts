import { describe, expect, it } from "vitest";
import { mustAccept } from "./fixtures/must-accept.js";
import { copyOfBase, validateAt } from "./support/targets.js";

describe("documents the spec must accept", () => {
  it("has at least 20 of them", () => {
    expect(mustAccept.length).toBeGreaterThanOrEqual(20);
  });

  it.each(mustAccept.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const doc = copyOfBase(c.base);
    c.change(doc);
    expect(validateAt(c.target, doc).issues).toEqual([]);
  });
});
