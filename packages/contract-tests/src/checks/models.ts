import { isRecord } from "../assertions/excerpt.js";
import { requestJson } from "../assertions/json-response.js";
import { featureChecks } from "./check.js";

export const modelChecks = featureChecks("models", [
  {
    name: "list",
    title: "GET /models is a valid ModelList with at least one model",
    async run(context) {
      const list = await requestJson(
        context,
        { method: "GET", path: "/models", mockExample: "models-v4" },
        "listModels",
      );
      if (isRecord(list) && Array.isArray(list.data) && list.data.length === 0) {
        context.fail("data", "must list at least one model; got none");
      }
    },
  },
]);
