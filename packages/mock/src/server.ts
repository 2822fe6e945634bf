import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createBundledValidator, loadBundledSpec } from "@deepseek-openapi/spec";
import { basePaths } from "./base-paths.js";
import { defaultPaceMs } from "./event-stream.js";
import { handleRequest, type MockContext, type MockExchange } from "./handle-request.js";
import { loadPrism } from "./prism.js";

export type { MockExchange } from "./handle-request.js";

export interface MockOptions {
  /** The TCP port; 0 (the default) asks the OS for a free one. */
  readonly port?: number;
  /** The interface to listen on; `127.0.0.1` by default. */
  readonly host?: string;
  /** Milliseconds between two events of a stream; {@link defaultPaceMs} by default. */
  readonly pace?: number;
  /** Called when an exchange ends: answered in full, or closed by the client. */
  readonly onExchange?: (exchange: MockExchange) => void;
}

export interface RunningMock {
  /** `http://127.0.0.1:PORT`: the base URL of DeepSeek's root server; each of {@link basePaths} under it works too. */
  readonly url: string;
  readonly port: number;
  /** Every exchange so far, in the order they ended. */
  readonly exchanges: readonly MockExchange[];
  /** Stops listening and closes every open connection; safe to call more than once. */
  close(): Promise<void>;
}

/** The port is taken, or the host cannot be listened on. */
export class MockListenError extends Error {
  override readonly name = "MockListenError";
}

/**
 * Starts the mock: Prism's mocker on the bundled spec behind a front that negotiates, chooses examples, serves every
 * base path and streams as DeepSeek does.
 */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const { port = 0, host = "127.0.0.1", pace = defaultPaceMs } = options;
  const prism = await loadPrism();
  const context: MockContext = {
    prism,
    bases: basePaths(loadBundledSpec()),
    validator: createBundledValidator(),
    paceMs: pace,
  };
  const exchanges: MockExchange[] = [];
  const server = createServer((request, response) => {
    void handleRequest(context, request, response).then((exchange) => {
      exchanges.push(exchange);
      options.onExchange?.(exchange);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => reject(listenError(error, host, port)));
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`,
    port: address.port,
    exchanges,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): MockListenError {
  const why = error.code === "EADDRINUSE" ? "the port is already in use" : error.message;
  return new MockListenError(`cannot listen on ${host}:${port}: ${why}`);
}
