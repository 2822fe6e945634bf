import { expect } from "vitest";
import { DeepSeekError } from "../../src/index.js";

/** The DeepSeekError that `promise` rejects with; a result, or another error, fails the test. */
export const failureOf = (promise: Promise<unknown>): Promise<DeepSeekError> =>
  promise.then(
    () => {
      throw new Error("expected a DeepSeekError, got a result");
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(DeepSeekError);
      return error as DeepSeekError;
    },
  );
