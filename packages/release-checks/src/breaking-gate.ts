// The breaking-change gate: the bundled spec against the last released one. A breaking change passes only with a
// pending major changeset for every package of the spec's `fixed` group in .changeset/config.json: the spec and the
// client, released at one version because the client's types are generated from the spec.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import {
  fixedGroup,
  type PendingChangeset,
  pendingBump,
  readChangesetConfig,
  readPendingChangesets,
} from "./changesets.ts";
import { type BreakingChange, findBreakingChanges } from "./openapi-breaking.ts";

export const RELEASED_SPEC = "packages/spec/released/openapi.json";
export const BUNDLED_SPEC = "packages/spec/dist/openapi.json";
export const SPEC_PACKAGE = "@deepseek-openapi/spec";

/**
 * The packages that a breaking change needs a pending major changeset for: the spec's `fixed` group in `root`'s
 * .changeset/config.json (the spec alone if it is in none). No config is an error, as it is for `changeset version`.
 */
export function majorTogether(root: string): string[] {
  const config = readChangesetConfig(root);
  if (!config)
    throw new Error(
      `${join(root, ".changeset", "config.json")} is missing: its \`fixed\` group of ${SPEC_PACKAGE} names the packages a breaking change needs a major changeset for`,
    );
  return fixedGroup(config, SPEC_PACKAGE);
}

export interface GateResult {
  ok: boolean;
  lines: string[];
  changes: BreakingChange[];
}

export function runBreakingGate(options: {
  released: unknown;
  current: unknown;
  changesets: PendingChangeset[];
  /** The packages that all need a pending major for a breaking change: `majorTogether(root)`. */
  majorTogether: string[];
}): GateResult {
  const changes = findBreakingChanges(options.released, options.current);
  const lines: string[] = [];
  if (changes.length === 0) {
    const same = JSON.stringify(options.released) === JSON.stringify(options.current);
    lines.push(
      same
        ? "breaking changes: PASS - the bundled spec is identical to the released one"
        : "breaking changes: PASS - the bundled spec differs from the released one, but nothing in it breaks",
    );
    return { ok: true, lines, changes };
  }
  lines.push(`${changes.length} breaking change${changes.length > 1 ? "s" : ""} since the released spec:`);
  for (const change of changes) lines.push(`  [${change.rule}] ${change.location}: ${change.message}`);
  const together = options.majorTogether;
  const missing = together.filter((name) => pendingBump(options.changesets, name) !== "major");
  if (missing.length === 0) {
    lines.push(`breaking changes: PASS - a pending major changeset covers ${together.join(" and ")}`);
    return { ok: true, lines, changes };
  }
  lines.push(
    `breaking changes: FAIL - a breaking change needs a pending major changeset for ${together.join(" and ")};` +
      ` missing for ${missing.join(", ")}.`,
    `  Either make the change compatible, or run \`pnpm changeset\`, select ${together.length === 2 ? "both packages" : together.join(", ")} and choose \`major\`.`,
  );
  return { ok: false, lines, changes };
}

/** Reads a JSON or YAML OpenAPI document. */
function readDocument(file: string): unknown {
  const text = readFileSync(file, "utf8");
  return /\.ya?ml$/.test(file) ? parse(text) : JSON.parse(text);
}

/** The gate on a checkout: `root`'s bundled spec against its baseline (or the given files), with its changesets. */
export function runBreakingGateIn(
  root: string,
  files: { released?: string; current?: string } = {},
): GateResult {
  const releasedFile = files.released ?? join(root, RELEASED_SPEC);
  const bundledFile = files.current ?? join(root, BUNDLED_SPEC);
  if (!existsSync(bundledFile))
    return {
      ok: false,
      changes: [],
      lines: [`breaking changes: FAIL - ${bundledFile} is missing: run \`pnpm build\` first`],
    };
  if (!existsSync(releasedFile))
    return {
      ok: false,
      changes: [],
      lines: [
        `breaking changes: FAIL - the released baseline ${releasedFile} is missing (\`pnpm spec:baseline\` writes it)`,
      ],
    };
  return runBreakingGate({
    released: readDocument(releasedFile),
    current: readDocument(bundledFile),
    changesets: readPendingChangesets(root),
    majorTogether: majorTogether(root),
  });
}
