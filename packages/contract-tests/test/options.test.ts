import { knownModels, loadBundledSpec } from "@deepseek-openapi/spec";
import { describe, expect, it } from "vitest";
import { features } from "../src/checks/check.js";
import { defaultModel, parseOptions, UsageError } from "../src/options.js";
import { listProviders } from "../src/providers.js";
import { resolveTarget } from "../src/resolve-target.js";

const ids = listProviders().map((p) => p.id);
const parse = (...argv: string[]) => parseOptions(argv, {}, ids);

describe("providers come from the bundled spec's servers", () => {
  it("lists every x-provider-id with its URL", () => {
    const providers = Object.fromEntries(listProviders().map((p) => [p.id, p]));
    expect(Object.keys(providers).sort()).toEqual([
      "custom",
      "deepseek",
      "deepseek-beta",
      "deepseek-v1",
      "llmprovider",
      "ppapi",
    ]);
    expect(providers.deepseek?.baseUrl).toBe("https://api.deepseek.com");
    // The spec's rule for a templated URL ({baseUrl}): no fixed base URL, the caller gives one (as in the client).
    expect(providers.custom?.baseUrl).toBeNull();
  });

  it("sends DeepSeek's beta features to the beta URL that FIM's servers name", () => {
    const providers = Object.fromEntries(listProviders().map((p) => [p.id, p]));
    expect(providers.deepseek?.betaBaseUrl).toBe("https://api.deepseek.com/beta");
    expect(providers["deepseek-v1"]?.betaBaseUrl).toBe("https://api.deepseek.com/beta");
    expect(providers.ppapi?.betaBaseUrl).toBe(providers.ppapi?.baseUrl);
  });
});

describe("parseOptions", () => {
  it("has defaults, and reads the key from DEEPSEEK_API_KEY", () => {
    const options = parseOptions([], { DEEPSEEK_API_KEY: "sk-from-env" }, ids);
    expect(options).toMatchObject({
      model: defaultModel(),
      apiKey: "sk-from-env",
      mock: false,
      only: [],
      skip: [],
      strict: false,
    });
    expect(options.baseUrl).toBeUndefined();
    expect(parse("--strict").strict).toBe(true);
  });

  it("defaults to the spec's first current model, one DeepSeek's model list names", () => {
    const spec = loadBundledSpec();
    const first = knownModels(spec).find((model) => model.status === "current");
    expect(defaultModel()).toBe(first?.id);
    const { examples } = spec.components as unknown as { examples: Record<string, { value: unknown }> };
    const models = examples["models-flash"]?.value as { data: { id: string }[] };
    expect(models.data.map((m) => m.id)).toContain(defaultModel());
  });

  it("takes values as --name value and --name=value", () => {
    const options = parse(
      "--base-url",
      "http://127.0.0.1:8080/v1/",
      "--model=deepseek-chat",
      "--only",
      "chat,streaming",
    );
    expect(options).toMatchObject({
      baseUrl: "http://127.0.0.1:8080/v1",
      model: "deepseek-chat",
      only: ["chat", "streaming"],
    });
  });

  it("prefers --api-key over the environment", () => {
    expect(parseOptions(["--api-key", "sk-flag"], { DEEPSEEK_API_KEY: "sk-env" }, ids).apiKey).toBe(
      "sk-flag",
    );
  });

  const bad: Array<[string[], RegExp]> = [
    [["--frobnicate"], /^unknown option --frobnicate \(see --help\)$/],
    [["stray"], /^unexpected argument "stray"/],
    [["--model"], /^--model expects a value/],
    [["--model", "--mock"], /^--model expects a value/],
    [["--base-url", "api.example.com"], /^--base-url expects an http\(s\) URL .*; got "api.example.com"$/],
    [["--base-url", "ftp://x.example"], /^--base-url expects an http\(s\) URL/],
    [["--provider", "openai"], /^--provider expects one of deepseek, .*; got "openai"$/],
    [["--provider", "deepseek", "--base-url", "http://x.example"], /give one of them/],
    [["--only", "chat,telepathy"], /^--only: unknown feature "telepathy"; expected some of auth, chat/],
    [["--skip", ","], /^--skip expects a comma-separated list/],
    [["--timeout", "-3"], /^--timeout expects seconds per request/],
    [["--timeout", "soon"], /^--timeout expects seconds per request/],
    [["--timeout", "0.5"], /^--timeout expects seconds per request, a number from 1 to 3600/],
    [["--timeout", "3601"], /^--timeout expects seconds per request, a number from 1 to 3600/],
    [
      ["--deadline", "0"],
      /^--deadline expects seconds for the whole run, a number from 1 to 86400; got "0"$/,
    ],
    [["--deadline", "soon"], /^--deadline expects seconds for the whole run, a number from 1 to 86400/],
    [
      ["--idle-timeout", "3601"],
      /^--idle-timeout expects seconds a body may go without data, a number from 1 to 3600; got "3601"$/,
    ],
    [
      ["--report-json", "/no/such/dir/report.json"],
      /^--report-json: the directory \/no\/such\/dir does not exist$/,
    ],
    [["--report-junit", "/tmp"], /^--report-junit: \/tmp is a directory, not a file$/],
    [["--mock"], /^--mock describes the endpoint of --base-url/],
    [["--help=yes"], /^--help takes no value/],
    [["--model", "a", "--model", "b"], /^--model is given twice$/],
    [["--", "--model"], /^unknown option -- \(see --help\)$/],
    [
      ["--base-url", "http://x.example", "--only", "chat", "--skip", "chat"],
      /^--only chat with --skip chat leaves no check to run$/,
    ],
    [
      ["--base-url", "http://x.example", "--skip", features.join(",")],
      /^--skip auth,chat,.*,anthropic-messages leaves no check to run$/,
    ],
    [
      ["--only", "stop,max-tokens"],
      /^--only stop,max-tokens leaves no check to run against a mock: stop\.sequence, max-tokens\.length need a real provider$/,
    ],
    [
      ["--report-json", "/proc/x.json"],
      /^--report-json: cannot write \/proc\/x\.json \(ENOENT: no such file or directory, open '\/proc\/x\.json'\)$/,
    ],
  ];
  for (const [argv, message] of bad) {
    it(`rejects ${argv.join(" ")} with one line naming the option`, () => {
      expect(() => parse(...argv)).toThrow(UsageError);
      expect(() => parse(...argv)).toThrow(message);
      try {
        parse(...argv);
      } catch (error) {
        expect((error as Error).message).not.toContain("\n");
      }
    });
  }
});

