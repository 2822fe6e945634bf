import type { CheckContext } from "../checks/check.js";
import type { ApiResponse } from "../http.js";
import { reportIssues } from "../validation.js";
import { excerpt } from "./excerpt.js";
import { parseJson } from "./json-response.js";
import { expectStatus } from "./status.js";

/**
 * Expects an error answer: one of the `allowed` statuses, with a body the spec documents for it (an
 * `ErrorResponse`, or the plain-text 422 of older deployments).
 */
export function expectErrorResponse(
  context: CheckContext,
  response: ApiResponse,
  operationId: string,
  allowed: readonly number[],
): void {
  if (!expectStatus(context, response, allowed)) return;
  let body: unknown = response.text;
  if (response.mediaType === "application/json") {
    body = parseJson(response.text);
    if (body === undefined) {
      context.fail("(body)", `must be a JSON ErrorResponse; got ${excerpt(response.text)}`);
      return;
    }
  }
  const result = context.validator.validateResponse(operationId, response.status, response.mediaType, body);
  // A body of an undocumented media type is quoted: it usually says what went wrong (an HTML error page, say).
  const issues = result.issues.map(({ path, message }) => ({
    path,
    message: path === "(content-type)" ? `${message} (body ${excerpt(response.text, 60)})` : message,
  }));
  reportIssues(context, { issues });
}
