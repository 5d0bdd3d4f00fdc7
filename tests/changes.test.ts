/** Stances in time: an actor's change of side on a position, with both dates and quotes; undated evidence apart. */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createKnowledgeGraph, type Evidence, type KnowledgeGraph, type Relation } from "../src/model/graph.js";
import { graphToJson } from "../src/export/json.js";
import { queryNeighbours, stanceTimeline } from "../src/query/neighbours.js";
import { ROOT, scratchFolders } from "./helpers.js";

const scratch = scratchFolders();

/** The union demanded arbitration in March, rejected it in June, demanded it again in August; it backed a strike undated and never changed. */
function reversal(): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  const node = (key: string, kind: "organization" | "position") => graph.addNode(key, { label: key.split(":")[1]!, kind, aliases: [], mentions: 2, docs: ["a.txt"] });
  node("organization:union", "organization");
  node("position:arbitration", "position");
  node("position:strike", "position");
  node("position:audit", "position");
  const edge = (relation: Relation, target: string, evidence: Evidence[]) =>
    graph.addEdgeWithKey(`${relation}:organization:union->${target}`, "organization:union", target, { relation, evidence, weight: evidence.length, confidence: 0.9 });
  edge("demanded", "position:arbitration", [{ doc: "march.txt", quote: "The union demanded arbitration.", date: "2025-03-02" }, { doc: "august.txt", quote: "The union again called for arbitration.", date: "2025-08-20" }]);
  edge("rejected", "position:arbitration", [{ doc: "june.txt", quote: "The union rejected arbitration.", date: "2025-06-11" }, { doc: "blog.txt", quote: "Union leaders dismissed arbitration." }]);
  edge("demanded", "position:strike", [{ doc: "blog.txt", quote: "The union wants a strike." }]);
  edge("proposed", "position:audit", [{ doc: "x.txt", quote: "The union offered an audit." }]);
  edge("rejected", "position:audit", [{ doc: "y.txt", quote: "The union rejected the audit." }]);
  return graph;
}

describe("changes of side", () => {
  it("marks each change with both dates and quotes, in date order, and lists undated evidence apart", () => {
    const { changes } = queryNeighbours(reversal(), "organization:union");
    const arbitration = changes.filter((c) => c.label === "arbitration");
    expect(arbitration.map((c) => [c.from?.relation, c.from?.date, c.to?.relation, c.to?.date])).toEqual([
      ["demanded", "2025-03-02", "rejected", "2025-06-11"],
      ["rejected", "2025-06-11", "demanded", "2025-08-20"],
    ]);
    expect(arbitration[0]!.from!.quote).toBe("The union demanded arbitration.");
    expect(arbitration[0]!.undated).toEqual([{ relation: "rejected", doc: "blog.txt", quote: "Union leaders dismissed arbitration." }]);
  });

  it("never guesses an order: a position held both ways without dates has no from and to", () => {
    const audit = queryNeighbours(reversal(), "organization:union").changes.find((c) => c.label === "audit");
    expect(audit).toEqual({ position: "position:audit", label: "audit", undated: [{ relation: "proposed", doc: "x.txt", quote: "The union offered an audit." }, { relation: "rejected", doc: "y.txt", quote: "The union rejected the audit." }] });
    expect(queryNeighbours(reversal(), "organization:union").changes.some((c) => c.label === "strike")).toBe(false);
  });

  it("comes out of `kg neighbours --json` as `changes`, and as 'changed' lines in text", () => {
    const file = join(scratch("changes"), "graph.json");
    writeFileSync(file, graphToJson(reversal()));
    const kg = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, "bin", "kg.js"), ...args], { encoding: "utf8" });
    const json = JSON.parse(kg("neighbours", "union", "--graph", file, "--json").stdout) as { changes: { label: string }[] };
    expect(json.changes.map((c) => c.label)).toEqual(["audit", "arbitration", "arbitration"]);
    const text = kg("neighbours", "union", "--graph", file, "--evidence").stdout;
    expect(text).toContain("changed: arbitration: demanded 2025-03-02 → rejected 2025-06-11");
    expect(text).toContain("changed: audit: both ways, undated");
    expect(text).toContain("“Union leaders dismissed arbitration.” (blog.txt, undated)");
  });
});

describe("the timeline", () => {
  it("lists an actor's dated quotes in date order and its undated ones apart", () => {
    const { dated, undated } = stanceTimeline(reversal(), "organization:union");
    expect(dated.map((e) => [e.date, e.relation, e.label])).toEqual([
      ["2025-03-02", "demanded", "arbitration"],
      ["2025-06-11", "rejected", "arbitration"],
      ["2025-08-20", "demanded", "arbitration"],
    ]);
    expect(undated.map((e) => e.quote)).toEqual(["Union leaders dismissed arbitration.", "The union offered an audit.", "The union rejected the audit.", "The union wants a strike."]);
  });
  it("gives a position who took which side when", () => {
    const { dated } = stanceTimeline(reversal(), "position:arbitration");
    expect(dated.map((e) => [e.date, e.label, e.relation])).toEqual([
      ["2025-03-02", "union", "demanded"],
      ["2025-06-11", "union", "rejected"],
      ["2025-08-20", "union", "demanded"],
    ]);
  });
});
