import { fileURLToPath } from "node:url";
import { bundledSpecPaths } from "@deepseek-openapi/spec";
import {
  createInstance,
  getHttpOperationsFromSpec,
  type IHttpRequest,
  type IHttpResponse,
} from "@stoplight/prism-http";

export type PrismOperation = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>[number];
type PrismLogger = Parameters<typeof createInstance>[1]["logger"];

/** What to answer with, as Prism's mock config takes it: a status, a media type and a named example. */
export interface AnswerChoice {
  readonly code?: number;
  readonly mediaType: string;
  readonly exampleKey?: string;
}

/** A request Prism validated and answered, with what it found wrong in it. */
export interface PrismAnswer {
  readonly output: IHttpResponse;
  readonly inputViolations: readonly { readonly path?: readonly string[]; readonly message: string }[];
}

/** A request Prism could not answer (no such path or method): its status and why. */
export class PrismRefusal extends Error {
  override readonly name = "PrismRefusal";
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface PrismEngine {
  readonly operations: readonly PrismOperation[];
  answer(request: IHttpRequest, choice: AnswerChoice): Promise<PrismAnswer>;
}

// The mock writes its own log of exchanges; Prism's own logging would only repeat it.
const silentLogger: PrismLogger = new Proxy({} as PrismLogger, {
  get: (_target, key) => (key === "child" ? () => silentLogger : () => {}),
});

const config = {
  checkSecurity: true,
  validateRequest: true,
  validateResponse: false,
  errors: false,
  upstreamProxy: undefined,
  isProxy: false,
  mock: { dynamic: false },
} as const;

/**
 * Prism's HTTP mocker on the bundled spec: routing, request and security validation, and example selection. It
 * reads the JSON form: Prism misreads YAML block scalars with an indentation indicator (`|2`), which changes examples.
 */
export async function loadPrism(): Promise<PrismEngine> {
  const operations = await getHttpOperationsFromSpec(fileURLToPath(bundledSpecPaths.json));
  const prism = createInstance(config, { logger: silentLogger });
  return {
    operations,
    async answer(request, { code, mediaType, exampleKey }) {
      const result = await prism.request(request, operations, {
        ...config,
        mock: { dynamic: false, mediaTypes: [mediaType], code, exampleKey },
      })();
      if (result._tag === "Left") {
        const { status, detail } = result.left as Error & { status?: number; detail?: string };
        throw new PrismRefusal(status ?? 500, detail || result.left.message);
      }
      const { output, validations } = result.right;
      return { output, inputViolations: validations.input.filter((v) => v.severity === 0) };
    },
  };
}
