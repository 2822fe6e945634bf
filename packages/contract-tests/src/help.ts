import { features } from "./checks/check.js";
import { knownDeviations } from "./known-deviations.js";
import { operationKeyHeader, operationPath } from "./operations.js";
import {
  defaultDeadlineSeconds,
  defaultIdleTimeoutSeconds,
  defaultModel,
  defaultTimeoutSeconds,
} from "./options.js";
import { anthropicServerUrl, type Provider } from "./providers.js";

export function helpText(providers: readonly Provider[]): string {
  const providerLines = providers
    .map(
      (p) => `                         ${p.id.padEnd(14)} ${p.baseUrl ?? "(no fixed URL: use --base-url)"}`,
    )
    .join("\n");
  const documented = [...knownDeviations().values()]
    .map((known) => `${known.rule} (${known.providers.join(", ")})`)
    .join(", ");
  return `deepseek-contract: checks that an endpoint really speaks the DeepSeek Chat Completions API, feature by feature.

Usage: deepseek-contract [options]

With no --base-url and no --provider, it starts an embedded mock of the bundled spec (@deepseek-openapi/mock) on a
free port of 127.0.0.1, runs the suite against it (shape checks only) and stops it again.

Options:
  --base-url URL         The API's base URL, such as https://api.example.com/v1 (requests go to URL${operationPath("createChatCompletion")}).
                         The Anthropic format (features anthropic-messages, anthropic-files) is checked under the URL's origin +
                         ${new URL(anthropicServerUrl()).pathname}, with the key as "${operationKeyHeader("createMessage")?.name}".
  --provider ID          A server named in the spec instead of --base-url:
${providerLines}
  --api-key KEY          The API key, sent as "Authorization: Bearer KEY". Default: $DEEPSEEK_API_KEY. Never printed.
  --model ID             The model named in every request. Default: ${defaultModel()}.
  --mock                 The --base-url is a static mock of the spec (Prism): skip checks that need a real model and
                         ask for the relevant example with "Prefer: example=<name>".
  --only F1,F2           Run only these features.
  --skip F1,F2           Do not run these features.
                         Features: ${features.join(", ")}.
  --report-json FILE     Write every verdict as JSON.
  --report-junit FILE    Write every verdict as JUnit XML (one testsuite per feature) for CI.
  --timeout SECONDS      How long one request may take, streamed body included. Default: ${defaultTimeoutSeconds}.
  --idle-timeout SECONDS How long a body may go without data before it is given up (a stalled stream).
                         Default: ${defaultIdleTimeoutSeconds}.
  --deadline SECONDS     How long the whole run may take: the check running then fails, the ones not begun are
                         skipped and named. Default: ${defaultDeadlineSeconds}.
  --strict               Fail documented deviations too (see "! warned" below), not only warn of them.
  -h, --help             Show this help.

Output: one line per check as it ends (✓ passed, ! warned, ✗ failed, - skipped); under each finding one line
"<JSON path>: <what was expected>; got <what came>"; then a table of passed/warned/failed/skipped per feature,
with the reason for every skipped check. "Warned" is a documented deviation: the check found only breaks of rules
the spec marks as known deviations of named providers (x-known-deviations); it does not fail the run unless
--strict. The bundled spec documents: ${documented || "none"}.

Exit status: 0 every selected check passed or warned; 1 a check failed (with --strict: or warned), or the
deadline stopped the run; 2 bad command line (also a selection that leaves no check to run, or a report file that
cannot be written); 3 the suite could not run or report (the bundled spec cannot be read, nothing answers at the
endpoint, the embedded mock did not start, or a report cannot be written at the end).
`;
}
