import type { CheckContext } from "../checks/check.js";
import type { ApiResponse } from "../http.js";
import { excerpt } from "./excerpt.js";

/**
 * Expects one of the `allowed` statuses. Otherwise records the status with the start of the body (it usually says
 * why) and returns false: the rest of the answer is not worth checking.
 */
export function expectStatus(
  context: Pick<CheckContext, "fail">,
  response: ApiResponse,
  allowed: readonly number[],
): boolean {
  if (allowed.includes(response.status)) return true;
  context.fail(
    "(status)",
    `must be ${allowed.join(" or ")}; got ${response.status} with body ${excerpt(response.text)}`,
  );
  return false;
}
