import { isRecord } from "../assertions/excerpt.js";
import { requestJson } from "../assertions/json-response.js";
import type { ApiRequest } from "../http.js";
import { operationLabel, operationRequest } from "../operations.js";
import { featureChecks } from "./check.js";

const operationId = "listModels";

/** The model list, the cheapest request there is: the models check and the runner's preflight send it. */
export function modelListRequest(): ApiRequest {
  return operationRequest(operationId, { mockExample: "models-v4" });
}

export const modelChecks = featureChecks("models", [
  {
    name: "list",
    title: () => `${operationLabel(operationId)} is a valid ModelList with at least one model`,
    async run(context) {
      const list = await requestJson(context, modelListRequest(), operationId);
      if (isRecord(list) && Array.isArray(list.data) && list.data.length === 0) {
        context.fail("data", "must list at least one model; got none");
      }
    },
  },
]);
