import { DeepSeekError } from "./errors.js";
import type { RequestSettings } from "./request.js";

/** What the operations outside the client object (Responses, Files, Anthropic) need of the client they are given. */
export interface ClientCore {
  /** The client's headers, its key's included. */
  headers: Record<string, string>;
  settings: RequestSettings;
  apiKey: string;
  baseURL: string;
}

/**
 * Each client's core, kept here rather than on the client, so that no object that can be logged holds the key; and
 * so that a program that calls only chat bundles none of the other operations (they are functions of their own).
 */
export const clientCores = new WeakMap<object, ClientCore>();

export function coreOf(client: object): ClientCore {
  const core = clientCores.get(client);
  if (!core) throw new DeepSeekError("client must be made by createDeepSeekClient");
  return core;
}
