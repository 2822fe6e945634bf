/** The spec's `ErrorResponse`, as the mock sends it for a request it cannot answer with an example. */
export interface ErrorResponse {
  error: { message: string; type: string; param: string | null; code: string };
}

/** An `ErrorResponse` for a bad request; `param` names the field, when one is to blame. */
export function errorResponse(message: string, param: string | null = null): ErrorResponse {
  return { error: { message, type: "invalid_request_error", param, code: "invalid_request_error" } };
}
