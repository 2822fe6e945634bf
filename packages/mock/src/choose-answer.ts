import type { Preference } from "./prefer.js";
import type { AnswerChoice, PrismOperation } from "./prism.js";
import { type RequestBody, selectRule } from "./rules.js";

const json = "application/json";
const eventStream = "text/event-stream";

/** A `Prefer` header that names no example or status of the operation. */
export class UnknownPreference extends Error {
  override readonly name = "UnknownPreference";
}

/** Where a named example of an operation's answers stands: its status and media type. */
function findExample(operation: PrismOperation, name: string): AnswerChoice | undefined {
  for (const response of operation.responses) {
    for (const content of response.contents ?? []) {
      if (content.examples?.some((example) => example.key === name)) {
        return { code: Number(response.code), mediaType: content.mediaType, exampleKey: name };
      }
    }
  }
  return undefined;
}

function exampleNames(operation: PrismOperation): string[] {
  return operation.responses.flatMap((r) =>
    (r.contents ?? []).flatMap((c) => (c.examples ?? []).map((e) => e.key)),
  );
}

/** Whether the operation streams: its 200 answer has an event stream. */
function streams(operation: PrismOperation): boolean {
  return operation.responses.some(
    (r) => r.code === "200" && (r.contents ?? []).some((c) => c.mediaType === eventStream),
  );
}

/**
 * What the mock answers a request of `operation` with. As DeepSeek does, `"stream": true` in the body (not `Accept`)
 * picks the event stream. `Prefer: example=` and `Prefer: code=` choose explicitly; otherwise {@link exampleRules}.
 */
export function chooseAnswer(operation: PrismOperation, body: RequestBody, prefer: Preference): AnswerChoice {
  const stream = body.stream === true && streams(operation);
  if (prefer.example) {
    const found = findExample(operation, prefer.example);
    if (!found) {
      throw new UnknownPreference(
        `Prefer: example=${prefer.example} names no example of ${operation.iid}; its examples are ${exampleNames(operation).join(", ")}`,
      );
    }
    return prefer.code === undefined ? found : { ...found, code: prefer.code };
  }
  if (prefer.code !== undefined) {
    const codes = operation.responses.map((r) => r.code);
    if (!codes.includes(String(prefer.code))) {
      throw new UnknownPreference(
        `Prefer: code=${prefer.code} is no status of ${operation.iid}; its statuses are ${codes.join(", ")}`,
      );
    }
    if (prefer.code !== 200) return { code: prefer.code, mediaType: json };
  }
  const rule = selectRule(operation.iid ?? "", body);
  const exampleKey = stream ? rule?.stream : rule?.json;
  return { code: 200, mediaType: stream ? eventStream : json, ...(exampleKey ? { exampleKey } : {}) };
}
