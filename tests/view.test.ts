/** The viewer's pure parts, on the seed graph: search suggestions, filters and the URL hash. */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../src/model/graph.js";
import { loadGraphFile } from "../src/io/graph-files.js";
import { SearchIndex } from "../src/query/search.js";
import { DEFAULT_FILTERS, computeVisibleView, dateSpan, evidenceInView, visibleSubgraph } from "../src/view/filters.js";
import { decodeViewState, encodeViewState } from "../src/view/hash.js";
import { cellKey, stanceMatrix } from "../src/view/matrix.js";
import { changedClaims, claimsToCsv, listClaims, searchClaims, sortClaims, type ClaimRow } from "../src/view/claims.js";
import { actorsBehind } from "../src/query/neighbours.js";
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
  it("shows stances first by default: no 'concerns' links and no unlinked node, with counts by kind and relation", () => {
    const view = computeVisibleView(graph, DEFAULT_FILTERS);
    expect(view.edgesByRelation.concerns).toBe(0);
    expect(view.edges.size).toBe(graph.filterEdges((_e, a) => a.relation !== "concerns").length);
    for (const node of view.nodes) expect(graph.edges(node).some((e) => view.edges.has(e))).toBe(true);
    expect(view.edgesByRelation.rejected).toBe(graph.filterEdges((_e, a) => a.relation === "rejected").length);
  });

  it("shows everything with the context on", () => {
    const view = computeVisibleView(graph, { ...DEFAULT_FILTERS, context: true });
    expect(view.edges.size).toBe(graph.size);
    expect(view.nodes.size).toBe(graph.filterNodes((n, a) => a.kind !== "position" || graph.degree(n) > 0).length);
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
    expect(view.docs).toEqual(new Set([doc]));
    const strong = computeVisibleView(graph, { ...DEFAULT_FILTERS, minWeight: 2, minConfidence: 0.5 });
    for (const edge of strong.edges) expect(graph.getEdgeAttribute(edge, "weight")).toBeGreaterThanOrEqual(2);
    expect(strong.edges.size).toBeLessThan(graph.size);
  });

  it("keeps to a date range: edges with evidence dated in it, and only that evidence", () => {
    const span = dateSpan(graph)!;
    expect(span.first <= span.last).toBe(true);
    const view = computeVisibleView(graph, { ...DEFAULT_FILTERS, from: span.last, to: span.last });
    expect(view.edges.size).toBeGreaterThan(0);
    for (const edge of view.edges) {
      const shown = evidenceInView(view, graph.getEdgeAttribute(edge, "evidence"));
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((e) => e.date === span.last)).toBe(true);
    }
    expect(computeVisibleView(graph, { ...DEFAULT_FILTERS, to: "1900-01-01" }).edges.size).toBe(0);
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
    const state = { selected: "state:RUS", filters: { relations: ["rejected" as const], kinds: ["person" as const, "position" as const], docs: ["c,d.html", "a b.txt"], minWeight: 2, minConfidence: 0.35, context: true, from: "2025-12-01", to: "2025-12-31" } };
    expect(decodeViewState(encodeViewState(state), exists, docs)).toEqual(state);
  });

  it("drops what the loaded graph does not have, and clamps numbers", () => {
    const state = decodeViewState("#node=person%3Aghost&rel=rejected,bogus&kind=alien&doc=missing.txt&w=-4&c=7&from=yesterday", exists, docs);
    expect(state).toEqual({ filters: { relations: ["rejected"], kinds: [], docs: [], minWeight: 0, minConfidence: 1, context: false } });
    expect(decodeViewState("#%%%garbage", exists, docs).filters).toEqual({ ...DEFAULT_FILTERS });
  });
});

