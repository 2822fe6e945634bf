// The docs need some facts restated in prose (tables in `info.description` and in `KnownModelId`'s description).
// The machine-readable form is the source; these tests keep every restatement in step with it.
import { describe, expect, it } from "vitest";
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
      KnownModelId: { description: string; enum: string[]; "x-enumDescriptions": Record<string, string> };
    };
  };
}
const { info, servers, paths, components } = spec as unknown as ProseSpec;
const knownModelId = components.schemas.KnownModelId;

/** The body rows of the first Markdown table after `## <heading>`, as lists of cells. */
function tableRows(markdown: string, heading: string | null): string[][] {
  const lines = markdown.split("\n");
  const start = heading === null ? 0 : lines.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`no "## ${heading}" section`);
  const tableStart = lines.findIndex((line, index) => index > start && line.startsWith("|"));
  const table: string[] = [];
  for (const line of lines.slice(tableStart)) {
    if (!line.startsWith("|")) break;
    table.push(line);
  }
  // The header and the |---| line are not data.
  return table.slice(2).map((line) =>
    line
      .slice(1, -1)
      .split("|")
      .map((cell) => cell.trim()),
  );
}

const httpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

const codeSpans = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1] as string);

describe("the prose of the spec, against the facts it restates", () => {
  it("lists in the Providers section exactly the fixed base URLs of `servers`, in order", () => {
    const rowURLs = tableRows(info.description, "Providers").flatMap(([, url = ""]) => codeSpans(url));
    const serverURLs = servers.map((server) => server.url).filter((url) => !url.includes("{"));
    expect(serverURLs.length).toBeGreaterThan(0);
    expect(rowURLs).toEqual(serverURLs);
  });

  it("names in the Models section exactly the IDs of KnownModelId", () => {
    const ids = tableRows(info.description, "Models").flatMap(([, cell = ""]) => codeSpans(cell));
    expect([...ids].sort()).toEqual([...knownModelId.enum].sort());
  });

  it("describes in KnownModelId's table each of its IDs once, in the enum's order", () => {
    const ids = tableRows(knownModelId.description, null).map(([cell = ""]) => codeSpans(cell)[0]);
    expect(ids).toEqual(knownModelId.enum);
  });

  it("has one x-enumDescriptions entry per KnownModelId, in the enum's order", () => {
    expect(Object.keys(knownModelId["x-enumDescriptions"])).toEqual(knownModelId.enum);
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
    const repeated = Object.values(paths).flatMap((item) => [
      ...(item.servers ?? []),
      ...Object.entries(item)
        .filter(([key]) => httpMethods.includes(key))
        .flatMap(([, operation]) => (operation as { servers?: Server[] }).servers ?? []),
    ]);
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
      "## Models\nintro\n\n| Era | IDs |\n|---|---|\n| now | `a`, `b` |\n| old | `c` |\n\nafter";
    expect(tableRows(markdown, "Models")).toEqual([
      ["now", "`a`, `b`"],
      ["old", "`c`"],
    ]);
    expect(() => tableRows(markdown, "Providers")).toThrow(/no "## Providers" section/);
  });
});
