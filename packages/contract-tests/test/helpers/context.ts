import type { CheckContext, Failure } from "../../src/checks/check.js";
import type { ApiResponse } from "../../src/http.js";
import { specValidator } from "../../src/validation.js";
import { localTarget } from "./target.js";

/**
 * A check context that collects failures and answers every request with `answer` (or refuses to send): for running
 * checks and assertions on recorded answers.
 */
export function recordingContext(answer?: ApiResponse): CheckContext & { failures: Failure[] } {
  const failures: Failure[] = [];
  const target = localTarget("http://127.0.0.1:9", { apiKey: "unused", timeoutMs: 1000 });
  return {
    failures,
    target,
    validator: specValidator(),
    send: () =>
      answer ? Promise.resolve(answer) : Promise.reject(new Error("a recording context sends nothing")),
    fail: (path, message, rule) => {
      failures.push({ path, message, ...(rule ? { rule } : {}) });
    },
  };
}