describe("the stance matrix", () => {
  it("crosses actors and positions, most contested position first, and marks a leader's cell held as the state", () => {
    const matrix = stanceMatrix(graph, computeVisibleView(graph, DEFAULT_FILTERS));
    const stances = graph.filterEdges((_e, a) => a.relation === "demanded" || a.relation === "rejected" || a.relation === "proposed");
    expect(new Set(matrix.positions.map((p) => p.node))).toEqual(new Set(stances.map((e) => graph.target(e))));
    const contested = (p: { supporters: number; opponents: number }) => Math.min(p.supporters, p.opponents);
    for (let i = 1; i < matrix.positions.length; i++) expect(contested(matrix.positions[i - 1]!)).toBeGreaterThanOrEqual(contested(matrix.positions[i]!));
    const withdrawal = matrix.positions.find((p) => /withdraw\w* .*Donbas/.test(p.label))!;
    const zelensky = matrix.cells.get(cellKey("person:volodymyr-zelensky", withdrawal.node));
    expect(zelensky).toMatchObject({ relations: ["rejected"], via: "Ukraine" });
    expect(matrix.cells.get(cellKey("state:UKR", withdrawal.node))).toMatchObject({ relations: ["rejected"] });
    expect(matrix.cells.get(cellKey("state:UKR", withdrawal.node))?.via).toBeUndefined();
  });

  it("follows the filters: an unticked relation leaves no cell", () => {
    const matrix = stanceMatrix(graph, computeVisibleView(graph, { ...DEFAULT_FILTERS, relations: ["demanded", "proposed"] }));
    expect([...matrix.cells.values()].some((c) => c.relations.includes("rejected"))).toBe(false);
  });
});

describe("the claims table", () => {
  it("lists one row per stance and quote, with the headline of its document", () => {
    const rows = listClaims(graph, computeVisibleView(graph, DEFAULT_FILTERS));
    const quotes = graph.filterEdges((_e, a) => a.relation === "demanded" || a.relation === "rejected" || a.relation === "proposed").reduce((n, e) => n + graph.getEdgeAttribute(e, "evidence").length, 0);
    expect(rows.length).toBe(quotes);
    expect(rows.some((r) => r.docTitle !== r.doc && /Zelensky/.test(r.docTitle))).toBe(true);
  });

  it("keeps quotes from the ticked documents only", () => {
    const doc = graph.getAttribute("documents")![2]!;
    const rows = listClaims(graph, computeVisibleView(graph, { ...DEFAULT_FILTERS, docs: [doc] }));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.doc === doc)).toBe(true);
  });

  it("searches every word in any column, ignoring case and accents, and sorts each way", () => {
    const rows = listClaims(graph, computeVisibleView(graph, DEFAULT_FILTERS));
    const found = searchClaims(rows, "RUSSIA donbas");
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => /russia/i.test(`${r.actorLabel} ${r.positionLabel} ${r.quote} ${r.docTitle}`) && /donbas/i.test(`${r.actorLabel} ${r.positionLabel} ${r.quote} ${r.docTitle}`))).toBe(true);
    const byConfidence = sortClaims(rows, { column: "confidence", descending: true });
    for (let i = 1; i < byConfidence.length; i++) expect(byConfidence[i - 1]!.confidence).toBeGreaterThanOrEqual(byConfidence[i]!.confidence);
    expect(sortClaims(rows, { column: "actor", descending: false })).toEqual(sortClaims([...rows].reverse(), { column: "actor", descending: false }));
  });

  it("keeps, with 'changed', only the claims of actors that took both sides of one position", () => {
    const rows = listClaims(graph, computeVisibleView(graph, DEFAULT_FILTERS));
    const row = (actor: string, relation: ClaimRow["relation"], position: string) => ({ ...rows[0]!, actor, relation, position, edge: `${relation}:${actor}->${position}` });
    const crafted = [row("a", "demanded", "p"), row("a", "rejected", "p"), row("a", "proposed", "q"), row("b", "demanded", "p"), row("b", "proposed", "p")];
    expect(changedClaims(crafted).map((r) => `${r.actor} ${r.relation} ${r.position}`)).toEqual(["a demanded p", "a rejected p"]);
  });

  it("exports CSV that a spreadsheet reads back cell for cell, formulas neutralised", () => {
    const rows = listClaims(graph, computeVisibleView(graph, DEFAULT_FILTERS)).slice(0, 3);
    rows[0] = { ...rows[0]!, quote: '=HYPERLINK("x"), he said, "no"' };
    const csv = claimsToCsv(rows);
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe("actor,actor_kind,relation,position,quote,document,headline,outlet,date,confidence");
    expect(lines.length).toBe(4);
    expect(csv).toContain(`"'=HYPERLINK(""x""), he said, ""no"""`);
  });
});

describe("who wants what about a place", () => {
  it("lists the actors behind the positions that concern it", () => {
    const donbas = graph.findNode((_n, a) => a.kind === "place" && a.label === "Donbas")!;
    const behind = actorsBehind(graph, donbas);
    expect(behind.some((b) => b.actorLabel === "Ukraine" && b.relation === "rejected")).toBe(true);
    expect(behind.every((b) => graph.hasEdge(b.position, donbas) || graph.someEdge(b.position, donbas, () => true))).toBe(true);
  });
});
