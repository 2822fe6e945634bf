import { expectErrorResponse } from "../assertions/error-response.js";
import { operationRequest } from "../operations.js";
import { chatOperation } from "./chat-requests.js";
import { type CheckContext, type FeatureCheck, featureChecks } from "./check.js";
import { simpleChat } from "./requests.js";

/** An invalid request is the client's fault: 400 or 422, never 200 (accepted) and never 500 (crashed). */
const clientErrors = [400, 422] as const;

function invalidRequestCheck(
  name: string,
  title: string,
  body: (context: CheckContext) => { body?: unknown; rawBody?: string },
  needsRealProvider?: string,
): FeatureCheck {
  return {
    name,
    title,
    ...(needsRealProvider ? { needsRealProvider } : {}),
    async run(context) {
      const response = await context.send(operationRequest(chatOperation, body(context)));
      expectErrorResponse(context, response, chatOperation, clientErrors);
    },
  };
}

export const invalidRequestChecks = featureChecks("invalid-requests", [
  invalidRequestCheck("empty-messages", "empty messages → 400/422 with an error body", ({ target }) => ({
    body: { ...simpleChat(target.model), messages: [] },
  })),
  invalidRequestCheck(
    "unknown-role",
    "a message with an unknown role → 400/422 with an error body",
    ({ target }) => ({
      body: { ...simpleChat(target.model), messages: [{ role: "wizard", content: "Hello" }] },
    }),
  ),
  invalidRequestCheck(
    "temperature-out-of-range",
    "temperature 3 → 400/422 with an error body",
    ({ target }) => ({
      body: simpleChat(target.model, { temperature: 3 }),
    }),
  ),
  invalidRequestCheck(
    "malformed-json",
    "a body that is not JSON → 400/422 with an error body",
    ({ target }) => ({ rawBody: `{"model": "${target.model}", "messages": [` }),
    "Prism never answers a body that is not JSON (the request hangs), so only a real provider can be checked",
  ),
  invalidRequestCheck(
    "unknown-model",
    "an unknown model → 400/422 with an error body",
    () => ({ body: simpleChat("deepseek-contract-no-such-model") }),
    "the spec lets model be any string, so a mock cannot know which models exist",
  ),
]);
