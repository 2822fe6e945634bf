#!/usr/bin/env node
// The `deepseek-mock` command: the compiled CLI. A file of its own, so that the command exists (and pnpm can link
// it) before the first build.
import "../dist/cli.js";
