/** The whole pipeline: a corpus on disk → the knowledge graph, with a summary of the run. */
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { EntityKind, KnowledgeGraph } from "../model/graph.js";
import { loadLexicon, type Lexicon } from "../lexicon/index.js";
import { loadStates } from "../lexicon/countries.js";
import type { DocumentNames } from "./analyze.js";
import { BuildError } from "./build-error.js";
import { cacheEntries, cachedLexicon, documentKey, entryPath, extractorVersion, isProblem, lexiconSnapshotPath, makeCacheFolders, pruneCache, readEntry, stanceKey } from "./cache.js";
import { CACHE_SUBFOLDERS } from "./cache-folder.js";
import { listCorpus, type CorpusFile } from "./corpus.js";
import { resolutionsByDocument, resolveEntities } from "./entities.js";
import { affiliationSentences, assembleGraph, quoteKey } from "./graph.js";
import { layoutGraph } from "./layout.js";
import { datePages } from "./dates.js";
import { clusterStances } from "./stances/index.js";
import type { DocumentResult, DocumentTask, StanceResult, StanceTask, WorkerSetup } from "./process.js";
import { createTagger, type Tagger } from "./stances/tagger.js";
import { removeStaleSpills, removeStaleStaged, spillPrefix } from "../io/temporaries.js";

export interface BuildOptions {
  /** Files or folders. */
  paths: readonly string[];
  /** Worker threads for reading and analysing documents; 1 runs everything in this thread. */
  workers?: number;
  /** Skip the ForceAtlas2 layout (tests, benchmarks of extraction alone). */
  layout?: boolean;
  /** The per-document cache folder (see cache.ts); without it every document is analysed afresh. */
  cache?: string;
  /** Remove the cache entries this build did not use. */
  pruneCache?: boolean;
  /** The extractor's version that keys the cache; by default the hash of its code and data. */
  extractorVersion?: string;
  onProgress?: (done: number, total: number) => void;
  /** A lexicon already loaded in this thread, to reuse across builds. */
  lexicon?: Lexicon;
  /** A tagger already loaded in this thread, to reuse across builds. */
  tagger?: Tagger;
}

export interface CacheSummary {
  folder: string;
  /** Documents whose analysis, and whose stances, came from the cache. */
  analyses: number;
  stances: number;
  entries: number;
  bytes: number;
  /** Entries this build did not use: of documents removed or changed, or of another extractor version. */
  unused: number;
  pruned?: { entries: number; bytes: number };
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
  cache?: CacheSummary;
}

export interface BuildResult {
  graph: KnowledgeGraph;
  summary: BuildSummary;
}

/**
 * Two passes over the corpus, both in the workers. The first analyses each document, writes it to
 * a spill folder (or the cache) and keeps only its distinct names, which entity resolution needs
 * corpus-wide. The second reads each document back with its slice of the resolution and returns
 * its stances. Sentence text stays in memory only where it becomes evidence. With a cache, each
 * pass first takes what the cache holds, and only the rest goes to the lanes.
 */
