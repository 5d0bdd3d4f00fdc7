import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import gexf from "graphology-gexf";
import Graph from "graphology";
import { buildGraph } from "../src/pipeline/build.js";
import { writeGraphOutputs } from "../src/io/graph-files.js";
import { GEXF_CHECK, ROOT, SEEDS, hasGexfCheck, lexicon, scratchFolders } from "./helpers.js";
// The scorer and gold set are copied from ../shared/eval so that a clone without ../shared runs this test.
import { score } from "./fixtures/eval/score.mjs";

const scratch = scratchFolders();

const gold = JSON.parse(readFileSync(join(ROOT, "tests", "fixtures", "eval", "seeds-gold.json"), "utf8"));
let out: string;

beforeAll(async () => {
  out = scratch("seeds");
  const { graph } = await buildGraph({ paths: [SEEDS], lexicon });
  await writeGraphOutputs(graph, out);
});

describe("the seed corpus", () => {
  it("scores entity F1 ≥ 0.95 and claim F1 ≥ 0.85 with every quote found in its document and labels that read", () => {
    const result = score(JSON.parse(readFileSync(join(out, "graph.json"), "utf8")), gold, SEEDS);
    expect(result.entities.f1).toBeGreaterThanOrEqual(0.95);
    expect(result.claims.f1).toBeGreaterThanOrEqual(0.85);
    expect(result.evidence_ok).toBe(1);
    expect(result.labels_ok).toBeGreaterThanOrEqual(0.97);
  });

  it("builds byte-identical files twice", async () => {
    const again = scratch("seeds");
    const { graph } = await buildGraph({ paths: [SEEDS], lexicon });
    await writeGraphOutputs(graph, again);
    for (const file of ["graph.json", "graph.gexf"]) expect(readFileSync(join(again, file), "utf8")).toBe(readFileSync(join(out, file), "utf8"));
  });

  it("writes GEXF that graphology reads back with the same counts", () => {
    const json = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    const back = gexf.parse(Graph, readFileSync(join(out, "graph.gexf"), "utf8"));
    expect(back.order).toBe(json.nodes.length);
    expect(back.size).toBe(json.edges.length);
  });

  it.skipIf(!hasGexfCheck)("writes GEXF 1.3 valid against the official schema and read by networkx (needs ../shared/gexf)", () => {
    const check = spawnSync(GEXF_CHECK, [join(out, "graph.gexf")], { encoding: "utf8" });
    expect(check.stdout + check.stderr).toContain("RESULT: PASS");
    expect(check.status).toBe(0);
  });

  it("puts Russia's demand and Ukraine's rejection of the Donbas withdrawal on one position node", () => {
    const json = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    type Edge = { source: string; target: string; attributes: { relation: string } };
    const donbas = (e: Edge) => /withdrawal .*Donbass?\b/.test(json.nodes.find((n: { key: string }) => n.key === e.target)?.attributes.label ?? "");
    const held = (actor: string, relation: string) => new Set(json.edges.filter((e: Edge) => e.source === actor && e.attributes.relation === relation && donbas(e)).map((e: Edge) => e.target));
    const demanded = held("state:RUS", "demanded");
    const rejected = held("state:UKR", "rejected");
    expect(demanded.size).toBe(1);
    expect([...demanded]).toEqual([...rejected]);
  });

  it("keeps the published date on evidence", () => {
    const json = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    const dated = json.edges.flatMap((e: { attributes: { evidence: { doc: string; date?: string }[] } }) => e.attributes.evidence).filter((e: { doc: string }) => e.doc.startsWith("000_"));
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.every((e: { date?: string }) => e.date === "2025-12-07")).toBe(true);
  });

  it("dates the page whose wire dateline has no year by the corpus's dated page", () => {
    const json = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    // 004's dateline is "LONDON, United Kingdom, Dec 7 —"; its only year, "2026 G20 Presidency", is in a related-story box.
    const evidence = json.edges.flatMap((e: { attributes: { evidence: { doc: string; date?: string }[] } }) => e.attributes.evidence).filter((e: { doc: string }) => e.doc.startsWith("004_"));
    expect(evidence.length).toBeGreaterThan(0);
    expect(new Set(evidence.map((e: { date?: string }) => e.date))).toEqual(new Set(["2025-12-07"]));
  });
});

if (!hasGexfCheck) console.warn(`skipping the GEXF schema check: ${GEXF_CHECK} is missing (it comes with ../shared)`);
