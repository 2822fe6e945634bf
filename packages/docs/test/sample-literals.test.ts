/** The literal renderers of the samples, each checked to the byte against output written by hand. */
import { describe, expect, it } from "vitest";
import {
  Code,
  lineWidth,
  pythonArguments,
  pythonLiteral,
  typescriptLiteral,
} from "../src/sample-literals.js";

describe("typescriptLiteral", () => {
  it("renders scalars as TypeScript spells them", () => {
    expect([null, true, false, 0, -1.5, 1e-7, "x"].map((value) => typescriptLiteral(value))).toEqual([
      "null",
      "true",
      "false",
      "0",
      "-1.5",
      "1e-7",
      '"x"',
    ]);
  });

  it("escapes quotes, backslashes and newlines, and keeps unicode as it is", () => {
    expect(typescriptLiteral(`say "hi"\\\n…和`)).toBe(String.raw`"say \"hi\"\\\n…和"`);
  });

  it("keeps a small object on one line, padded, with identifier keys bare and other keys quoted", () => {
    expect(
      typescriptLiteral({ role: "user", "expires_after[anchor]": "created_at", $ok: [1, 2], e: {} }),
    ).toBe('{ role: "user", "expires_after[anchor]": "created_at", $ok: [1, 2], e: {} }');
  });

  it("breaks what does not fit into one entry per line with trailing commas, nested, at the given indent", () => {
    const long = "a".repeat(60);
    expect(typescriptLiteral({ model: "m", messages: [{ role: "user", content: long }] }, "  ")).toBe(
      [
        "{",
        '    model: "m",',
        "    messages: [",
        "      {",
        '        role: "user",',
        `        content: "${long}",`,
        "      },",
        "    ],",
        "  }",
      ].join("\n"),
    );
  });

  it("emits Code as it is", () => {
    expect(typescriptLiteral({ file: new Code("image") })).toBe("{ file: image }");
  });

  it("fits a line of exactly the line width and breaks one character more", () => {
    const fits = { k: "x".repeat(lineWidth - '{ k: "" }'.length) };
    expect(typescriptLiteral(fits)).toHaveLength(lineWidth);
    expect(typescriptLiteral({ k: `${fits.k}x` })).toBe(`{\n  k: "${fits.k}x",\n}`);
  });

  it("refuses what JSON cannot carry", () => {
    expect(() => typescriptLiteral(Number.NaN)).toThrow("NaN is not a JSON number");
    expect(() => typescriptLiteral(undefined)).toThrow("cannot render a undefined as a literal");
  });
});

describe("pythonLiteral", () => {
  it("spells null, true and false as None, True and False", () => {
    expect(pythonLiteral({ a: null, b: true, c: false, d: [1, "two"] })).toBe(
      '{"a": None, "b": True, "c": False, "d": [1, "two"]}',
    );
  });

  it("quotes every key and escapes strings with quotes, newlines and unicode", () => {
    expect(pythonLiteral({ "it's": 'a "b"\n\tc ✓' })).toBe(String.raw`{"it's": "a \"b\"\n\tc ✓"}`);
  });

  it("breaks a long nested value with four spaces per level and trailing commas", () => {
    const long = "b".repeat(70);
    expect(pythonLiteral([{ text: long, ok: true }])).toBe(
      ["[", "    {", `        "text": "${long}",`, '        "ok": True,', "    },", "]"].join("\n"),
    );
  });
});

describe("pythonArguments", () => {
  it("passes the keywords the method takes, in the body's order, and the rest in one extra_body at the end", () => {
    const body = { model: "m", thinking: { type: "enabled" }, stream: false, user_id: "u-1", stop: null };
    expect(pythonArguments(body, ["model", "stream", "stop"], "    ")).toBe(
      [
        '    model="m",',
        "    stream=False,",
        "    stop=None,",
        '    extra_body={"thinking": {"type": "enabled"}, "user_id": "u-1"},',
      ].join("\n"),
    );
  });

  it("has no extra_body when the method takes every field", () => {
    expect(pythonArguments({ file: new Code("image") }, ["file"], "")).toBe("file=image,");
  });

  it("breaks an argument that does not fit after its keyword", () => {
    const messages = [{ role: "user", content: "c".repeat(50) }];
    expect(pythonArguments({ messages }, ["messages"], "    ")).toBe(
      [
        "    messages=[",
        "        {",
        '            "role": "user",',
        `            "content": "${"c".repeat(50)}",`,
        "        },",
        "    ],",
      ].join("\n"),
    );
  });
});
