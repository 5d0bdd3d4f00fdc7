#!/usr/bin/env -S node --v8-pool-size=1
// One V8 helper thread instead of four: with the build's worker threads busy on every core, the
// helpers' parallel garbage collection only competes with them (Brown ×4, 2 workers on 2 cores:
// 12.1 → 11.2 s, one worker not slower). The option exists only on node's command line, hence here.
import { setFlagsFromString } from "node:v8";

// A build parses thousands of short-lived cache entries and tokens: a larger young generation lets
// them die there instead of being promoted and collected again (a rebuild from the cache: 1.7 → 1.3 s,
// and less peak memory). Set before the CLI's modules load, so the whole run has it.
setFlagsFromString("--max-semi-space-size=32");
const { main } = await import("../build/cli/kg.js");

process.exitCode = await main(process.argv.slice(2));
