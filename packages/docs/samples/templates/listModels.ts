import { createDeepSeekClient } from "@deepseek-openapi/client";

const deepseek = createDeepSeekClient();

const models = await deepseek.models.list();
for (const model of models.data) console.log(model.id, model.owned_by);