export async function buildGraph(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const { files, skipped } = await listCorpus(options.paths);
  const cores = availableParallelism();
  const cache = options.cache;
  const version = options.extractorVersion ?? extractorVersion();
  const used = new Set<string>();
  const warnings: BuildSummary["warnings"] = [];
  // Cache builds know how much work is left before choosing the pool; the others start it at once.
  const probed = cache ? await probeAnalyses(files, cache, version, used, warnings) : undefined;
  const misses = probed ? probed.filter((p) => !p.hit).length : files.length;
  // More threads than cores only add memory (≈130 MB each), never speed.
  const workers = misses ? Math.min(options.workers ?? defaultWorkers(misses), cores) : 1;
  const lexiconFile = lexiconSnapshotPath(version);
  const loadOwnLexicon = () => cachedLexicon(lexiconFile, loadLexicon);
  // The pool's workers load their lexicon while this thread loads its own and starts on the documents.
  const pool = workers > 1 && compiled() ? poolRunner(workers - 1, lexiconFile) : undefined;
  // The lexicon and the tagger load on this thread's first document to analyse; a build from the cache needs neither.
  let lexicon = options.lexicon ?? (misses ? loadOwnLexicon() : undefined);
  const lexiconOf = () => (lexicon ??= loadOwnLexicon());
  let tagger = options.tagger;
  const here = threadRunner(lexiconOf, () => (tagger ??= createTagger()));
  const lanes: DocumentRunner[] = [here, ...Array.from({ length: pool?.slots ?? 0 }, () => pool!)];
  await removeStaleSpills();
  const spillDir = cache ? undefined : await mkdtemp(join(tmpdir(), spillPrefix(process.pid)));
  try {
    const tasks: DocumentTask[] = files.map((file, i) => {
      const key = probed?.[i]!.key ?? `spill ${i}`;
      return { ...file, key, spill: cache ? entryPath(cache, "document", key) : join(spillDir!, `${i}.json`), ...(cache ? { namesEntry: entryPath(cache, "names", key) } : {}) };
    });
    let done = 0;
    const results = await inLanes(tasks, lanes, async (runner, task, i) => {
      const hit = probed?.[i]!.hit;
      const result = hit ? { ok: true as const, document: hit } : await runner.analyze(task);
      options.onProgress?.(++done, tasks.length);
      return result;
    });
    const docs: { mentions: DocumentNames; task: DocumentTask }[] = [];
    for (const result of results) {
      if (!result.ok && result.fatal) throw new BuildError(`${result.name}: ${result.reason}; the build stopped and no output was replaced`);
    }
    results.forEach((result, i) => {
      if (!result.ok) {
        skipped.push({ name: result.name, reason: result.reason });
        return;
      }
      docs.push({ mentions: result.document, task: tasks[i]! });
      if (cache) used.add(tasks[i]!.spill).add(tasks[i]!.namesEntry!);
      for (const warning of result.document.warnings) warnings.push({ name: result.document.name, warning });
    });
    const resolved = resolveEntities(docs.map((d) => d.mentions), lexicon ?? { states: new Map(loadStates().map((state) => [state.code, state])) });
    const quoted = affiliationSentences(resolved);
    const resolutionFor = resolutionsByDocument(resolved);
    const factsWritten = new Map<string, string>();
    const stanceTasks: StanceTask[] = docs.map(({ mentions: { name }, task }) => {
      const resolution = resolutionFor(name);
      const quotedHere = [...(quoted.get(name) ?? [])];
      const base = { spill: task.spill, key: task.key, resolution, quoted: quotedHere };
      if (!cache) return base;
      const key = stanceKey(task.key, resolution, quotedHere, factsWritten);
      return { ...base, cache: { entry: entryPath(cache, "stances", key), key, document: { path: task.path, name: task.name } } };
    });
    const storedStances = stanceTasks.map((task) => {
      if (!task.cache) return undefined;
      used.add(task.cache.entry);
      const stored = readEntry<StanceResult>(task.cache.entry, task.cache.key);
      if (!isProblem(stored)) return stored;
      warnings.push({ name: task.cache.document.name, warning: `cache entry ${task.cache.entry} ${stored.problem}; its stances found again` });
      return undefined;
    });
    const found = await inLanes(stanceTasks, lanes, async (runner, task, i) => {
      const stored = storedStances[i];
      if (stored) return stored;
      const result = await runner.stances(task);
      if (result.warning) warnings.push({ name: task.cache?.document.name ?? "", warning: result.warning });
      return result;
    });
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
    const cacheSummary = cache ? await summariseCache(cache, probed!.filter((p) => p.hit).length, storedStances.filter(Boolean).length, used, options.pruneCache === true) : undefined;
    return finish(graph, docs.map((d) => d.mentions), skipped, warnings, options, started, cacheSummary);
  } finally {
    await Promise.all([pool?.close(), spillDir ? rm(spillDir, { recursive: true, force: true }) : undefined]);
  }
}

interface ProbedAnalysis {
  key: string;
  hit?: DocumentNames;
}

