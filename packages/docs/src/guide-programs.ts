/**
 * Complete programs for the guides of `info.description`: the files `<guide>.<name>.ts|py` of a directory (guide:
 * the section's heading in kebab case, such as `thinking-mode` for `## Thinking mode`) are appended to the end of
 * their section as code blocks, TypeScript before Python. The TypeScript files are type-checked with the samples
 * (src/build.ts), the Python ones syntax-checked by the docs tests. A file naming no section is a build error.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface GuideProgram {
  guide: string;
  name: string;
  extension: "ts" | "py";
  source: string;
}

/** A heading as a guide file names it: `Responses API streams` → `responses-api-streams`. */
export function guideSlug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function readGuidePrograms(dir: string): GuideProgram[] {
  return readdirSync(dir)
    .sort()
    .flatMap((file) => {
      const match = file.match(/^([a-z0-9-]+)\.([a-z0-9-]+)\.(ts|py)$/);
      if (!match) return [];
      const [, guide = "", name = "", extension] = match;
      const source = readFileSync(join(dir, file), "utf8").trimEnd();
      return [{ guide, name, extension: extension as "ts" | "py", source }];
    });
}

function introduction(program: GuideProgram): string {
  if (program.extension === "ts") return "In TypeScript, with `@deepseek-openapi/client`:";
  const sdk = program.source.match(/^(?:from|import) (\w+)/m)?.[1];
  return `In Python, with the \`${sdk}\` package:`;
}

function codeBlock(program: GuideProgram): string {
  const language = program.extension === "ts" ? "typescript" : "python";
  return `${introduction(program)}\n\n\`\`\`${language}\n${program.source}\n\`\`\`\n`;
}

/** `description` cut before each `## ` heading: the text before the first heading, then one part per section. */
function guideSections(description: string): string[] {
  return description.split(/^(?=## )/m);
}

/** A section's `## ` heading, or "" for the text before the first one. */
function sectionHeading(section: string): string {
  return section.match(/^## (.+)/)?.[1] ?? "";
}

/** The `## ` headings of `description`, in order: the guides. */
export function guideHeadings(description: string): string[] {
  return guideSections(description).map(sectionHeading).filter(Boolean);
}

/** `description` with each program at the end of its `## ` section (TypeScript first, then Python). */
export function addGuidePrograms(description: string, programs: GuideProgram[]): string {
  const sections = guideSections(description);
  const slugs = sections.map((section) => guideSlug(sectionHeading(section)));
  const orphans = programs.filter((program) => !slugs.includes(program.guide));
  if (orphans.length > 0)
    throw new Error(
      `guide programs for sections info.description does not have: ${orphans.map((p) => `${p.guide}.${p.name}.${p.extension}`).join(", ")} (sections: ${slugs.filter(Boolean).join(", ")})`,
    );
  return sections
    .map((section, index) => {
      const own = programs
        .filter((program) => program.guide === slugs[index])
        .sort((a, b) => a.name.localeCompare(b.name) || b.extension.localeCompare(a.extension));
      if (own.length === 0) return section;
      return `${section.trimEnd()}\n\n${own.map(codeBlock).join("\n")}\n`;
    })
    .join("");
}
