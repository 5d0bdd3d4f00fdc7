import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";
import { loadLexicon } from "../src/lexicon/index.js";
import { analyzeDocument, documentNames } from "../src/pipeline/analyze.js";
import { resolveEntities } from "../src/pipeline/entities.js";
import { extractStances } from "../src/pipeline/stances/index.js";
import { createTagger } from "../src/pipeline/stances/tagger.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SEEDS = join(ROOT, "graph-data", "documents");
export const SHARED = join(ROOT, "..", "shared");
export const GEXF_CHECK = join(SHARED, "gexf", "gexf-check");
export const hasGexfCheck = existsSync(GEXF_CHECK);
export const lexicon = loadLexicon();
export const tagger = createTagger();

/** Stances of a crafted one-document text as "Actor relation position". */
export function stances(text: string): string[] {
  const docs = [analyzeDocument({ name: "t.txt", text, warnings: [] }, lexicon, tagger)];
  const resolved = resolveEntities(docs.map(documentNames), lexicon);
  // A group named only by a description ("the Spanish federation") has no entity, only its label.
  return extractStances(docs, resolved, lexicon).map((s) => `${resolved.entities.get(s.actor)?.label ?? `[${s.actorLabel}]`} ${s.relation} ${s.position.label}`);
}

/**
 * Temp folders for one test file, all removed after its tests: call at the top level of the file.
 * Tests leave nothing in the temp folder, as the build must not.
 */
export function scratchFolders(): (prefix: string) => string {
  const created: string[] = [];
  afterAll(() => {
    for (const dir of created) rmSync(dir, { recursive: true, force: true });
  });
  return (prefix) => {
    const dir = mkdtempSync(join(tmpdir(), `kg-test-${prefix}-`));
    created.push(dir);
    return dir;
  };
}
