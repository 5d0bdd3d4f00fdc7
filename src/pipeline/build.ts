/** The whole pipeline: a corpus on disk → the knowledge graph, with a summary of the run. */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { EntityKind, KnowledgeGraph } from "../model/graph.js";
import { loadLexicon, type Lexicon } from "../lexicon/index.js";
import type { AnalyzedDocument, DocumentNames } from "./analyze.js";
import { listCorpus } from "./corpus.js";
import { resolveEntities, type ResolvedEntities } from "./entities.js";
import { affiliationSentences, assembleGraph, quoteKey } from "./graph.js";
import { layoutGraph } from "./layout.js";
import { clusterStances, findStanceCandidates, type StanceCandidate } from "./stances/index.js";
import { processDocument, type DocumentResult, type DocumentTask } from "./process.js";
import { createTagger, type Tagger } from "./stances/tagger.js";

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
 * Two passes over the corpus. The first analyses each document (in workers), writes it to a spill
 * folder and keeps only its distinct names, which entity resolution needs corpus-wide. The second reads
 * the documents back one at a time for stances. Sentence text stays in memory only where it
 * becomes evidence.
 */
export async function buildGraph(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const { files, skipped } = await listCorpus(options.paths);
  const workers = options.workers ?? defaultWorkers(files.length);
  const lexicon = options.lexicon ?? loadLexicon();
  const spillDir = await mkdtemp(join(tmpdir(), "kg-spill-"));
  try {
    const tasks = files.map((file, i) => ({ ...file, spill: join(spillDir, `${i}.json`) }));
    const results = workers > 1 && compiled() ? await analyzeInPool(tasks, workers, options.onProgress) : await analyzeHere(tasks, lexicon, options.tagger ?? createTagger(), options.onProgress);
    const docs: { mentions: DocumentNames; spill: string }[] = [];
    const warnings: BuildSummary["warnings"] = [];
    results.forEach((result, i) => {
      if (!result.ok) {
        skipped.push({ name: result.name, reason: result.reason });
        return;
      }
      docs.push({ mentions: result.document, spill: tasks[i]!.spill });
      for (const warning of result.document.warnings) warnings.push({ name: result.document.name, warning });
    });
    const resolved = resolveEntities(docs.map((d) => d.mentions), lexicon);
    const { candidates, affiliationQuotes } = await readStances(docs, resolved, lexicon);
    const graph = assembleGraph({
      documents: docs.map(({ mentions }) => ({ name: mentions.name, ...(mentions.date ? { date: mentions.date } : {}) })),
      resolved,
      stances: clusterStances(candidates, resolved),
      affiliationQuotes,
      source: options.paths.join(", "),
    });
    return finish(graph, docs.map((d) => d.mentions), skipped, warnings, options, started);
  } finally {
    await rm(spillDir, { recursive: true, force: true });
  }
}

/** The stance pass: each spilled document is read back, searched, and let go. */
async function readStances(docs: readonly { mentions: DocumentNames; spill: string }[], resolved: ResolvedEntities, lexicon: Lexicon) {
  const wanted = affiliationSentences(resolved);
  const candidates: StanceCandidate[] = [];
  const affiliationQuotes = new Map<string, string>();
  for (const { spill } of docs) {
    const doc = JSON.parse(await readFile(spill, "utf8")) as AnalyzedDocument;
    candidates.push(...findStanceCandidates(doc, resolved, lexicon));
    for (const sentence of wanted.get(doc.name) ?? []) affiliationQuotes.set(quoteKey(doc.name, sentence), doc.sentences[sentence]!.text);
  }
  return { candidates, affiliationQuotes };
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

async function analyzeHere(files: readonly DocumentTask[], lexicon: Lexicon, tagger: Tagger, onProgress?: BuildOptions["onProgress"]): Promise<DocumentResult[]> {
  const results: DocumentResult[] = [];
  for (const file of files) {
    results.push(await processDocument(file, lexicon, tagger));
    onProgress?.(results.length, files.length);
  }
  return results;
}

async function analyzeInPool(files: readonly DocumentTask[], workers: number, onProgress?: BuildOptions["onProgress"]): Promise<DocumentResult[]> {
  const pool = new Piscina<DocumentTask, DocumentResult>({
    filename: fileURLToPath(new URL("./worker.js", import.meta.url)),
    minThreads: workers,
    maxThreads: workers,
  });
  let done = 0;
  try {
    // Results keep the corpus order whatever order the workers finish in.
    return await Promise.all(
      files.map((file) =>
        pool.run(file).then((result) => {
          onProgress?.(++done, files.length);
          return result;
        }),
      ),
    );
  } finally {
    await pool.destroy();
  }
}
