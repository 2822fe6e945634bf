/**
 * The opening of every Python sample: the SDK's import and a client pointed at the operation's server. The
 * Anthropic-format endpoints (their server's `x-provider-id` is {@link anthropicProviderId}) use the anthropic
 * package, every other operation the openai package. Both append the operation's path to the server URL.
 */
import { operationServer, serverUrl } from "@deepseek-openapi/spec";
import type { Operation } from "./inject-code-samples.js";

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is walked generically here.
type Json = any;

const anthropicProviderId = "deepseek-anthropic";

const sdks = {
  openai: { imports: "from openai import OpenAI", constructor: "OpenAI" },
  anthropic: { imports: "import anthropic", constructor: "anthropic.Anthropic" },
} as const;

function pythonSdk(spec: Json, op: Operation): keyof typeof sdks {
  return operationServer(spec, op)["x-provider-id"] === anthropicProviderId ? "anthropic" : "openai";
}

/** The import lines and the `client` of the operation's SDK, with the key from DEEPSEEK_API_KEY. */
export function pythonClient(spec: Json, op: Operation): string {
  const sdk = sdks[pythonSdk(spec, op)];
  return [
    "import os",
    "",
    sdk.imports,
    "",
    `client = ${sdk.constructor}(`,
    '    api_key=os.environ["DEEPSEEK_API_KEY"],',
    `    base_url=${JSON.stringify(serverUrl(operationServer(spec, op)))},`,
    ")",
  ].join("\n");
}
