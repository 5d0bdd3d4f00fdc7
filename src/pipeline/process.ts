/**
 * One document through read → clean → sentences → mentions; shared by the worker and the
 * in-thread path. The analysed document goes to a spill file; only its distinct names come back, so
 * that the builder's memory follows the graph rather than the corpus text.
 */
import { writeFile } from "node:fs/promises";
import type { Lexicon } from "../lexicon/index.js";
import { analyzeDocument, documentNames, type DocumentNames } from "./analyze.js";
import { readDocument } from "./read.js";
import type { Tagger } from "./stances/tagger.js";

export interface DocumentTask {
  path: string;
  name: string;
  /** Where to write the analysed document (JSON) for the stance pass. */
  spill: string;
}

export type DocumentResult = { ok: true; document: DocumentNames } | { ok: false; name: string; reason: string };

export async function processDocument(task: DocumentTask, lexicon: Lexicon, tagger: Tagger): Promise<DocumentResult> {
  const read = await readDocument(task.path, task.name);
  if (!read.ok) return read;
  try {
    const analyzed = analyzeDocument(read.document, lexicon, tagger);
    await writeFile(task.spill, JSON.stringify(analyzed));
    return { ok: true, document: documentNames(analyzed) };
  } catch (error) {
    return { ok: false, name: task.name, reason: `could not be analysed (${(error as Error).message})` };
  }
}
