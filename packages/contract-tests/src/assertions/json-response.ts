import type { CheckContext } from "../checks/check.js";
import type { ApiRequest, ApiResponse } from "../http.js";
import { reportIssues } from "../validation.js";
import { excerpt } from "./excerpt.js";
import { providerError } from "./provider-error.js";
import { expectStatus } from "./status.js";

/**
 * Expects a successful JSON answer of an operation: status 200, `application/json`, a body that parses and is valid
 * against the operation's schema. Returns the body when it could be parsed, so that the caller can check more.
 */
export function expectJsonResponse(
  context: CheckContext,
  response: ApiResponse,
  operationId: string,
): unknown {
  if (!expectStatus(context, response, [200])) return undefined;
  if (response.mediaType !== "application/json") {
    context.fail("(content-type)", `must be application/json; got "${response.mediaType || "(none)"}"`);
  }
  const body = parseJson(response.text);
  if (body === undefined) {
    context.fail("(body)", `must be JSON; got ${excerpt(response.text)}`);
    return undefined;
  }
  const said = providerError(body);
  if (said) {
    context.fail(
      "(body)",
      `is an error, not a result: the provider answered ${said}; the body is not checked further`,
    );
    return undefined;
  }
  reportIssues(context, context.validator.validateResponse(operationId, 200, "application/json", body));
  return body;
}

/** Sends `request` and expects a successful JSON answer of `operationId` ({@link expectJsonResponse}). */
export async function requestJson(
  context: CheckContext,
  request: ApiRequest,
  operationId: string,
): Promise<unknown> {
  return expectJsonResponse(context, await context.send(request), operationId);
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
