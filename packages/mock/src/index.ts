export { type ErrorResponse, errorResponse } from "./error-response.js";
export { defaultPaceMs } from "./event-stream.js";
export { type ExampleRule, exampleRules, type RequestBody, selectRule } from "./rules.js";
export { rulesTable } from "./rules-table.js";
export {
  type MockExchange,
  MockListenError,
  type MockOptions,
  type RunningMock,
  startMock,
} from "./server.js";
