import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildGraph } from "../src/pipeline/build.js";
import { writeGraphOutputs } from "../src/io/graph-files.js";
import { ROOT, lexicon, tagger } from "./helpers.js";
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
