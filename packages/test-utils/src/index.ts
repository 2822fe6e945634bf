export * from "./chromium.js";
export * from "./event-stream.js";
export * from "./local-server.js";
export * from "./test-environment.js";
