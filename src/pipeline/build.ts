/** The whole pipeline: a corpus on disk → the knowledge graph, with a summary of the run. */
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { EntityKind, KnowledgeGraph } from "../model/graph.js";
import { loadLexicon, type Lexicon } from "../lexicon/index.js";
import type { DocumentNames } from "./analyze.js";
import { BuildError } from "./build-error.js";
import { listCorpus } from "./corpus.js";
import { resolutionsByDocument, resolveEntities } from "./entities.js";
import { affiliationSentences, assembleGraph, quoteKey } from "./graph.js";
import { layoutGraph } from "./layout.js";
import { datePages } from "./dates.js";
import { clusterStances } from "./stances/index.js";
import { documentStances, processDocument, type DocumentResult, type DocumentTask, type StanceResult, type StanceTask } from "./process.js";
import { createTagger, type Tagger } from "./stances/tagger.js";
import { removeStaleSpills, spillPrefix } from "../io/temporaries.js";

export interface BuildOptions {
  /** Files or folders. */
  paths: readonly string[];
  /** Worker threads for reading and analysing documents; 1 runs everything in this thread. */
  workers?: number;
  /** Skip the ForceAtlas2 layout (tests, benchmarks of extraction alone). */
  layout?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** A lexicon already loaded in this thread, to reuse across builds. */
  lexicon?: Lexicon;
  /** A tagger already loaded in this thread, to reuse across builds. */
  tagger?: Tagger;
}

export interface BuildSummary {
  documentsRead: number;
  skipped: { name: string; reason: string }[];
  warnings: { name: string; warning: string }[];
  entitiesByKind: Record<EntityKind, number>;
  positions: number;
  stanceEdges: number;
  bytes: number;
  seconds: number;
}

export interface BuildResult {
  graph: KnowledgeGraph;
  summary: BuildSummary;
}

/**
 * Two passes over the corpus, both in the workers. The first analyses each document, writes it to
 * a spill folder and keeps only its distinct names, which entity resolution needs corpus-wide. The
 * second reads each document back with its slice of the resolution and returns its stances.
 * Sentence text stays in memory only where it becomes evidence.
 */
export async function buildGraph(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const { files, skipped } = await listCorpus(options.paths);
  // More threads than cores only add memory (≈130 MB each), never speed.
  const workers = Math.min(options.workers ?? defaultWorkers(files.length), availableParallelism());
  // The pool's workers load their lexicon while this thread loads its own and starts on the documents.
  const pool = workers > 1 && compiled() ? poolRunner(workers - 1) : undefined;
  const lexicon = options.lexicon ?? loadLexicon();
  const here = threadRunner(lexicon, options.tagger ?? createTagger());
  const lanes: DocumentRunner[] = [...Array.from({ length: LANES_PER_THREAD }, () => here), ...Array.from({ length: pool?.slots ?? 0 }, () => pool!)];
  await removeStaleSpills();
  const spillDir = await mkdtemp(join(tmpdir(), spillPrefix(process.pid)));
  try {
    const tasks = files.map((file, i) => ({ ...file, spill: join(spillDir, `${i}.json`) }));
    let done = 0;
    const results = await inLanes(tasks, lanes, async (runner, task) => {
      const result = await runner.analyze(task);
      options.onProgress?.(++done, tasks.length);
      return result;
    });
    const docs: { mentions: DocumentNames; spill: string }[] = [];
    const warnings: BuildSummary["warnings"] = [];
    for (const result of results) {
      if (!result.ok && result.fatal) throw new BuildError(`${result.name}: ${result.reason}; the build stopped and no output was replaced`);
    }
    results.forEach((result, i) => {
      if (!result.ok) {
        skipped.push({ name: result.name, reason: result.reason });
        return;
      }
      docs.push({ mentions: result.document, spill: tasks[i]!.spill });
      for (const warning of result.document.warnings) warnings.push({ name: result.document.name, warning });
    });
    const resolved = resolveEntities(docs.map((d) => d.mentions), lexicon);
    const quoted = affiliationSentences(resolved);
    const resolutionFor = resolutionsByDocument(resolved);
    const found = await inLanes(docs, lanes, (runner, { mentions: { name }, spill }) => runner.stances({ spill, resolution: resolutionFor(name), quoted: [...(quoted.get(name) ?? [])] }));
    const affiliationQuotes = new Map<string, string>();
    found.forEach(({ quotes }, i) => {
      for (const { sentence, text } of quotes) affiliationQuotes.set(quoteKey(docs[i]!.mentions.name, sentence), text);
    });
    const dates = datePages(docs.map((d) => d.mentions));
    const graph = assembleGraph({
      documents: docs.map(({ mentions: { name, headline, outlet } }) => {
        const date = dates.get(name);
        return { name, ...(date ? { date } : {}), ...(headline ? { headline } : {}), ...(outlet ? { outlet } : {}) };
      }),
      resolved,
      stances: clusterStances(found.flatMap((f) => f.candidates), resolved, found.flatMap((f) => f.placeParts)),
      affiliationQuotes,
      source: options.paths.join(", "),
    });
    return finish(graph, docs.map((d) => d.mentions), skipped, warnings, options, started);
  } finally {
    await Promise.all([pool?.close(), rm(spillDir, { recursive: true, force: true })]);
  }
}

