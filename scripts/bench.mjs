#!/usr/bin/env node
// Benchmark: builds a generated corpus of ≥ 10 MB (the seed documents with people and places
// permuted) on one worker and on every core, and times `kg neighbours` on a 10,000-node graph.
// Also the heap the build retains (sampled after a GC) on half and on all of the corpus, beside
// the size of the graph it makes. Prints medians; run `npm run bench` (after `npm install`,
// which compiles build/; the script runs with --expose-gc).
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir, availableParallelism } from "node:os";
import { join } from "node:path";
import { buildGraph } from "../build/pipeline/build.js";
import { loadLexicon } from "../build/lexicon/index.js";
import { graphToJson } from "../build/io/graph-parse.js";
import { loadGraphFile } from "../build/io/graph-files.js";
import { findNode, queryNeighbours } from "../build/query/neighbours.js";
import { generateGraph } from "./generated-graph.mjs";

const TARGET_BYTES = Number(process.env.BENCH_MB ?? 10) * 1e6;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const seedsDir = new URL("../graph-data/documents/", import.meta.url).pathname;
const seeds = readdirSync(seedsDir).map((f) => readFileSync(join(seedsDir, f), "utf8"));

const SWAPS = [
  [["Zelensky", "Zelenskyy"], ["Navarro", "Okonkwo", "Haddad", "Lindqvist", "Moreau", "Tanaka"]],
  [["Putin"], ["Kovacs", "Mendes", "Rahman", "Schultz", "Olsen", "Ferreira"]],
  [["Trump"], ["Bennett", "Castillo", "Duarte", "Hughes", "Ibrahim", "Kowalski"]],
  [["Donbas", "Donbass"], ["Tigray", "Darfur", "Kashmir", "Galilee", "Nagorno", "Cabinda"]],
  [["Kyiv", "Kiev"], ["Nairobi", "Lisbon", "Manila", "Quito", "Hanoi", "Accra"]],
];

function generate(dir) {
  let bytes = 0;
  let n = 0;
  while (bytes < TARGET_BYTES) {
    let text = seeds[n % seeds.length];
    SWAPS.forEach(([from, to], k) => {
      const replacement = to[(n + k) % to.length] + (n % 7 ? "" : String.fromCharCode(97 + (n % 26)));
      for (const f of from) text = text.split(f).join(replacement);
    });
    writeFileSync(join(dir, `doc-${String(n).padStart(5, "0")}.txt`), text);
    bytes += Buffer.byteLength(text);
    n++;
  }
  return { bytes, files: n };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const corpus = mkdtempSync(join(tmpdir(), "kg-bench-"));
const { bytes, files } = generate(corpus);
console.log(`corpus: ${files} documents, ${(bytes / 1e6).toFixed(1)} MB (seed pages with people and places permuted)`);

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

for (const workers of [1, availableParallelism()]) {
  const seconds = [];
  let summary;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const result = await buildGraph({ paths: [corpus], workers, layout: false });
    seconds.push((performance.now() - started) / 1000);
    summary = result.summary;
    if (run === 0) console.log(`  graph: ${result.graph.order} nodes, ${result.graph.size} edges`);
  }
  const s = median(seconds);
  console.log(`workers=${workers}: median ${s.toFixed(2)} s over ${RUNS} runs → ${(bytes / 1e6 / s).toFixed(2)} MB/s, ${(summary.documentsRead / s).toFixed(0)} documents/s`);
}
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
rmSync(corpus, { recursive: true, force: true });

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
