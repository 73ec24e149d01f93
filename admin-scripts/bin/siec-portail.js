#!/usr/bin/env node
// Runs the TypeScript CLI directly: the operators' machine needs Node.js and this package only.
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("../src/cli.ts");
process.exitCode = await runCli(process.argv.slice(2));
