import type { Feature } from "./checks/check.js";

/** The features `--only` and `--skip` name (empty or absent: no restriction). */
export interface FeatureSelection {
  only?: readonly Feature[];
  skip?: readonly Feature[];
}

/** Why `--only` / `--skip` leave `feature` out, for the skip reason; undefined when it is selected. */
export function deselectionReason(feature: Feature, selection: FeatureSelection): string | undefined {
  if (selection.only && selection.only.length > 0 && !selection.only.includes(feature)) {
    return `not selected (--only ${selection.only.join(",")})`;
  }
  if (selection.skip?.includes(feature)) return `deselected (--skip ${selection.skip.join(",")})`;
  return undefined;
}
