/** Worker-thread entry for the pool: the lexicon and the tagger are loaded once per worker. */
import { loadLexicon } from "../lexicon/index.js";
import { documentStances, processDocument, type DocumentResult, type DocumentTask, type StanceResult, type StanceTask } from "./process.js";
import { createTagger } from "./stances/tagger.js";

const lexicon = loadLexicon();
const tagger = createTagger();
const taggerOf = () => tagger;

export default function analyzeFile(task: DocumentTask): Promise<DocumentResult> {
  return processDocument(task, lexicon, taggerOf);
}

export function stancesOf(task: StanceTask): Promise<StanceResult & { warning?: string }> {
  return documentStances(task, lexicon, taggerOf);
}
