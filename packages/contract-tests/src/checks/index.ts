import { anthropicFilesChecks } from "./anthropic-files.js";
import { anthropicMessagesChecks } from "./anthropic-messages.js";
import { authChecks } from "./auth.js";
import { balanceChecks } from "./balance.js";
import { chatChecks } from "./chat.js";
import type { Check } from "./check.js";
import { filesChecks } from "./files.js";
import { fimChecks } from "./fim.js";
import { invalidRequestChecks } from "./invalid-requests.js";
import { jsonModeChecks } from "./json-mode.js";
import { logprobsChecks } from "./logprobs.js";
import { maxTokensChecks } from "./max-tokens.js";
import { modelChecks } from "./models.js";
import { prefixCompletionChecks } from "./prefix-completion.js";
import { reasoningChecks } from "./reasoning.js";
import { responsesChecks } from "./responses.js";
import { stopChecks } from "./stop.js";
import { streamingChecks } from "./streaming.js";
import { toolChecks } from "./tools.js";

/** Every check, in the order they run: cheap and basic first, so that a broken endpoint shows early. */
export const allChecks: readonly Check[] = [
  ...modelChecks,
  ...authChecks,
  ...chatChecks,
  ...streamingChecks,
  ...invalidRequestChecks,
  ...reasoningChecks,
  ...toolChecks,
  ...jsonModeChecks,
  ...logprobsChecks,
  ...stopChecks,
  ...maxTokensChecks,
  ...fimChecks,
  ...prefixCompletionChecks,
  ...balanceChecks,
  ...responsesChecks,
  ...filesChecks,
  ...anthropicFilesChecks,
  ...anthropicMessagesChecks,
];
