/** The complete programs of samples/guides/, appended to the guides of info.description they illustrate. */
import { readFileSync } from "node:fs";
import { bundledSpecPaths } from "@deepseek-openapi/spec";
import { describe, expect, it } from "vitest";
import { addGuidePrograms, type GuideProgram, guideSlug, readGuidePrograms } from "../src/guide-programs.js";
import { guideProgramsDir } from "../src/paths.js";

const spec = JSON.parse(readFileSync(bundledSpecPaths.json, "utf8"));

function section(description: string, heading: string): string {
  return description.split(/^(?=## )/m).find((part) => part.startsWith(`## ${heading}\n`)) ?? "";
}

describe("guide programs", () => {
  it("names guides by their heading in kebab case", () => {
    expect(guideSlug("Responses API streams")).toBe("responses-api-streams");
    expect(guideSlug("Images through the Files API")).toBe("images-through-the-files-api");
  });

  it("appends a section's programs at its end, TypeScript before Python, and leaves the others alone", () => {
    const description = "Intro\n\n## One\nText.\n\n## Two words\nMore.\n";
    const programs: GuideProgram[] = [
      { guide: "two-words", name: "loop", extension: "py", source: "import openai\nprint(1)" },
      { guide: "two-words", name: "loop", extension: "ts", source: "console.log(1);" },
    ];
    expect(addGuidePrograms(description, programs)).toBe(
      [
        "Intro",
        "",
        "## One",
        "Text.",
        "",
        "## Two words",
        "More.",
        "",
        "In TypeScript, with `@deepseek-openapi/client`:",
        "",
        "```typescript",
        "console.log(1);",
        "```",
        "",
        "In Python, with the `openai` package:",
        "",
        "```python",
        "import openai",
        "print(1)",
        "```",
        "",
        "",
      ].join("\n"),
    );
  });

  it("fails for a program whose guide the description does not have", () => {
    const programs: GuideProgram[] = [{ guide: "tool-loop", name: "x", extension: "ts", source: "" }];
    expect(() => addGuidePrograms("## Streaming\nText.\n", programs)).toThrow(
      "guide programs for sections info.description does not have: tool-loop.x.ts (sections: streaming)",
    );
  });

  it("puts the stream consumer, tool loop and retry programs into Streaming, Thinking mode, Errors and Responses API streams", () => {
    const programs = readGuidePrograms(guideProgramsDir);
    const description = addGuidePrograms(spec.info.description, programs);
    const placed = (heading: string, file: string) => {
      const [guide, name, extension] = file.split(".");
      const program = programs.find((p) => p.guide === guide && p.name === name && p.extension === extension);
      expect(program, file).toBeDefined();
      expect(section(description, heading), `${file} in ${heading}`).toContain(program?.source);
    };
    placed("Streaming", "streaming.collect.ts");
    placed("Thinking mode", "thinking-mode.tool-loop.ts");
    placed("Thinking mode", "thinking-mode.tool-loop.py");
    placed("Errors", "errors.retries.ts");
    placed("Errors", "errors.retries.py");
    placed("Responses API streams", "responses-api-streams.collect.ts");
    expect(programs).toHaveLength(6);
  });
});
