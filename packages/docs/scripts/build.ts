import { buildDocs } from "../src/build.js";

try {
  buildDocs();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
