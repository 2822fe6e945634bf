export * from "./chromium.js";
export * from "./local-server.js";
export * from "./test-environment.js";
