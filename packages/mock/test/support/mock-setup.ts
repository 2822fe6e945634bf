// The README's globalSetup recipe, as a suite uses it: one mock for the run, its URL handed to the tests.
import type { TestProject } from "vitest/node";
import { startMock } from "../../src/index.js";

declare module "vitest" {
  export interface ProvidedContext {
    deepseekBaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const mock = await startMock({ port: 0 });
  project.provide("deepseekBaseUrl", mock.url);
  return () => mock.close();
}
