/** Alignments: agreements and disagreements between actors, on crafted graphs and on the seed graph. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createKnowledgeGraph, type KnowledgeGraph, type Relation } from "../src/model/graph.js";
import { alignmentsOf, computeAlignments } from "../src/query/alignments.js";
import { loadGraphFile } from "../src/io/graph-files.js";
import { ROOT, SEEDS, scratchFolders } from "./helpers.js";

const scratch = scratchFolders();

/** Russia and its president Putin demand a withdrawal Ukraine and France reject; France and Ukraine both want talks. */
function crafted(): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  const node = (key: string, kind: "person" | "state" | "position", title?: string) => graph.addNode(key, { label: key.split(":")[1]!, kind, aliases: [], mentions: 3, docs: ["a.txt"], ...(title ? { title } : {}) });
  node("state:Russia", "state");
  node("state:Ukraine", "state");
  node("state:France", "state");
  node("person:Putin", "person", "President");
  node("position:withdrawal", "position");
  node("position:talks", "position");
  const edge = (source: string, relation: Relation, target: string, quotes: string[]) =>
    graph.addEdgeWithKey(`${relation}:${source}->${target}`, source, target, { relation, evidence: quotes.map((quote) => ({ doc: "a.txt", quote })), weight: quotes.length, confidence: 0.9 });
  edge("person:Putin", "affiliated_with", "state:Russia", ["President Putin of Russia"]);
  edge("state:Russia", "demanded", "position:withdrawal", ["Moscow demanded the withdrawal.", "Russia repeated its demand."]);
  edge("person:Putin", "demanded", "position:withdrawal", ["Putin demanded the withdrawal."]);
  edge("state:Ukraine", "rejected", "position:withdrawal", ["Kyiv rejected the withdrawal.", "Ukraine said no again.", "A third refusal."]);
  edge("state:France", "rejected", "position:withdrawal", ["Paris rejected it."]);
  edge("state:France", "demanded", "position:talks", ["France called for talks."]);
  edge("state:Ukraine", "proposed", "position:talks", ["Ukraine offered talks."]);
  return graph;
}

describe("alignments", () => {
  it("pairs actors over the positions both hold a stance on: agreement when both are for or both against, disagreement otherwise", () => {
    const pairs = computeAlignments(crafted());
    const pair = (a: string, b: string) => pairs.find((p) => p.aLabel === a && p.bLabel === b);
    expect(pair("France", "Ukraine")).toMatchObject({ agreement: 2, disagreement: 0 });
    expect(pair("France", "Ukraine")!.agreements.map((s) => s.label).sort()).toEqual(["talks", "withdrawal"]);
    // Weighted by evidence: the weaker side of each shared position (Russia 2 quotes, Ukraine 3).
    expect(pair("Russia", "Ukraine")).toMatchObject({ agreement: 0, disagreement: 2 });
    expect(pair("Russia", "Ukraine")!.disagreements[0]).toMatchObject({ label: "withdrawal", a: { relation: "demanded" }, b: { relation: "rejected" } });
  });

  it("never pairs a leader with the state he speaks for, and counts his own stances against others", () => {
    const pairs = computeAlignments(crafted());
    expect(pairs.find((p) => [p.aLabel, p.bLabel].includes("Putin") && [p.aLabel, p.bLabel].includes("Russia"))).toBeUndefined();
    expect(pairs.find((p) => p.aLabel === "Putin" && p.bLabel === "Ukraine")).toMatchObject({ disagreement: 1, agreement: 0 });
  });

  it("lists one actor's allies and opponents, strongest first, each position with both stances and their quotes", () => {
    const ukraine = alignmentsOf(crafted(), "state:Ukraine");
    expect(ukraine.allies.map((c) => c.label)).toEqual(["France"]);
    expect(ukraine.opponents.map((c) => c.label)).toEqual(["Russia", "Putin"]);
    const russia = ukraine.opponents[0]!;
    expect(russia.disagreements[0]).toMatchObject({ label: "withdrawal", own: { relation: "rejected" }, theirs: { relation: "demanded" } });
    expect(russia.disagreements[0]!.own.evidence.map((e) => e.quote)).toContain("Kyiv rejected the withdrawal.");
  });

  it("takes only actors, never a position, as one side of a pair", () => {
    const graph = crafted();
    graph.addEdgeWithKey("demanded:position:talks->position:withdrawal", "position:talks", "position:withdrawal", { relation: "demanded", evidence: [{ doc: "a.txt", quote: "q" }], weight: 1, confidence: 0.5 });
    expect(computeAlignments(graph).some((p) => p.aKind === "position" || p.bKind === "position")).toBe(false);
  });

  it("counts only the edges of the current view", () => {
    const graph = crafted();
    const view = new Set(graph.edges().filter((e) => !e.includes("talks")));
    expect(computeAlignments(graph, { within: { edges: view } }).find((p) => p.aLabel === "France" && p.bLabel === "Ukraine")).toMatchObject({ agreement: 1 });
  });
});

describe("alignments on the seed graph", () => {
  let graphFile: string;
  beforeAll(() => {
    const out = scratch("alignments");
    const built = spawnSync(process.execPath, [join(ROOT, "bin", "kg.js"), "build", SEEDS, "--out", out, "--no-layout", "--no-cache"], { encoding: "utf8" });
    expect(built.status, built.stderr).toBe(0);
    graphFile = join(out, "graph.json");
  });

  it("has Russia and Ukraine disagree on the Donbas withdrawal", async () => {
    const graph = await loadGraphFile(graphFile);
    const russia = alignmentsOf(graph, "state:RUS");
    const ukraine = russia.opponents.find((c) => c.node === "state:UKR");
    expect(ukraine?.disagreements.map((p) => p.label)).toEqual([expect.stringMatching(/withdrawal .*Donbas/)]);
    expect(ukraine?.disagreements[0]).toMatchObject({ own: { relation: "demanded" }, theirs: { relation: "rejected" } });
  });

  it("prints them from `kg alignments`, and every pair with --json", () => {
    const kg = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, "bin", "kg.js"), ...args], { encoding: "utf8" });
    const text = kg("alignments", "russia", "--graph", graphFile, "--evidence");
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/opponents:\n\s+Ukraine \(state\): agree on 0 \(weight 0\), disagree on 1/);
    expect(text.stdout).toMatch(/disagree: withdrawal .*\(Russia for, Ukraine against\)/);
    expect(text.stdout).toMatch(/“.*”/);
    const json = kg("alignments", "--json", "--graph", graphFile);
    const pairs = JSON.parse(json.stdout) as { aLabel: string; bLabel: string; disagreement: number }[];
    expect(pairs.some((p) => p.aLabel === "Russia" && p.bLabel === "Ukraine" && p.disagreement >= 1)).toBe(true);
    const unknown = kg("alignments", "atlantis", "--graph", graphFile);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/no node named "atlantis"/);
  });
});
