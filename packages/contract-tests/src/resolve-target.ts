import type { RunningMock } from "@deepseek-openapi/mock";
import type { CliOptions } from "./options.js";
import { betaBaseUrlOf, mockBetaBaseUrl, type Provider } from "./providers.js";
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
  if (mock) return { ...common, baseUrl: mock.url, betaBaseUrl: mockBetaBaseUrl(mock.url), mock: true };
  const provider = providers.find((p) => p.id === options.provider);
  // parseOptions refuses a provider whose URL is templated (`custom`): it needs --base-url.
  if (provider?.baseUrl && provider.betaBaseUrl)
    return { ...common, baseUrl: provider.baseUrl, betaBaseUrl: provider.betaBaseUrl, mock: false };
  const baseUrl = options.baseUrl as string;
  return { ...common, baseUrl, betaBaseUrl: betaBaseUrlOf(baseUrl), mock: options.mock };
}
