import { afterEach, describe, expect, it } from "vitest";
import { uploadFilename, uploadPng } from "../src/checks/requests.js";
import { runSuite } from "../src/runner.js";
import {
  betaHeader,
  betaRefusal,
  type FilesMisbehaviour,
  keyHeaderName,
  startFakeAnthropicFiles,
} from "./helpers/fake-anthropic-files.js";
import { startFaultProxy } from "./helpers/fault-proxy.js";
import type { LocalServer } from "./helpers/servers.js";
import { localTarget } from "./helpers/target.js";

// The Anthropic-format Files against a stand-in for a real provider: it keeps what is uploaded and refuses a call
// without the spec's anthropic-beta header, so the round trip runs, and each way it can break is found.

const goodKey = "sk-anthropic-files-good-key-0123";
const servers: LocalServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function provider(wrong: FilesMisbehaviour = {}) {
  const server = await startFakeAnthropicFiles(goodKey, wrong);
  servers.push(server);
  return server;
}

async function runAgainst(baseUrl: string) {
  const suite = await runSuite({
    target: localTarget(baseUrl, { apiKey: goodKey }),
    only: ["anthropic-files"],
  });
  return suite.results.filter((r) => r.feature === "anthropic-files");
}

const failuresOf = (results: Awaited<ReturnType<typeof runAgainst>>) =>
  Object.fromEntries(results.filter((r) => r.status === "failed").map((r) => [r.id, r.failures]));

describe("anthropic-files against a provider", () => {
  it("passes every check, sending the spec's beta header and the key in the Anthropic key header", async () => {
    const server = await provider();
    const results = await runAgainst(server.baseUrl);
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ["anthropic-files.upload", "passed"],
      ["anthropic-files.list", "passed"],
      ["anthropic-files.round-trip", "passed"],
    ]);
    // upload, retrieve, delete; list; upload, retrieve, delete.
    expect(server.headersSeen).toHaveLength(7);
    for (const headers of server.headersSeen) {
      expect(headers[betaHeader.name]).toBe(betaHeader.example);
      expect(headers[keyHeaderName]).toBe(goodKey);
      expect(headers.authorization).toBeUndefined();
    }
  });

  it("fails every check, at its status, when the beta header does not reach the provider", async () => {
    const upstream = await provider();
    const proxy = await startFaultProxy(upstream.baseUrl, {
      name: "an intermediary that drops the beta header",
      check: "anthropic-files.upload",
      path: "(status)",
      matches: () => true,
      breakRequest: (headers) => delete headers[betaHeader.name],
    });
    servers.push(proxy);
    // The start of the provider's refusal, as a failure quotes it.
    const refused = {
      path: "(status)",
      message: `must be 200; got 400 with body ${JSON.stringify(`{"error":{"message":"${betaRefusal}","type":"i…`)}`,
    };
    expect(failuresOf(await runAgainst(proxy.baseUrl))).toEqual({
      "anthropic-files.upload": [refused],
      "anthropic-files.list": [refused],
      "anthropic-files.round-trip": [refused],
    });
  });

  it("a deletion that names another file fails the round trip", async () => {
    const server = await provider({ deletesAnotherId: true });
    expect(failuresOf(await runAgainst(server.baseUrl))).toEqual({
      "anthropic-files.round-trip": [
        { path: "(deleted) id", message: 'must be the uploaded file\'s "file-2"; got "file-0"' },
      ],
    });
  });

  it("an upload whose size is miscounted fails the round trip", async () => {
    const server = await provider({ miscountsBytes: true });
    expect(failuresOf(await runAgainst(server.baseUrl))).toEqual({
      "anthropic-files.round-trip": [
        {
          path: "size_bytes",
          message: `must be the upload's size ${uploadPng.length}; got ${uploadPng.length + 1}`,
        },
      ],
    });
  });

  it("an upload stored under another name fails the round trip", async () => {
    const server = await provider({ renames: true });
    expect(failuresOf(await runAgainst(server.baseUrl))).toEqual({
      "anthropic-files.round-trip": [
        {
          path: "filename",
          message: `must be the upload's name ${JSON.stringify(uploadFilename)}; got "upload"`,
        },
      ],
    });
  });
});
