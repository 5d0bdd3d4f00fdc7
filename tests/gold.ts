import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "../src/pipeline/build.js";
import { writeGraphOutputs } from "../src/io/graph-files.js";
import { ROOT, lexicon, scratchFolders, tagger } from "./helpers.js";
// The scorer, the gold sets and the dev corpora are copied from ../shared so a clone without it runs the gold tests.
import { score, type ScoreResult } from "./fixtures/eval/score.mjs";

export const FIXTURES = join(ROOT, "tests", "fixtures");

/** Builds a corpus under tests/fixtures into `out` and scores graph.json against its gold file. */
export async function scoreCorpus(corpus: string, goldFile: string, out: string): Promise<ScoreResult> {
  const dir = join(FIXTURES, corpus);
  const gold = JSON.parse(readFileSync(join(FIXTURES, "eval", goldFile), "utf8"));
  const { graph } = await buildGraph({ paths: [dir], lexicon, tagger, layout: false });
  await writeGraphOutputs(graph, out);
  return score(JSON.parse(readFileSync(join(out, "graph.json"), "utf8")), gold, dir);
}

/** The bars a gold corpus is held to: the figures reached (see README) less a small margin, so that a regression fails. */
export interface GoldBars {
  entities: number;
  claims: number;
  precision: number;
  labels: number;
  merged: number;
  traps: number;
}

/** The gold tests of one corpus under tests/fixtures: entities, claims, labels and evidence, merged positions, traps. */
export function describeGoldCorpus(title: string, corpus: string, goldFile: string, bars: GoldBars): void {
  const scratch = scratchFolders();
  let result: ScoreResult;
  beforeAll(async () => {
    result = await scoreCorpus(corpus, goldFile, scratch(corpus));
  });
  const bar = (n: number) => n.toFixed(2);
  describe(title, () => {
    it(`keeps entity F1 at ${bar(bars.entities)} or more`, () => {
      expect(result.entities.f1).toBeGreaterThanOrEqual(bars.entities);
    });
    it(`keeps claim F1 at ${bar(bars.claims)} or more with precision at ${bar(bars.precision)} or more`, () => {
      expect(result.claims.f1).toBeGreaterThanOrEqual(bars.claims);
      expect(result.claims.precision).toBeGreaterThanOrEqual(bars.precision);
    });
    it(`keeps position labels reading as short phrases at ${bar(bars.labels)} or more, and every quote verbatim`, () => {
      expect(result.labels_ok).toBeGreaterThanOrEqual(bars.labels);
      expect(result.evidence_ok).toBe(1);
    });
    it(`keeps positions held by several actors on one node in ${bar(bars.merged)} of the pairs or more`, () => {
      expect(result.positions_merged!.share).toBeGreaterThanOrEqual(bars.merged);
    });
    it(`springs at most ${bars.traps} of the gold's traps`, () => {
      expect(result.traps!.sprung).toBeLessThanOrEqual(bars.traps);
    });
  });
}
