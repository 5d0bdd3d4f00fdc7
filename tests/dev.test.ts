import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "../src/pipeline/build.js";
import { writeGraphOutputs } from "../src/io/graph-files.js";
import { ROOT, lexicon, scratchFolders, tagger } from "./helpers.js";
// The dev corpus (original articles written for the project) and its gold are copied from ../shared so a clone without it runs this test.
import { score } from "./fixtures/eval/score.mjs";

const scratch = scratchFolders();

const DEV = join(ROOT, "tests", "fixtures", "dev");
const gold = JSON.parse(readFileSync(join(ROOT, "tests", "fixtures", "eval", "dev-gold.json"), "utf8"));
let result: ReturnType<typeof score>;

beforeAll(async () => {
  const out = scratch("dev");
  const { graph } = await buildGraph({ paths: [DEV], lexicon, tagger, layout: false });
  await writeGraphOutputs(graph, out);
  result = score(JSON.parse(readFileSync(join(out, "graph.json"), "utf8")), gold, DEV);
});

// Bars at the figures reached (see README) less a small margin, so that a regression fails.
describe("the dev corpus (40 articles, many regions and domains)", () => {
  it("keeps entity F1 at 0.92 or more", () => {
    expect(result.entities.f1).toBeGreaterThanOrEqual(0.92);
  });
  it("keeps claim F1 at 0.80 or more with precision at 0.83 or more", () => {
    expect(result.claims.f1).toBeGreaterThanOrEqual(0.80);
    expect(result.claims.precision).toBeGreaterThanOrEqual(0.83);
  });
  it("keeps position labels reading as short phrases at 0.95 or more, and every quote verbatim", () => {
    expect(result.labels_ok).toBeGreaterThanOrEqual(0.95);
    expect(result.evidence_ok).toBe(1);
  });
});