/** Documents in flight per thread, so that one's file I/O overlaps another's analysis. */
const LANES_PER_THREAD = 2;

/** Where the per-document passes run: in this thread, or in a pool of workers. */
interface DocumentRunner {
  analyze(task: DocumentTask): Promise<DocumentResult>;
  stances(task: StanceTask): Promise<StanceResult>;
}

function threadRunner(lexicon: Lexicon, tagger: Tagger): DocumentRunner {
  return {
    analyze: (task) => processDocument(task, lexicon, tagger),
    stances: (task) => documentStances(task, lexicon),
  };
}

function poolRunner(workers: number): DocumentRunner & { slots: number; close(): Promise<void> } {
  const pool = new Piscina({ filename: fileURLToPath(new URL("./worker.js", import.meta.url)), minThreads: workers, maxThreads: workers, concurrentTasksPerWorker: LANES_PER_THREAD });
  return {
    analyze: (task) => pool.run(task) as Promise<DocumentResult>,
    stances: (task) => pool.run(task, { name: "stancesOf" }) as Promise<StanceResult>,
    slots: workers * LANES_PER_THREAD,
    close: () => pool.destroy(),
  };
}

/**
 * `work` over every item, in order, by lanes that each take the next item as soon as they are
 * free: LANES_PER_THREAD in this thread and in each worker.
 */
async function inLanes<T, R>(items: readonly T[], lanes: readonly DocumentRunner[], work: (runner: DocumentRunner, item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    lanes.map(async (runner) => {
      for (let i = next++; i < items.length; i = next++) results[i] = await work(runner, items[i]!);
    }),
  );
  return results;
}

function finish(graph: KnowledgeGraph, docs: readonly DocumentNames[], skipped: BuildSummary["skipped"], warnings: BuildSummary["warnings"], options: BuildOptions, started: number): BuildResult {
  if (options.layout !== false) layoutGraph(graph);
  const entitiesByKind: Record<EntityKind, number> = { person: 0, state: 0, organization: 0, place: 0 };
  let positions = 0;
  graph.forEachNode((_key, a) => (a.kind === "position" ? positions++ : entitiesByKind[a.kind]++));
  let stanceEdges = 0;
  graph.forEachEdge((_key, a) => {
    if (a.relation === "demanded" || a.relation === "rejected" || a.relation === "proposed") stanceEdges++;
  });
  return {
    graph,
    summary: {
      documentsRead: docs.length,
      skipped,
      warnings,
      entitiesByKind,
      positions,
      stanceEdges,
      bytes: docs.reduce((sum, d) => sum + d.bytes, 0),
      seconds: (performance.now() - started) / 1000,
    },
  };
}

function defaultWorkers(files: number): number {
  return files >= 50 ? Math.max(1, Math.min(availableParallelism(), 8)) : 1;
}

/** Worker threads load the compiled JavaScript; from TypeScript sources (tests) we stay in-thread. */
function compiled(): boolean {
  return import.meta.url.endsWith(".js");
}
