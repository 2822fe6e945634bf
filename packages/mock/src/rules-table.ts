import { type ExampleRule, exampleRules } from "./rules.js";

/** The example-selection rules as the Markdown table of the README's "How the mock chooses its answer". */
export function rulesTable(rules: readonly ExampleRule[] = exampleRules): string {
  const rows = rules.map((rule) => {
    const stream = rule.stream
      ? `\`${rule.stream}\`${rule.streamNote ? ` (closest: ${rule.streamNote})` : ""}`
      : "(does not stream)";
    return `| \`${rule.operationId}\` | ${rule.when} | \`${rule.json}\` | ${stream} |`;
  });
  return [
    '| Operation | When the request… | Answer (JSON) | Answer with `"stream": true` |',
    "|---|---|---|---|",
    "| any | has `Prefer: example=NAME` | the example `NAME`, at its status | the example `NAME` |",
    "| any | has `Prefer: code=STATUS` (STATUS not 200) | the first example of `STATUS` | the same (errors are JSON) |",
    ...rows,
  ].join("\n");
}
