/** The viewer's pure parts, on the seed graph: search suggestions, filters and the URL hash. */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../src/model/graph.js";
import { loadGraphFile } from "../src/io/graph-files.js";
import { SearchIndex } from "../src/query/search.js";
import { DEFAULT_FILTERS, computeVisibleView, visibleSubgraph } from "../src/view/filters.js";
import { decodeViewState, encodeViewState } from "../src/view/hash.js";
import { ROOT } from "./helpers.js";

let graph: KnowledgeGraph;
beforeAll(async () => {
  graph = await loadGraphFile(join(ROOT, "graph-data", "graph.json"));
});

describe("SearchIndex", () => {
  it("suggests by label or alias, ignoring case and diacritics, whole names first", () => {
    const index = new SearchIndex(graph);
    expect(index.suggest("zelenskyy")[0]).toMatchObject({ label: "Volodymyr Zelensky", kind: "person", matched: "Zelenskyy" });
    expect(index.suggest("ZELÉNSKY")[0]?.label).toBe("Volodymyr Zelensky");
    expect(index.suggest("kremlin")[0]).toMatchObject({ label: "Russia", kind: "state" });
    expect(index.suggest("put")[0]?.label).toBe("Vladimir Putin");
    expect(index.suggest("   ")).toEqual([]);
    expect(index.suggest("zzzz-nothing")).toEqual([]);
  });

  it("ranks actors before positions that mention them, and caps the list", () => {
    const suggestions = new SearchIndex(graph).suggest("ukrain", 5);
    expect(suggestions.length).toBeLessThanOrEqual(5);
    expect(suggestions[0]?.label).toBe("Ukraine");
  });
});

describe("computeVisibleView", () => {
  it("shows everything by default, with counts by kind and relation", () => {
    const view = computeVisibleView(graph, DEFAULT_FILTERS);
    expect(view.nodes.size).toBe(graph.order);
    expect(view.edges.size).toBe(graph.size);
    expect(view.edgesByRelation.rejected).toBe(graph.filterEdges((_e, a) => a.relation === "rejected").length);
  });

  it("drops a relation, and positions left without a shown edge", () => {
    const view = computeVisibleView(graph, { ...DEFAULT_FILTERS, relations: ["demanded"] });
    expect(view.edgesByRelation.rejected).toBe(0);
    for (const node of view.nodes) {
      if (graph.getNodeAttribute(node, "kind") === "position") expect(graph.edges(node).some((e) => view.edges.has(e))).toBe(true);
    }
    const onlyRejected = graph.filterNodes((n, a) => a.kind === "position" && graph.edges(n).every((e) => graph.getEdgeAttribute(e, "relation") !== "demanded"));
    expect(onlyRejected.some((n) => view.nodes.has(n))).toBe(false);
  });

  it("keeps to the chosen documents, and to the minimum weight and confidence", () => {
    const doc = graph.getAttribute("documents")![0]!;
    const view = computeVisibleView(graph, { ...DEFAULT_FILTERS, docs: [doc] });
    for (const edge of view.edges) expect(graph.getEdgeAttribute(edge, "evidence").some((e) => e.doc === doc)).toBe(true);
    const strong = computeVisibleView(graph, { ...DEFAULT_FILTERS, minWeight: 2, minConfidence: 0.5 });
    for (const edge of strong.edges) expect(graph.getEdgeAttribute(edge, "weight")).toBeGreaterThanOrEqual(2);
    expect(strong.edges.size).toBeLessThan(graph.size);
  });

  it("gives the shown part as a graph of its own for export", () => {
    const view = computeVisibleView(graph, { ...DEFAULT_FILTERS, kinds: ["person", "state", "position"] });
    const sub = visibleSubgraph(graph, view);
    expect([sub.order, sub.size]).toEqual([view.nodes.size, view.edges.size]);
    expect(sub.filterNodes((_n, a) => a.kind === "place")).toEqual([]);
  });
});

describe("view state in the URL hash", () => {
  const docs = new Set(["a b.txt", "c,d.html"]);
  const exists = (node: string) => node === "person:x" || node === "state:RUS";

  it("writes nothing for the defaults and round-trips every field", () => {
    expect(encodeViewState({ filters: { ...DEFAULT_FILTERS } })).toBe("");
    const state = { selected: "state:RUS", filters: { relations: ["rejected" as const], kinds: ["person" as const, "position" as const], docs: ["c,d.html", "a b.txt"], minWeight: 2, minConfidence: 0.35 } };
    expect(decodeViewState(encodeViewState(state), exists, docs)).toEqual(state);
  });

  it("drops what the loaded graph does not have, and clamps numbers", () => {
    const state = decodeViewState("#node=person%3Aghost&rel=rejected,bogus&kind=alien&doc=missing.txt&w=-4&c=7", exists, docs);
    expect(state).toEqual({ filters: { relations: ["rejected"], kinds: [], docs: [], minWeight: 0, minConfidence: 1 } });
    expect(decodeViewState("#%%%garbage", exists, docs).filters).toEqual({ ...DEFAULT_FILTERS });
  });
});
