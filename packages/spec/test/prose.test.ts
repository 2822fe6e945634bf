// The docs need some facts restated in prose (tables in `info.description`, KnownModelId's `x-enumDescriptions`).
// The machine-readable form is the source (`x-models`, `servers`), and the decorator deepseek/prose-tables writes
// every restatement at bundle time; these tests check its output in the bundled spec against the source.
import { describe, expect, it } from "vitest";
import { listOperations } from "../src/document.js";
import { codeSpans, tableRows } from "./support/markdown.js";
import { spec } from "./support/spec.js";

interface Server {
  url: string;
  "x-provider-id"?: string;
}
interface ProseSpec {
  info: { description: string };
  servers: Server[];
  paths: Record<string, Record<string, { servers?: Server[] }> & { servers?: Server[] }>;
  components: {
    schemas: {
      KnownModelId: {
        description: string;
        enum: string[];
        "x-enumDescriptions": Record<string, string>;
        "x-models": { id: string; status: string }[];
      };
    };
  };
}
const { info, servers, paths, components } = spec as unknown as ProseSpec;
const knownModelId = components.schemas.KnownModelId;

describe("the prose of the spec, against the facts it restates", () => {
  it("lists in the Providers section exactly the fixed base URLs of `servers`, in order", () => {
    const rowURLs = tableRows(info.description, "Providers").flatMap(([, url = ""]) => codeSpans(url));
    const serverURLs = servers.map((server) => server.url).filter((url) => !url.includes("{"));
    expect(serverURLs.length).toBeGreaterThan(0);
    expect(rowURLs).toEqual(serverURLs);
  });

  it("names in the Model IDs section exactly the IDs of KnownModelId", () => {
    const ids = tableRows(info.description, "Model IDs").flatMap(([, cell = ""]) => codeSpans(cell));
    expect([...ids].sort()).toEqual([...knownModelId.enum].sort());
  });

  it("shows the models in one table: KnownModelId's description has none of its own beside x-enumDescriptions", () => {
    expect(knownModelId.description).not.toMatch(/^\|/m);
  });

  it("has one x-enumDescriptions entry per KnownModelId, in the enum's order", () => {
    expect(Object.keys(knownModelId["x-enumDescriptions"])).toEqual(knownModelId.enum);
  });

  it("has as KnownModelId's enum exactly the IDs of its x-models, in their order", () => {
    expect(knownModelId.enum).toEqual(knownModelId["x-models"].map((model) => model.id));
  });

  it("gives each model the status its x-models entry has, in every table and enum description", () => {
    const statusOf = Object.fromEntries(
      tableRows(info.description, "Model IDs").flatMap(([status = "", ids = ""]) =>
        codeSpans(ids).map((id) => [id, status]),
      ),
    );
    for (const { id, status } of knownModelId["x-models"]) {
      expect({ id, status: statusOf[id] }).toEqual({ id, status });
      expect(knownModelId["x-enumDescriptions"][id]?.toLowerCase().startsWith(status)).toBe(true);
    }
  });

  it("leaves no generator marker in the bundle", () => {
    expect(JSON.stringify(spec)).not.toMatch(/<!-- generated:/);
  });

  it("names in any description only URLs under one of the spec's servers", () => {
    const descriptions: string[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === "object")
        for (const [key, value] of Object.entries(node)) {
          if (key === "description" && typeof value === "string") descriptions.push(value);
          else collect(value);
        }
    };
    collect(spec);
    const urls = descriptions.flatMap(codeSpans).filter((span) => /^https?:\/\//.test(span));
    expect(urls.length).toBeGreaterThan(0);
    const serverURLs = servers.map((server) => server.url);
    expect(urls.filter((url) => !serverURLs.some((server) => url.startsWith(server)))).toEqual([]);
  });

  it("repeats a server on a path or an operation only as the spec's servers give it", () => {
    const repeated = [
      ...Object.values(paths).flatMap((item) => item.servers ?? []),
      ...listOperations(spec).flatMap(({ operation }) => (operation as { servers?: Server[] }).servers ?? []),
    ];
    expect(repeated.length).toBeGreaterThan(0);
    // A server of its own paths only (the Anthropic format's) is not a document server, but is the same everywhere.
    const known = new Map(servers.map((top) => [top["x-provider-id"], top.url]));
    for (const server of repeated) {
      const id = server["x-provider-id"];
      expect(id, server.url).toBeDefined();
      if (!known.has(id)) known.set(id, server.url);
      expect(known.get(id), id).toBe(server.url);
    }
  });

  it("lists in the Other API formats section each path that has servers of its own, with its base URL", () => {
    const listed = tableRows(info.description, "Other API formats").flatMap(([, url = "", cell = ""]) =>
      codeSpans(cell)
        .filter((span) => span.includes("/"))
        .map((span) => `${codeSpans(url)[0]}${span.slice(span.indexOf("/"))}`),
    );
    const ownServers = Object.entries(paths).flatMap(([path, item]) =>
      (item.servers ?? []).map((server) => `${server.url}${path}`),
    );
    expect(ownServers.length).toBeGreaterThan(0);
    expect([...new Set(listed)].sort()).toEqual([...new Set(ownServers)].sort());
  });

  it("reads tables as a reader sees them, so that a drifted row fails", () => {
    const markdown =
      "## Models\nintro\n\n| Era | IDs |\n|---|---|\n| now | `a`, `b` |\n| old | `c` \\| `d` |\n\nafter";
    expect(tableRows(markdown, "Models")).toEqual([
      ["now", "`a`, `b`"],
      ["old", "`c` | `d`"],
    ]);
    expect(() => tableRows(markdown, "Providers")).toThrow(/no "## Providers" section/);
  });
});
