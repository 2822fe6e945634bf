import { defaultModel } from "../../src/options.js";
import type { ReceivedRequest, ScriptedAnswer } from "./servers.js";

/** Ways a real provider can get behaviour wrong that no static mock can show. */
export interface Misbehaviour {
  acceptsWrongKey?: boolean;
  ignoresStop?: boolean;
  ignoresMaxTokens?: boolean;
  crashesOnMalformedJson?: boolean;
  acceptsUnknownModel?: boolean;
  /** Answers every valid chat request with the same "Hello!", as a canned stub does. */
  cannedAnswer?: boolean;
}

export const fakeModel = defaultModel();

const json = (status: number, body: unknown): ScriptedAnswer => ({
  status,
  contentType: "application/json",
  body: JSON.stringify(body),
});
const error = (status: number, message: string) =>
  json(status, {
    error: { message, type: "invalid_request_error", param: null, code: "invalid_request_error" },
  });

function completion(content: string, finishReason: string, completionTokens: number): ScriptedAnswer {
  return json(200, {
    id: "fake-1",
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: fakeModel,
    choices: [
      { index: 0, message: { role: "assistant", content }, finish_reason: finishReason, logprobs: null },
    ],
    usage: { prompt_tokens: 10, completion_tokens: completionTokens, total_tokens: 10 + completionTokens },
  });
}

/** A scripted stand-in for a real provider: it reacts to what a request asks, as a model would. */
export function fakeProvider(goodKey: string, wrong: Misbehaviour = {}) {
  return (request: ReceivedRequest): ScriptedAnswer => {
    const auth = request.headers.authorization;
    if (!auth || (auth !== `Bearer ${goodKey}` && !wrong.acceptsWrongKey)) {
      return json(401, {
        error: {
          message: "Authentication Fails",
          type: "authentication_error",
          param: null,
          code: "invalid_request_error",
        },
      });
    }
    if (request.path === "/models") {
      return json(200, { object: "list", data: [{ id: fakeModel, object: "model", owned_by: "deepseek" }] });
    }
    if (request.path !== "/chat/completions") return error(404, "not found");
    // biome-ignore lint/suspicious/noExplicitAny: a request body is whatever the suite sent; the script pokes at it
    const body = request.json as Record<string, any> | undefined;
    if (body === undefined) {
      return wrong.crashesOnMalformedJson
        ? { status: 500, contentType: "text/plain", body: "Internal Server Error" }
        : error(400, "Failed to deserialize the JSON body");
    }
    const roles = ["system", "user", "assistant", "tool"];
    if (!Array.isArray(body.messages) || body.messages.length === 0)
      return error(400, "messages must not be empty");
    if (body.messages.some((m: { role?: string }) => !roles.includes(m.role ?? "")))
      return error(422, "unknown role");
    if (typeof body.temperature === "number" && body.temperature > 2)
      return error(422, "Invalid temperature value");
    if (body.model !== fakeModel && !wrong.acceptsUnknownModel) return error(400, "Model Not Exist");
    if (wrong.cannedAnswer) return completion("Hello!", "stop", 2);
    if (body.messages.at(-1)?.prefix === true) {
      // Continues the assistant's prefix, as chat prefix completion does; the prefix is not repeated.
      const prefix = String(body.messages.at(-1).content);
      return prefix.endsWith("5,")
        ? completion(" 6, 7, 8, 9, 10", "stop", 14)
        : completion("Hello!", "stop", 2);
    }
    if (Array.isArray(body.stop) && body.stop.includes("5")) {
      return wrong.ignoresStop
        ? completion("1, 2, 3, 4, 5, 6", "stop", 16)
        : completion("1, 2, 3, 4, ", "stop", 12);
    }
    if (body.max_tokens === 5) {
      return wrong.ignoresMaxTokens
        ? completion("The sea is vast and deep and old.", "stop", 40)
        : completion("The sea is vast", "length", 5);
    }
    return completion("Hello!", "stop", 2);
  };
}
