/** The whole pipeline: a corpus on disk → the knowledge graph, with a summary of the run. */
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { EntityKind, KnowledgeGraph } from "../model/graph.js";
import { loadLexicon, type Lexicon } from "../lexicon/index.js";
import type { AnalyzedDocument } from "./analyze.js";
import { listCorpus } from "./corpus.js";
import { resolveEntities } from "./entities.js";
import { assembleGraph } from "./graph.js";
import { layoutGraph } from "./layout.js";
import { extractStances } from "./stances.js";
import { processDocument, type DocumentResult, type DocumentTask } from "./process.js";

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

export async function buildGraph(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const { files, skipped } = await listCorpus(options.paths);
  const workers = options.workers ?? defaultWorkers(files.length);
  const lexicon = options.lexicon ?? loadLexicon();
  const results = workers > 1 && compiled() ? await analyzeInPool(files, workers, options.onProgress) : await analyzeHere(files, lexicon, options.onProgress);
  const docs: AnalyzedDocument[] = [];
  const warnings: BuildSummary["warnings"] = [];
  for (const result of results) {
    if (!result.ok) {
      skipped.push({ name: result.name, reason: result.reason });
      continue;
    }
    docs.push(result.document);
    for (const warning of result.document.warnings) warnings.push({ name: result.document.name, warning });
  }
  const resolved = resolveEntities(docs, lexicon);
  const stances = extractStances(docs, resolved, lexicon);
  const graph = assembleGraph({ docs, resolved, stances, source: options.paths.join(", ") });
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

async function analyzeHere(files: readonly DocumentTask[], lexicon: Lexicon, onProgress?: BuildOptions["onProgress"]): Promise<DocumentResult[]> {
  const results: DocumentResult[] = [];
  for (const file of files) {
    results.push(await processDocument(file, lexicon));
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
