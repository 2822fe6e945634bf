import type { RunningMock } from "@deepseek-openapi/mock";
import type { CliOptions } from "./options.js";
import type { Provider } from "./providers.js";
import type { Target } from "./target.js";

/** Where the command line says to send requests: the embedded mock, a provider of the spec, or a base URL. */
export function resolveTarget(
  options: CliOptions,
  providers: readonly Provider[],
  apiKey: string,
  mock?: RunningMock,
): Target {
  const common = {
    apiKey,
    model: options.model,
    timeoutMs: options.timeoutSeconds * 1000,
    idleTimeoutMs: options.idleTimeoutSeconds * 1000,
  };
  // The mock serves every base path of the spec, the beta one too.
  if (mock) return { ...common, baseUrl: mock.url, betaBaseUrl: `${mock.url}/beta`, mock: true };
  const provider = providers.find((p) => p.id === options.provider);
  if (provider)
    return { ...common, baseUrl: provider.baseUrl, betaBaseUrl: provider.betaBaseUrl, mock: false };
  const baseUrl = options.baseUrl as string;
  // A base URL the spec knows (https://api.deepseek.com) keeps its beta URL for FIM and prefix completion.
  const known = providers.find((p) => p.baseUrl === baseUrl);
  return { ...common, baseUrl, betaBaseUrl: known?.betaBaseUrl ?? baseUrl, mock: options.mock };
}
