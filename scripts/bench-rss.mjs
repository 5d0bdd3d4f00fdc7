// Preloaded into each `kg` process the benchmark runs (node --import): writes the process's peak
// resident set size, worker threads included, in kB, to the file KG_BENCH_RSS names, as it exits.
import { writeFileSync } from "node:fs";

const file = process.env.KG_BENCH_RSS;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
