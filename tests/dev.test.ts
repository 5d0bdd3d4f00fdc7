import { beforeAll, describe, expect, it } from "vitest";
import { scratchFolders } from "./helpers.js";
import { scoreCorpus } from "./gold.js";
import type { ScoreResult } from "./fixtures/eval/score.mjs";

const scratch = scratchFolders();
let result: ScoreResult;

beforeAll(async () => {
  result = await scoreCorpus("dev", "dev-gold.json", scratch("dev"));
});

// Bars at the figures reached (see README) less a small margin, so that a regression fails.
describe("the dev corpus (40 clean wire stories, many regions and domains)", () => {
  it("keeps entity F1 at 0.93 or more", () => {
    expect(result.entities.f1).toBeGreaterThanOrEqual(0.93);
  });
  it("keeps claim F1 at 0.82 or more with precision at 0.84 or more", () => {
    expect(result.claims.f1).toBeGreaterThanOrEqual(0.82);
    expect(result.claims.precision).toBeGreaterThanOrEqual(0.84);
  });
  it("keeps position labels reading as short phrases at 0.97 or more, and every quote verbatim", () => {
    expect(result.labels_ok).toBeGreaterThanOrEqual(0.97);
    expect(result.evidence_ok).toBe(1);
  });
  it("keeps positions held by several actors on one node in 0.58 of the pairs or more", () => {
    expect(result.positions_merged!.share).toBeGreaterThanOrEqual(0.58);
  });
  it("springs at most 3 of the gold's traps", () => {
    expect(result.traps!.sprung).toBeLessThanOrEqual(3);
  });
});
