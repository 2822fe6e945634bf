import { readFileSync } from "node:fs";
import {
  bundledSpecPaths,
  fillPath,
  findOperation,
  operationParameters,
  operationServer,
  resolveRef,
  serverUrl,
} from "@deepseek-openapi/spec";
import { describe, expect, it } from "vitest";
import { generateSamples, namedRequestExamples } from "../src/example-samples.js";
import {
  type CodeSample,
  curlSample,
  injectCodeSamples,
  type Operation,
  operationsOf,
  pathWithExamples,
} from "../src/inject-code-samples.js";
import { templatesDir } from "../src/paths.js";

const spec = JSON.parse(readFileSync(bundledSpecPaths.json, "utf8"));
const operations = operationsOf(spec);
const generated = generateSamples(spec, templatesDir);

/** The operation's curl sample for its first request example (none without a body). */
function firstCurl(op: Operation): string {
  return curlSample(spec, op, namedRequestExamples(spec, op.operation)[0]);
}

describe("inject-code-samples", () => {
  it("finds the operations of the bundled spec", () => {
    expect(operations.map((op) => op.operationId)).toEqual(
      expect.arrayContaining(["createChatCompletion", "createCompletion", "listModels", "getUserBalance"]),
    );
  });

  it("gives every operation exactly curl, TypeScript and Python: the samples of its first request example", () => {
    const injected = injectCodeSamples(spec, generated);
    for (const { operationId, operation } of operationsOf(injected)) {
      const samples: CodeSample[] = operation["x-codeSamples"];
      expect(
        samples.map((sample) => sample.label),
        operationId,
      ).toEqual(["curl", "TypeScript", "Python"]);
      const first = generated.find((set) => set.operation.operationId === operationId);
      expect(samples, operationId).toEqual(first?.samples);
      expect(first?.example?.value, operationId).toEqual(
        firstExampleValue({ operation }, "application/json") ??
          firstExampleValue({ operation }, "multipart/form-data"),
      );
    }
  });

  it("leaves the input document untouched", () => {
    const before = JSON.stringify(spec);
    injectCodeSamples(spec, generated);
    expect(JSON.stringify(spec)).toBe(before);
  });

  it("builds curl from the spec: the operation's server, its path and its first request example", () => {
    for (const op of operations) {
      const curl = firstCurl(op);
      expect(curl).toContain(`${serverUrl(operationServer(spec, op))}${examplePath(op)}`);
      expect(curl, op.operationId).toMatch(
        /\n {2}-H "(Authorization: Bearer|x-api-key:) \$DEEPSEEK_API_KEY"/,
      );
      const example = firstExampleValue(op, "application/json");
      if (example === undefined) {
        expect(curl, op.operationId).not.toContain(" -d ");
        continue;
      }
      const body = curl.match(/-d '([\s\S]*)'$/)?.[1];
      expect(body, op.operationId).toBeDefined();
      expect(JSON.parse(body?.replaceAll(`'\\''`, "'") ?? "")).toEqual(example);
    }
  });

  it("lets curl print a streamed answer as it arrives (-N) exactly when the example streams", () => {
    const chat = operation("createChatCompletion");
    const body = { model: "deepseek-flash", messages: [], stream: true };
    const json = (value: unknown) => ({
      name: "probe",
      title: "probe",
      mediaType: "application/json",
      value,
    });
    expect(curlSample(spec, chat, json(body))).toMatch(/^curl -N https:/);
    expect(curlSample(spec, chat, json({ ...body, stream: false }))).toMatch(/^curl https:/);
  });

  it("sends a given form example as -F fields", () => {
    const upload = operation("uploadFile");
    const form = { file: "bytes", purpose: "it's" };
    const example = { name: "probe", title: "probe", mediaType: "multipart/form-data", value: form };
    expect(curlSample(spec, upload, example)).toBe(
      [
        `curl ${spec.servers[0].url}/files`,
        `-H "Authorization: Bearer $DEEPSEEK_API_KEY"`,
        "-F file=@image.png",
        `-F 'purpose=it'\\''s'`,
      ].join(" \\\n  "),
    );
  });

  it("sends the body the example's media type names, whatever else the operation accepts", () => {
    const chat = operation("createChatCompletion");
    const form = { name: "probe", title: "probe", mediaType: "multipart/form-data", value: { model: "m" } };
    const curl = curlSample(spec, chat, form);
    expect(curl.endsWith(" \\\n  -F model=m"), curl).toBe(true);
    expect(curl).not.toContain("-d ");
    expect(() => curlSample(spec, chat, { ...form, mediaType: "text/plain" })).toThrow(
      new Error("createChatCompletion: curl cannot send a text/plain body (example probe)"),
    );
  });

  it("sends FIM to the beta server the operation names, not the document's first server", () => {
    const fim = operation("createCompletion");
    expect(serverUrl(operationServer(spec, fim))).toBe(fim.operation.servers[0].url);
    expect(firstCurl(fim)).toContain(`${fim.operation.servers[0].url}/completions`);
  });

  /** The operation's path with each path parameter at its example, read from the spec. */
  function examplePath(op: Operation): string {
    const parameters = operationParameters(spec, op).filter((parameter) => parameter.in === "path");
    return fillPath(
      op,
      Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter.example])),
    );
  }

  function operation(operationId: string): Operation {
    return findOperation(spec, operationId) as Operation;
  }

  /** The value of the operation's first example for `mediaType` (named, else lone), read from the spec. */
  function firstExampleValue(
    op: Pick<Operation, "operation">,
    mediaType: string,
  ): Record<string, unknown> | undefined {
    const media = resolveRef(spec, op.operation.requestBody)?.content?.[mediaType];
    const [first] = Object.values(media?.examples ?? {});
    return first === undefined ? media?.example : resolveRef(spec, first).value;
  }

  it("uploads a multipart/form-data body as -F fields from the first form example, the file from disk", () => {
    const upload = operation("uploadFile");
    const { purpose } = firstExampleValue(upload, "multipart/form-data") ?? {};
    expect(purpose).toBe("user_data");
    expect(firstCurl(upload)).toBe(
      [
        `curl ${spec.servers[0].url}/files`,
        `-H "Authorization: Bearer $DEEPSEEK_API_KEY"`,
        "-F file=@image.png",
        `-F purpose=${purpose}`,
      ].join(" \\\n  "),
    );
  });

  it("sends the Anthropic Files upload with x-api-key, its required anthropic-beta header and its one field", () => {
    const upload = operation("uploadAnthropicFile");
    const beta = spec.components.parameters.AnthropicBetaFiles;
    expect(beta).toMatchObject({ name: "anthropic-beta", in: "header", required: true });
    expect(Object.keys(firstExampleValue(upload, "multipart/form-data") ?? {})).toEqual(["file"]);
    expect(firstCurl(upload)).toBe(
      [
        `curl ${upload.pathItem.servers[0].url}/v1/files`,
        `-H "x-api-key: $DEEPSEEK_API_KEY"`,
        `-H "anthropic-beta: ${beta.example}"`,
        "-F file=@image.png",
      ].join(" \\\n  "),
    );
  });

  it("fills a path parameter with its example in curl, and the TypeScript and Python samples use the same ID", () => {
    const byId = operations.filter((op) => op.path.includes("{"));
    expect(byId.map((op) => op.operationId).sort()).toEqual([
      "deleteAnthropicFile",
      "deleteFile",
      "retrieveAnthropicFile",
      "retrieveFile",
    ]);
    for (const op of byId) {
      const parameter = operationParameters(spec, op).find((each) => each.in === "path");
      const url = `${serverUrl(operationServer(spec, op))}${examplePath(op)}`;
      const set = generated.find((each) => each.operation.operationId === op.operationId);
      const [curl, typescript, python] = (set?.samples ?? []).map((sample) => sample.source);
      expect(curl?.split(" \\\n")[0], op.operationId).toBe(
        `curl${op.method === "get" ? "" : " -X DELETE"} ${url}`,
      );
      expect(typescript, op.operationId).toContain(JSON.stringify(parameter?.example));
      expect(python, op.operationId).toContain(JSON.stringify(parameter?.example));
    }
  });

  it("encodes a path parameter's example, and names a path parameter without one", () => {
    const op = { ...operation("retrieveFile"), operationId: "probe" } as Operation;
    const withExample = (example: unknown) => ({
      ...op,
      pathItem: { ...op.pathItem, parameters: [{ name: "file_id", in: "path", required: true, example }] },
    });
    expect(pathWithExamples(spec, withExample("a/b c"))).toBe("/files/a%2Fb%20c");
    expect(() => pathWithExamples(spec, withExample(undefined))).toThrow(
      new Error("probe: no value for the path parameter file_id"),
    );
  });

  it("calls createMessage on the Anthropic server with x-api-key and the first example as JSON", () => {
    const message = operation("createMessage");
    const body = firstExampleValue(message, "application/json");
    expect(body?.model).toBeDefined();
    expect(firstCurl(message)).toBe(
      [
        `curl ${message.pathItem.servers[0].url}/v1/messages`,
        `-H "x-api-key: $DEEPSEEK_API_KEY"`,
        `-H "Content-Type: application/json"`,
        `-d '${JSON.stringify(body, null, 2)}'`,
      ].join(" \\\n  "),
    );
  });

  it("sends x-api-key, not bearer, for every operation whose first security scheme is x-api-key", () => {
    const apiKeyOperations = operations.filter((op) => {
      const [first] = Object.keys((op.operation.security ?? spec.security)[0] ?? {});
      const scheme = spec.components.securitySchemes[first ?? ""];
      return scheme?.type === "apiKey" && scheme.in === "header" && scheme.name === "x-api-key";
    });
    expect(apiKeyOperations.map((op) => op.operationId).sort()).toEqual([
      "createMessage",
      "deleteAnthropicFile",
      "listAnthropicFiles",
      "retrieveAnthropicFile",
      "uploadAnthropicFile",
    ]);
    for (const op of apiKeyOperations) {
      const curl = firstCurl(op);
      expect(curl, op.operationId).toContain('\n  -H "x-api-key: $DEEPSEEK_API_KEY"');
      expect(curl, op.operationId).not.toContain("Authorization");
    }
  });

  it("follows the order of the security requirements: bearer first means bearer", () => {
    const message = operation("createMessage");
    const security = [{ bearerAuth: [] }, { anthropicApiKey: [] }];
    const curl = firstCurl({ ...message, operation: { ...message.operation, security } });
    expect(curl).toContain('-H "Authorization: Bearer $DEEPSEEK_API_KEY"');
    expect(curl).not.toContain("x-api-key");
  });

  it("sends no key header for an operation that needs none", () => {
    const models = operation("listModels");
    expect(firstCurl({ ...models, operation: { ...models.operation, security: [] } })).toBe(
      `curl ${spec.servers[0].url}/models`,
    );
  });

  it("quotes single quotes in a curl body for the shell", () => {
    const [first] = operations;
    if (!first) throw new Error("the spec has no operations");
    const body = { content: { "application/json": { example: { q: "it's" } } } };
    const curl = firstCurl({ ...first, operation: { ...first.operation, requestBody: body } });
    expect(curl).toContain(`"q": "it'\\''s"`);
  });

  it("refuses a spec that already carries code samples (they would be lost)", () => {
    const withSamples = structuredClone(spec);
    const [first] = operationsOf(withSamples);
    if (!first) throw new Error("the spec has no operations");
    first.operation["x-codeSamples"] = [{ lang: "Go", source: "package main" }];
    expect(() => injectCodeSamples(withSamples, generated)).toThrow(
      `${first.operationId} already has code samples in the spec: they are generated from templates`,
    );
  });

  it("fails for an operation that has no generated samples", () => {
    const without = generated.filter((set) => set.operation.operationId !== "listModels");
    expect(() => injectCodeSamples(spec, without)).toThrow("listModels has no generated samples");
  });
});
