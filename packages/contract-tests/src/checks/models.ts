import { isRecord } from "../assertions/excerpt.js";
import { expectJsonResponse } from "../assertions/json-response.js";
import type { Check } from "./check.js";

export const modelChecks: Check[] = [
  {
    id: "models.list",
    feature: "models",
    title: "GET /models is a valid ModelList with at least one model",
    async run(context) {
      const response = await context.send({ method: "GET", path: "/models", mockExample: "models-v4" });
      const list = expectJsonResponse(context, response, "listModels");
      if (isRecord(list) && Array.isArray(list.data) && list.data.length === 0) {
        context.fail("data", "must list at least one model; got none");
      }
    },
  },
];
