/** The suite as a library: run it from code, or reuse its checks. The CLI is `deepseek-contract`. */

export { MockStartFailed, type PrismMock, startPrismMock } from "@deepseek-openapi/spec/mock";
export {
  type Check,
  type CheckContext,
  type Failure,
  type Feature,
  features,
  type RuleId,
  ruleIds,
} from "./checks/check.js";
export { allChecks } from "./checks/index.js";
export { DeadlineReached, EndpointUnreachable } from "./http.js";
export { type KnownDeviation, knownDeviations } from "./known-deviations.js";
export { listProviders, type Provider } from "./providers.js";
export { jsonReport } from "./report/json.js";
export { junitReport } from "./report/junit.js";
export { summaryTable } from "./report/table.js";
export { type CheckResult, type CheckStatus, type RunOptions, runSuite, type SuiteResult } from "./runner.js";
export type { Target } from "./target.js";
