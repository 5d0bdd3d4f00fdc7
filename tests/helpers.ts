import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadLexicon } from "../src/lexicon/index.js";
import { createTagger } from "../src/pipeline/stances/tagger.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SEEDS = join(ROOT, "graph-data", "documents");
export const SHARED = join(ROOT, "..", "shared");
export const GEXF_CHECK = join(SHARED, "gexf", "gexf-check");
export const hasGexfCheck = existsSync(GEXF_CHECK);
export const lexicon = loadLexicon();
export const tagger = createTagger();
