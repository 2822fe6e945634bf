/**
 * The code samples of every request example: for each operation and each of its request examples (JSON or
 * `multipart/form-data`; one set for an operation without a body), a curl, a TypeScript and a Python sample.
 *
 * - curl: {@link curlSample} with the example.
 * - TypeScript and Python: the operation's template in a templates directory, `<operationId>.ts|py`, or
 *   `<operationId>.stream.ts|py` for an example with `"stream": true`; a Python sample opens with its SDK's client
 *   ({@link pythonClient}). A TypeScript template has `REQUEST_BODY`
 *   where the body goes (rendered by {@link typescriptLiteral}); a Python template has a line `REQUEST_ARGUMENTS`
 *   inside the SDK call, which becomes the body's keyword arguments ({@link pythonArguments}, with the method's
 *   {@link pythonKeywords}). A template of an operation without a body has no placeholder. Each path parameter
 *   goes where the template has `PATH_<name>`, as the literal of its example ({@link pathExamples}, as curl's URL).
 *
 * A missing or unused template, or a placeholder missing or doubled, is a build error.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  binaryFormFields,
  type CodeSample,
  curlSample,
  mediaRequestExamples,
  type Operation,
  operationsOf,
  pathExamples,
  type RequestExample,
  streams,
  uploadVariable,
} from "./inject-code-samples.js";
import { pythonClient } from "./python-client.js";
import { type PythonMethod, pythonKeywords } from "./python-sdk-keywords.js";
import { Code, pythonArguments, pythonLiteral, typescriptLiteral } from "./sample-literals.js";

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is walked generically here.
type Json = any;

/** The three languages of every operation's sample dropdown, in its order. */
export const sampleLanguages = [
  { label: "curl", lang: "Shell" },
  { label: "TypeScript", lang: "TypeScript" },
  { label: "Python", lang: "Python" },
] as const;

export type SampleLabel = (typeof sampleLanguages)[number]["label"];

/** An operation's samples for one request example (none for an operation without a body), curl first. */
export interface ExampleSamples {
  operation: Operation;
  example: RequestExample | undefined;
  samples: CodeSample[];
}

const bodyMediaTypes = ["application/json", "multipart/form-data"] as const;

/** The request examples of an operation in the spec's order: its JSON ones, else its form ones. */
export function namedRequestExamples(spec: Json, operation: Json): RequestExample[] {
  for (const mediaType of bodyMediaTypes) {
    const named = mediaRequestExamples(spec, operation, mediaType);
    if (named.length > 0) return named;
  }
  return [];
}

/** The template files of a directory, by file name. */
function readTemplates(dir: string): Map<string, string> {
  const names = readdirSync(dir).filter((name) => /\.(ts|py)$/.test(name));
  return new Map(names.map((name) => [name, readFileSync(join(dir, name), "utf8").trimEnd()]));
}

/** The file name of the template an example uses. */
function templateName(op: Operation, example: RequestExample | undefined, extension: "ts" | "py"): string {
  return `${op.operationId}${streams(example?.value) ? ".stream" : ""}.${extension}`;
}

/** The body as the code sends it: a form's file fields become {@link uploadVariable}. */
function codeBody(spec: Json, op: Operation, example: RequestExample): Record<string, unknown> {
  const body = { ...(example.value as Record<string, unknown>) };
  if (example.mediaType === "multipart/form-data") {
    for (const field of binaryFormFields(spec, op.operation))
      if (field in body) body[field] = new Code(uploadVariable);
  }
  return body;
}

/** A form's `name[key]` fields as the nested `name: {key}` objects the Python SDKs take (and send as such fields). */
export function nestFormFields(body: Record<string, unknown>): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) {
    const match = name.match(/^(\w+)\[(\w+)\]$/);
    if (!match) nested[name] = value;
    else {
      const [, outer = "", inner = ""] = match;
      nested[outer] = { ...(nested[outer] as object | undefined), [inner]: value };
    }
  }
  return nested;
}

function placeholderCount(template: string, placeholder: string): number {
  return template.split(placeholder).length - 1;
}

function checkPlaceholder(template: string, placeholder: string, where: string, hasBody: boolean): void {
  const count = placeholderCount(template, placeholder);
  if (count !== (hasBody ? 1 : 0))
    throw new Error(
      `${where}: expected ${hasBody ? "one" : "no"} ${placeholder} (the operation ${hasBody ? "has" : "has no"} request body), found ${count}`,
    );
}

const pathPlaceholder = /\bPATH_(\w+)\b/g;

/**
 * The template with each `PATH_<name>` at the literal of that path parameter's value: one per path parameter, and
 * none the operation does not have.
 */