describe("resolveTarget", () => {
  const providers = listProviders();
  const target = (...argv: string[]) => resolveTarget(parse(...argv), providers, "sk-x");

  it("--provider takes the spec's URLs, beta included", () => {
    expect(target("--provider", "deepseek")).toMatchObject({
      baseUrl: "https://api.deepseek.com",
      betaBaseUrl: "https://api.deepseek.com/beta",
      mock: false,
    });
  });

  it("a --base-url the spec knows keeps its beta URL; any other serves beta features itself", () => {
    expect(target("--base-url", "https://api.deepseek.com/v1").betaBaseUrl).toBe(
      "https://api.deepseek.com/beta",
    );
    expect(target("--base-url", "http://127.0.0.1:8080", "--mock")).toMatchObject({
      betaBaseUrl: "http://127.0.0.1:8080",
      mock: true,
    });
  });

  it("the embedded mock serves beta features under the path of the spec's beta server", () => {
    const mock = { url: "http://127.0.0.1:4010", port: 4010, exchanges: [], close: () => Promise.resolve() };
    expect(resolveTarget(parse(), providers, "sk-x", mock)).toMatchObject({
      baseUrl: mock.url,
      betaBaseUrl: `${mock.url}${new URL(providers.find((p) => p.id === "deepseek")?.betaBaseUrl ?? "").pathname}`,
      mock: true,
    });
  });

  it("refuses --provider for a server whose URL is templated, and says to pass --base-url", () => {
    const templated = listProviders()
      .filter((p) => p.baseUrl === null)
      .map((p) => p.id);
    expect(templated).toEqual(["custom"]);
    expect(() => parseOptions(["--provider", "custom"], {}, ids, templated)).toThrow(
      new UsageError("--provider custom has no fixed base URL in the spec: pass --base-url URL instead"),
    );
  });

  it("accepts a --timeout from 1 to 3600 seconds", () => {
    expect(parse("--timeout", "1").timeoutSeconds).toBe(1);
    expect(parse("--timeout", "2.5").timeoutSeconds).toBe(2.5);
    expect(parse("--timeout", "3600").timeoutSeconds).toBe(3600);
  });

  it("has a deadline for the run and an idle timeout for bodies, by default and as given", () => {
    expect(parse()).toMatchObject({ deadlineSeconds: 600, idleTimeoutSeconds: 30 });
    expect(parse("--deadline", "86400", "--idle-timeout", "1.5")).toMatchObject({
      deadlineSeconds: 86_400,
      idleTimeoutSeconds: 1.5,
    });
    expect(target("--provider", "ppapi", "--idle-timeout", "5")).toMatchObject({ idleTimeoutMs: 5000 });
  });

  it("uses the --timeout in milliseconds and the --model", () => {
    expect(target("--provider", "ppapi", "--timeout", "30", "--model", "deepseek-chat")).toMatchObject({
      timeoutMs: 30_000,
      model: "deepseek-chat",
    });
  });
});
