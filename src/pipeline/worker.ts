/** Worker-thread entry for the pool: the lexicon and the tagger are loaded once per worker. */
import { workerData } from "node:worker_threads";
import { loadLexicon } from "../lexicon/index.js";
import { cachedLexicon } from "./cache.js";
import { documentStances, processDocument, type DocumentResult, type DocumentTask, type StanceResult, type StanceTask, type WorkerSetup } from "./process.js";
import { createTagger } from "./stances/tagger.js";

const { lexiconFile } = workerData as WorkerSetup;
const lexicon = cachedLexicon(lexiconFile, loadLexicon);
const tagger = createTagger();
const taggerOf = () => tagger;

export default function analyzeFile(task: DocumentTask): DocumentResult {
  return processDocument(task, lexicon, taggerOf);
}

export function stancesOf(task: StanceTask): StanceResult & { warning?: string } {
  return documentStances(task, lexicon, taggerOf);
}
