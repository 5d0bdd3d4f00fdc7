/** Worker-thread entry for the pool: the lexicon is loaded once per worker. */
import { loadLexicon } from "../lexicon/index.js";
import { processDocument, type DocumentResult, type DocumentTask } from "./process.js";

const lexicon = loadLexicon();

export default function analyzeFile(task: DocumentTask): Promise<DocumentResult> {
  return processDocument(task, lexicon);
}