export function fillPathPlaceholders(
  template: string,
  values: Readonly<Record<string, unknown>>,
  literal: (value: unknown) => string,
  where = "template",
): string {
  for (const [, name = ""] of template.matchAll(pathPlaceholder))
    if (!(name in values))
      throw new Error(
        `${where}: expected no PATH_${name} (the operation has no path parameter ${name}), found one`,
      );
  for (const name of Object.keys(values)) {
    const count = placeholderCount(template, `PATH_${name}`);
    if (count !== 1)
      throw new Error(
        `${where}: expected one PATH_${name} (the operation has the path parameter ${name}), found ${count}`,
      );
  }
  return template.replace(pathPlaceholder, (_placeholder, name: string) => literal(values[name]));
}

/** The TypeScript sample: the template with the body as an object literal in place of `REQUEST_BODY`. */
export function typescriptSample(template: string, body: unknown, where = "template"): string {
  checkPlaceholder(template, "REQUEST_BODY", where, body !== undefined);
  if (body === undefined) return template;
  return template
    .split("\n")
    .map((line) => {
      if (!line.includes("REQUEST_BODY")) return line;
      const indent = line.match(/^\s*/)?.[0] ?? "";
      return line.replace("REQUEST_BODY", typescriptLiteral(body, indent));
    })
    .join("\n");
}

/**
 * The Python sample: the template with the body as keyword arguments in place of the `REQUEST_ARGUMENTS` line. The
 * call on the line before (`client.<method>(`) names the SDK method, whose {@link pythonKeywords} decide what goes
 * into `extra_body`.
 */
export function pythonSample(
  template: string,
  body: Record<string, unknown> | undefined,
  where = "template",
): string {
  checkPlaceholder(template, "REQUEST_ARGUMENTS", where, body !== undefined);
  if (body === undefined) return template;
  const lines = template.split("\n");
  const index = lines.findIndex((line) => /^\s*REQUEST_ARGUMENTS$/.test(line));
  const method = lines[index - 1]?.match(/\bclient\.([\w.]+)\($/)?.[1];
  if (index < 0 || !method)
    throw new Error(
      `${where}: REQUEST_ARGUMENTS must stand alone on the line after a call "client.<method>("`,
    );
  if (!(method in pythonKeywords))
    throw new Error(`${where}: no keyword list for ${method} in src/python-sdk-keywords.ts`);
  const indent = lines[index]?.match(/^\s*/)?.[0] ?? "";
  lines[index] = pythonArguments(body, pythonKeywords[method as PythonMethod], indent);
  return lines.join("\n");
}

function template(templates: Map<string, string>, name: string, templatesDir: string): string {
  const found = templates.get(name);
  if (found === undefined) throw new Error(`no template ${name}: add it to ${templatesDir}`);
  return found;
}

/** The samples of one operation and one of its examples (or of the operation alone, without a body). */
function samplesForExample(
  spec: Json,
  op: Operation,
  example: RequestExample | undefined,
  templates: Map<string, string>,
  templatesDir: string,
): CodeSample[] {
  const body = example && codeBody(spec, op, example);
  const where = (extension: "ts" | "py") =>
    `${templateName(op, example, extension)}${example ? ` (${example.name})` : ""}`;
  const curl = curlSample(spec, op, example);
  const path = pathExamples(spec, op);
  const filledTemplate = (extension: "ts" | "py", literal: (value: unknown) => string) =>
    fillPathPlaceholders(
      template(templates, templateName(op, example, extension), templatesDir),
      path,
      literal,
      where(extension),
    );
  const typescript = typescriptSample(
    filledTemplate("ts", (value) => typescriptLiteral(value)),
    body,
    where("ts"),
  );
  const pythonBody = body && (example?.mediaType === "multipart/form-data" ? nestFormFields(body) : body);
  const python = pythonSample(
    filledTemplate("py", (value) => pythonLiteral(value)),
    pythonBody,
    where("py"),
  );
  const sources: Record<SampleLabel, string> = {
    curl,
    TypeScript: typescript,
    Python: `${pythonClient(spec, op)}\n\n${python}`,
  };
  return sampleLanguages.map(({ label, lang }) => ({ lang, label, source: sources[label] }));
}

/** The samples of every request example of every operation; every template must be used. */
export function generateSamples(spec: Json, templatesDir: string): ExampleSamples[] {
  const templates = readTemplates(templatesDir);
  const used = new Set<string>();
  const all: ExampleSamples[] = [];
  for (const op of operationsOf(spec)) {
    const examples = namedRequestExamples(spec, op.operation);
    const titles = examples.map((example) => example.title);
    const doubled = titles.filter((title, index) => titles.indexOf(title) !== index);
    if (doubled.length > 0)
      throw new Error(
        `${op.operationId}: request examples share a summary (${doubled.join(", ")}); the picker could not tell them apart`,
      );
    for (const example of examples.length > 0 ? examples : [undefined]) {
      for (const extension of ["ts", "py"] as const) used.add(templateName(op, example, extension));
      all.push({
        operation: op,
        example,
        samples: samplesForExample(spec, op, example, templates, templatesDir),
      });
    }
  }
  const unused = [...templates.keys()].filter((name) => !used.has(name));
  if (unused.length > 0)
    throw new Error(`templates no request example uses: ${unused.join(", ")} (in ${templatesDir})`);
  return all;
}
