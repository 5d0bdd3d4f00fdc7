/** The build-time layout: deterministic, and on large graphs unlinked nodes ringed around the linked ones. */
import { describe, expect, it } from "vitest";
import { createKnowledgeGraph, type KnowledgeGraph } from "../src/model/graph.js";
import { SEPARATE_UNLINKED_ABOVE, layoutGraph } from "../src/pipeline/layout.js";

/** `linked` people in chains of stances on positions, and `unlinked` places no edge touches. */
function crafted(linked: number, unlinked: number): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  const node = (key: string, kind: "person" | "place" | "position", mentions: number) => graph.addNode(key, { label: key, kind, aliases: [], mentions, docs: ["a.txt"] });
  for (let i = 0; i < linked; i++) {
    node(`person:${i}`, "person", 1 + (i % 7));
    node(`position:${i}`, "position", 1);
    graph.addEdge(`person:${i}`, `position:${i}`, { relation: "demanded", evidence: [{ doc: "a.txt", quote: "q" }], weight: 1, confidence: 0.9 });
    if (i) graph.addEdge(`person:${i}`, `position:${i - 1}`, { relation: "rejected", evidence: [{ doc: "a.txt", quote: "q" }], weight: 1, confidence: 0.9 });
  }
  for (let i = 0; i < unlinked; i++) node(`place:${i}`, "place", 1 + (i % 13));
  return graph;
}

const positions = (graph: KnowledgeGraph) => graph.mapNodes((key, a) => [key, a.x, a.y, a.size]);

describe("layout", () => {
  it("gives every node a position, a size and a colour, the same on every run", () => {
    const first = crafted(30, 10);
    const second = crafted(30, 10);
    layoutGraph(first);
    layoutGraph(second);
    expect(positions(first)).toEqual(positions(second));
    first.forEachNode((_key, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect(a.size).toBeGreaterThan(0);
      expect(a.color).toMatch(/^rgb\(/);
    });
  });

  it(`sets the unlinked nodes of a graph over ${SEPARATE_UNLINKED_ABOVE} nodes on rings around the linked ones, no two discs overlapping`, () => {
    const graph = crafted(200, SEPARATE_UNLINKED_ABOVE);
    layoutGraph(graph);
    const linked = graph.filterNodes((key) => graph.degree(key) > 0).map((key) => graph.getNodeAttributes(key));
    const unlinked = graph.filterNodes((key) => graph.degree(key) === 0).map((key) => graph.getNodeAttributes(key));
    const cx = linked.reduce((sum, a) => sum + a.x!, 0) / linked.length;
    const cy = linked.reduce((sum, a) => sum + a.y!, 0) / linked.length;
    const extent = Math.max(...linked.map((a) => Math.hypot(a.x! - cx, a.y! - cy) + a.size!));
    // Rounded to hundredths, the centre may move by as much.
    for (const a of unlinked) expect(Math.hypot(a.x! - cx, a.y! - cy) - a.size!).toBeGreaterThan(extent - 0.1);
    let closest = Infinity;
    for (let i = 0; i < unlinked.length; i++) {
      for (let k = i + 1; k < unlinked.length; k++) {
        const [a, b] = [unlinked[i]!, unlinked[k]!];
        closest = Math.min(closest, Math.hypot(a.x! - b.x!, a.y! - b.y!) - a.size! - b.size!);
      }
    }
    expect(closest).toBeGreaterThanOrEqual(0);
  });
});
