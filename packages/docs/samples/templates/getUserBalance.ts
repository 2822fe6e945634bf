import { createDeepSeekClient } from "@deepseek-openapi/client";

const deepseek = createDeepSeekClient();

const balance = await deepseek.user.getBalance();
console.log(balance.is_available ? "can make API calls" : "out of balance");
// Amounts are decimal strings, such as "110.00".
for (const info of balance.balance_infos) {
  console.log(info.currency, info.total_balance);
}