/** Each document's analysis key, and its names where the cache has them; an unusable entry is a warning and a miss. */
async function probeAnalyses(files: readonly CorpusFile[], cache: string, version: string, used: Set<string>, warnings: BuildSummary["warnings"]): Promise<ProbedAnalysis[]> {
  await makeCacheFolders(cache);
  await Promise.all(Object.values(CACHE_SUBFOLDERS).map((folder) => removeStaleStaged(join(cache, folder))));
  return files.map((file): ProbedAnalysis => {
    let key: string;
    try {
      key = documentKey(version, file.name, file.path);
    } catch {
      // Unreadable: the first pass says why, with the document's other failures.
      return { key: `unreadable ${file.name}` };
    }
    const names = entryPath(cache, "names", key);
    const stored = readEntry<DocumentNames>(names, key);
    if (stored === undefined) return { key };
    if (isProblem(stored)) {
      warnings.push({ name: file.name, warning: `cache entry ${names} ${stored.problem}; analysed again` });
      return { key };
    }
    used.add(names);
    return { key, hit: stored };
  });
}

async function summariseCache(folder: string, analyses: number, stances: number, used: ReadonlySet<string>, prune: boolean): Promise<CacheSummary> {
  const pruned = prune ? await pruneCache(folder, used) : undefined;
  const entries = await cacheEntries(folder);
  const unused = entries.filter((e) => !used.has(e.path)).length;
  return { folder, analyses, stances, entries: entries.length, bytes: entries.reduce((sum, e) => sum + e.bytes, 0), unused, ...(pruned ? { pruned } : {}) };
}

/**
 * Documents queued per worker, so that a worker finishing one starts the next without waiting for
 * this thread to send it. This thread, whose passes are synchronous, takes one at a time.
 */
const TASKS_PER_WORKER = 4;

/** Where the per-document passes run: in this thread, or in a pool of workers. */
interface DocumentRunner {
  analyze(task: DocumentTask): Promise<DocumentResult>;
  stances(task: StanceTask): Promise<StanceResult & { warning?: string }>;
}

/**
 * The passes' code (readers, decoders, stages) is imported on this thread's first document: a build
 * from the cache needs none of it. The passes are synchronous: each document first yields to the
 * event loop, so that the pool's finished tasks are taken and its workers given the next.
 */
function threadRunner(lexicon: () => Lexicon, tagger: () => Tagger): DocumentRunner {
  const passes = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    return import("./process.js");
  };
  return {
    analyze: async (task) => (await passes()).processDocument(task, lexicon(), tagger),
    stances: async (task) => (await passes()).documentStances(task, lexicon(), tagger),
  };
}

/** Workers read the lexicon from `lexiconFile`, its decoded copy. */
function poolRunner(workers: number, lexiconFile: string): DocumentRunner & { slots: number; close(): Promise<void> } {
  const workerData: WorkerSetup = { lexiconFile };
  const pool = new Piscina({ filename: fileURLToPath(new URL("./worker.js", import.meta.url)), minThreads: workers, maxThreads: workers, concurrentTasksPerWorker: TASKS_PER_WORKER, workerData });
  return {
    analyze: (task) => pool.run(task) as Promise<DocumentResult>,
    stances: (task) => pool.run(task, { name: "stancesOf" }) as Promise<StanceResult & { warning?: string }>,
    slots: workers * TASKS_PER_WORKER,
    close: () => pool.destroy(),
  };
}

/**
 * `work` over every item, in order, by lanes that each take the next item as soon as they are
 * free: one in this thread and TASKS_PER_WORKER in each worker.
 */
async function inLanes<T, R>(items: readonly T[], lanes: readonly DocumentRunner[], work: (runner: DocumentRunner, item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    lanes.map(async (runner) => {
      for (let i = next++; i < items.length; i = next++) results[i] = await work(runner, items[i]!, i);
    }),
  );
  return results;
}

function finish(graph: KnowledgeGraph, docs: readonly DocumentNames[], skipped: BuildSummary["skipped"], warnings: BuildSummary["warnings"], options: BuildOptions, started: number, cache?: CacheSummary): BuildResult {
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
      ...(cache ? { cache } : {}),
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
