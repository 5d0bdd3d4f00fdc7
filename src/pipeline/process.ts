/**
 * The two per-document passes, shared by the worker and the in-thread path. The first reads and
 * analyses a document into a spill file and returns only its distinct names, so that the builder's
 * memory follows the graph rather than the corpus text. The second, once names are resolved
 * corpus-wide, reads the spill back and returns the document's stances.
 */
import { readFile, writeFile } from "node:fs/promises";
import type { Lexicon } from "../lexicon/index.js";
import { analyzeDocument, documentNames, type AnalyzedDocument, type DocumentNames } from "./analyze.js";
import type { DocumentResolution } from "./entities.js";
import { readDocument } from "./read.js";
import { capQuote, findPlaceParts, findStanceCandidates, type StanceCandidate } from "./stances/index.js";
import type { Tagger } from "./stances/tagger.js";

export interface DocumentTask {
  path: string;
  name: string;
  /** Where to write the analysed document (JSON) for the stance pass. */
  spill: string;
}

/** A `fatal` failure is the machine's (disk full, I/O error), not the document's: the build stops. */
export type DocumentResult = { ok: true; document: DocumentNames } | { ok: false; name: string; reason: string; fatal?: true };

export async function processDocument(task: DocumentTask, lexicon: Lexicon, tagger: Tagger): Promise<DocumentResult> {
  const read = await readDocument(task.path, task.name);
  if (!read.ok) return read;
  let analyzed: AnalyzedDocument;
  try {
    analyzed = analyzeDocument(read.document, lexicon, tagger);
  } catch (error) {
    return { ok: false, name: task.name, reason: `could not be analysed (${(error as Error).message})` };
  }
  try {
    await writeFile(task.spill, JSON.stringify(analyzed));
  } catch (error) {
    return { ok: false, name: task.name, reason: `its working copy could not be written to ${task.spill} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, fatal: true };
  }
  return { ok: true, document: documentNames(analyzed) };
}

export interface StanceTask {
  spill: string;
  resolution: DocumentResolution;
  /** Sentences an affiliation quotes: their text comes back with the stances. */
  quoted: number[];
}

export interface StanceResult {
  candidates: StanceCandidate[];
  /** Places the document says are parts of others, as [part, whole] entity keys. */
  placeParts: [string, string][];
  quotes: { sentence: number; text: string }[];
}

export async function documentStances(task: StanceTask, lexicon: Lexicon): Promise<StanceResult> {
  const doc = JSON.parse(await readFile(task.spill, "utf8")) as AnalyzedDocument;
  return {
    candidates: findStanceCandidates(doc, task.resolution, lexicon),
    placeParts: findPlaceParts(doc, task.resolution),
    quotes: task.quoted.map((sentence) => ({ sentence, text: capQuote(doc.sentences[sentence]!.text) })),
  };
}
