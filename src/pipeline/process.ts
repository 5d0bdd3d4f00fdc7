/** One document through read → clean → sentences → mentions; shared by the worker and the in-thread path. */
import type { Lexicon } from "../lexicon/index.js";
import { analyzeDocument, type AnalyzedDocument } from "./analyze.js";
import { readDocument } from "./read.js";

export interface DocumentTask {
  path: string;
  name: string;
}

export type DocumentResult = { ok: true; document: AnalyzedDocument } | { ok: false; name: string; reason: string };

export async function processDocument(task: DocumentTask, lexicon: Lexicon): Promise<DocumentResult> {
  const read = await readDocument(task.path, task.name);
  if (!read.ok) return read;
  try {
    return { ok: true, document: analyzeDocument(read.document, lexicon) };
  } catch (error) {
    return { ok: false, name: task.name, reason: `could not be analysed (${(error as Error).message})` };
  }
}
