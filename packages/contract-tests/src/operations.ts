import {
  betaServersByOrigin,
  fillPath,
  findOperation,
  type KeyHeader,
  keyHeader,
  type ListedOperation,
  loadBundledSpec,
  type OpenApiDocument,
  operationParameters,
  operationServer,
  serverUrl,
} from "@deepseek-openapi/spec";
import type { ApiRequest } from "./http.js";
import { anthropicServerUrl } from "./providers.js";

/** What a check says of a request to an operation; the spec says the rest ({@link operationRequest}). */
export type OperationCall = Omit<
  ApiRequest,
  "method" | "path" | "beta" | "anthropic" | "keyHeader" | "operationId"
> & {
  /** The values of the path's `{name}` parameters, encoded here. */
  pathParams?: Readonly<Record<string, string>>;
  /**
   * A beta feature of an operation the spec serves elsewhere (chat prefix completion): sent to the beta server,
   * where the spec's one rule puts it ({@link betaServersByOrigin}).
   */
  betaFeature?: true;
};

const sendableMethods = new Set<string>(["GET", "POST", "DELETE"]);

let spec: OpenApiDocument | undefined;
/** Read once: every request of a run is built from it. */
function bundledSpec(): OpenApiDocument {
  spec ??= loadBundledSpec();
  return spec;
}

/**
 * A request to the spec's operation `operationId`: its method, its path with `pathParams` filled in, the base URL
 * its server names (the Anthropic format's, the beta one, or the API's own), the header its key goes in
 * ({@link keyHeader}) and the header parameters it requires, each with the spec's example value (`anthropic-beta` of
 * the Anthropic Files).
 */
export function operationRequest(operationId: string, call: OperationCall = {}): ApiRequest {
  const spec = bundledSpec();
  const operation = findOperation(spec, operationId);
  const method = operation.method.toUpperCase();
  if (!sendableMethods.has(method)) throw new Error(`${operationId}: the suite cannot send ${method}`);
  const { pathParams = {}, headers, betaFeature, ...rest } = call;
  const server = serverUrl(operationServer(spec, operation));
  const key = keyHeader(spec, operation);
  return {
    ...rest,
    operationId,
    method: method as ApiRequest["method"],
    path: fillPath(operation, pathParams),
    ...(server === anthropicServerUrl() ? { anthropic: true } : {}),
    ...(key ? { keyHeader: key } : {}),
    ...(betaFeature || Object.values(betaServersByOrigin(spec)).includes(server) ? { beta: true } : {}),
    headers: { ...requiredHeaders(spec, operation), ...headers },
  };
}

/** The spec's path of `operationId`, its parameters as `{name}`: `/files/{file_id}`. */
export function operationPath(operationId: string): string {
  return findOperation(bundledSpec(), operationId).path;
}

/** The header that carries the key to `operationId` ({@link keyHeader}); undefined when the spec asks for none. */
export function operationKeyHeader(operationId: string): KeyHeader | undefined {
  const spec = bundledSpec();
  return keyHeader(spec, findOperation(spec, operationId));
}

/** `GET /models`: the method and path of `operationId`, for titles and messages. */
export function operationLabel(operationId: string): string {
  const { method, path } = findOperation(bundledSpec(), operationId);
  return `${method.toUpperCase()} ${path}`;
}

/** The required header parameters of the operation and its path item, each at the spec's example. */
function requiredHeaders(spec: OpenApiDocument, operation: ListedOperation): Record<string, string> {
  const parameters = operationParameters(spec, operation).filter(
    (parameter) => parameter.in === "header" && parameter.required === true,
  );
  return Object.fromEntries(
    parameters.map((parameter) => {
      if (typeof parameter.example !== "string")
        throw new Error(
          `${operation.operationId}: the required header ${parameter.name} has no example value in the spec`,
        );
      return [parameter.name, parameter.example];
    }),
  );
}
