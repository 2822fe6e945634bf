import { isRecord } from "../assertions/excerpt.js";
import { requestOperation } from "../assertions/json-response.js";
import { operationLabel } from "../operations.js";
import { type CheckContext, featureChecks } from "./check.js";

const operationId = "getUserBalance";

/** Amounts are decimal strings; compare them exactly, in hundredths of a cent, never as floats. */
function toUnits(amount: unknown): bigint | undefined {
  if (typeof amount !== "string") return undefined;
  const match = /^(-?)(\d+)(?:\.(\d{1,4}))?$/.exec(amount);
  if (!match) return undefined;
  const units = BigInt(match[2] ?? "0") * 10_000n + BigInt((match[3] ?? "").padEnd(4, "0"));
  return match[1] ? -units : units;
}

function checkTotals(context: CheckContext, infos: unknown[]): void {
  infos.forEach((info, index) => {
    if (!isRecord(info)) return;
    const [total, granted, toppedUp] = [info.total_balance, info.granted_balance, info.topped_up_balance].map(
      toUnits,
    );
    if (total === undefined || granted === undefined || toppedUp === undefined) return; // the schema reports it
    if (total !== granted + toppedUp) {
      context.fail(
        `balance_infos[${index}].total_balance`,
        `must equal granted_balance + topped_up_balance (${String(info.granted_balance)} + ${String(info.topped_up_balance)}); got ${String(info.total_balance)}`,
      );
    }
  });
}

export const balanceChecks = featureChecks("balance", [
  {
    name: "get",
    title: () =>
      `${operationLabel(operationId)} is a valid UserBalance with amounts as decimal strings that add up`,
    async run(context) {
      const balance = await requestOperation(context, operationId, { mockExample: "balance" });
      if (isRecord(balance) && Array.isArray(balance.balance_infos))
        checkTotals(context, balance.balance_infos);
    },
  },
]);
