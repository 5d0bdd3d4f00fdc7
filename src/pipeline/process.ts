/**
 * The two per-document passes, shared by the worker and the in-thread path. The first reads and
 * analyses a document into a spill file (or its cache entry) and returns only its distinct names,
 * so that the builder's memory follows the graph rather than the corpus text. The second, once
 * names are resolved corpus-wide, reads the analysis back and returns the document's stances.
 */
import type { Lexicon } from "../lexicon/index.js";
import { analyzeDocument, documentNames, type AnalyzedDocument, type DocumentNames } from "./analyze.js";
import { isProblem, readEntry, writeEntry } from "./cache.js";
import type { DocumentResolution } from "./entities.js";
import { readDocument } from "./read.js";
import { capQuote, findPlaceParts, findStanceCandidates, type StanceCandidate } from "./stances/index.js";
import type { Tagger } from "./stances/tagger.js";

/** What a pool's worker is started with. */
export interface WorkerSetup {
  /** The installation's decoded copy of the lexicon, read or made there (see `lexiconSnapshotPath`). */
  lexiconFile: string;
}

export interface DocumentTask {
  path: string;
  name: string;
  /** Where to write the analysed document for the stance pass: a spill file, or its cache entry. */
  spill: string;
  /** The analysis's key, written into the spill and checked when it is read back. */
  key: string;
  /** Where to cache the document's names too (cache builds only). */
  namesEntry?: string;
}

/** A `fatal` failure is the machine's (disk full, I/O error), not the document's: the build stops. */
export type DocumentResult = { ok: true; document: DocumentNames } | { ok: false; name: string; reason: string; fatal?: true };

export function processDocument(task: DocumentTask, lexicon: Lexicon, tagger: () => Tagger): DocumentResult {
  const read = readDocument(task.path, task.name);
  if (!read.ok) return read;
  let analyzed: AnalyzedDocument;
  try {
    analyzed = analyzeDocument(read.document, lexicon, tagger());
  } catch (error) {
    return { ok: false, name: task.name, reason: `could not be analysed (${(error as Error).message})` };
  }
  const names = documentNames(analyzed);
  try {
    writeEntry(task.spill, task.key, analyzed);
    if (task.namesEntry) writeEntry(task.namesEntry, task.key, names);
  } catch (error) {
    return { ok: false, name: task.name, reason: `its working copy could not be written to ${task.spill} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, fatal: true };
  }
  return { ok: true, document: names };
}

export interface StanceTask {
  /** The analysed document the first pass wrote, and its key. */
  spill: string;
  key: string;
  resolution: DocumentResolution;
  /** Sentences an affiliation quotes: their text comes back with the stances. */
  quoted: number[];
  /**
   * Cache builds: where to store the result, and the document itself, analysed again when its
   * cached analysis is gone or unusable.
   */
  cache?: { entry: string; key: string; document: Omit<DocumentTask, "spill" | "key"> };
}

export interface StanceResult {
  candidates: StanceCandidate[];
  /** Places the document says are parts of others, as [part, whole] entity keys. */
  placeParts: [string, string][];
  quotes: { sentence: number; text: string }[];
}

export function documentStances(task: StanceTask, lexicon: Lexicon, tagger: () => Tagger): StanceResult & { warning?: string } {
  const doc = analysisFor(task, lexicon, tagger);
  const result: StanceResult = {
    candidates: findStanceCandidates(doc.analyzed, task.resolution, lexicon),
    placeParts: findPlaceParts(doc.analyzed, task.resolution),
    quotes: task.quoted.map((sentence) => ({ sentence, text: capQuote(doc.analyzed.sentences[sentence]!.text) })),
  };
  if (task.cache) writeEntry(task.cache.entry, task.cache.key, result);
  return doc.warning ? { ...result, warning: doc.warning } : result;
}

/** The first pass's analysis; in a cache build, one that vanished or went bad is made again (and said so). */
function analysisFor(task: StanceTask, lexicon: Lexicon, tagger: () => Tagger): { analyzed: AnalyzedDocument; warning?: string } {
  const stored = readEntry<AnalyzedDocument>(task.spill, task.key);
  if (stored !== undefined && !isProblem(stored)) return { analyzed: stored };
  if (!task.cache) throw new Error(`the working copy ${task.spill} ${stored ? stored.problem : "has gone"}`);
  const read = readDocument(task.cache.document.path, task.cache.document.name);
  if (!read.ok) throw new Error(`${task.cache.document.name} changed while it was being read (${read.reason})`);
  const analyzed = analyzeDocument(read.document, lexicon, tagger());
  writeEntry(task.spill, task.key, analyzed);
  return { analyzed, ...(stored ? { warning: `cache entry ${task.spill} ${stored.problem}; analysed again` } : {}) };
}
