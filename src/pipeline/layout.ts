/** Positions and sizes at build time so that Gephi and the viewer open the graph laid out. */
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { KnowledgeGraph } from "../model/graph.js";
import { KIND_COLORS, nodeSize, rgb } from "../model/appearance.js";

const GOLDEN_ANGLE = 2.399963;
const NOVERLAP_MARGIN = 4;
/** A small graph, whose viewer labels every node, keeps more room between discs for the labels. */
const SMALL_GRAPH = 150;
const SMALL_GRAPH_MARGIN = 9;

/**
 * Above this many nodes, those without an edge (79 % of the Brown corpus's graph: names that hold
 * no stance) are set on rings around the others rather than laid out with them: forces have
 * nothing to say about them, and they made up most of the layout's time.
 */
export const SEPARATE_UNLINKED_ABOVE = 2000;

/** Deterministic start: a point on a spiral from the node's rank in key order. */
export function layoutGraph(graph: KnowledgeGraph, iterations = 300): void {
  const keys = graph.nodes().sort();
  keys.forEach((key, rank) => {
    const radius = 10 * Math.sqrt(rank + 1);
    graph.mergeNodeAttributes(key, { x: radius * Math.cos(rank * GOLDEN_ANGLE), y: radius * Math.sin(rank * GOLDEN_ANGLE) });
  });
  graph.forEachNode((key, attributes) => graph.mergeNodeAttributes(key, { size: nodeSize(attributes.mentions, graph.degree(key)), color: rgb(KIND_COLORS[attributes.kind]) }));
  const unlinked = graph.order > SEPARATE_UNLINKED_ABOVE ? keys.filter((key) => graph.degree(key) === 0) : [];
  const linked = unlinked.length ? graph.copy() : graph;
  for (const key of unlinked) linked.dropNode(key);
  if (linked.order > 1) {
    const settings = forceAtlas2.inferSettings(linked);
    // Exact forces cost the square of the order per iteration: larger graphs take Barnes-Hut's approximation and fewer rounds.
    const rounds = linked.order > 5000 ? 60 : linked.order > 1000 ? 100 : iterations;
    forceAtlas2.assign(linked, { iterations: rounds, settings: { ...settings, barnesHutOptimize: linked.order > 1000 } });
    // ForceAtlas2 leaves discs on top of each other (Putin on Russia, Donetsk on Donbas): noverlap spreads them by their sizes.
    const margin = linked.order <= SMALL_GRAPH ? SMALL_GRAPH_MARGIN : NOVERLAP_MARGIN;
    if (linked.order <= 20_000) noverlap.assign(linked, { maxIterations: 100, settings: { margin, ratio: 1.2 } });
  }
  if (unlinked.length) {
    linked.forEachNode((key, { x, y }) => graph.mergeNodeAttributes(key, { x, y }));
    ringAround(graph, linked, unlinked);
  }
  graph.forEachNode((key, attributes) => graph.mergeNodeAttributes(key, { x: Math.round(attributes.x! * 100) / 100, y: Math.round(attributes.y! * 100) / 100 }));
}

/**
 * The unlinked nodes, in key order, on a sunflower (Vogel) spiral in the ring around the linked
 * ones: each takes an equal share of the ring's area, wide enough for the largest disc, so none overlap.
 */
function ringAround(graph: KnowledgeGraph, linked: KnowledgeGraph, unlinked: readonly string[]): void {
  let cx = 0;
  let cy = 0;
  linked.forEachNode((_key, { x, y }) => {
    cx += x! / linked.order;
    cy += y! / linked.order;
  });
  let inner = 0;
  linked.forEachNode((_key, { x, y, size }) => (inner = Math.max(inner, Math.hypot(x! - cx, y! - cy) + size!)));
  const spacing = 2 * (Math.max(...unlinked.map((key) => graph.getNodeAttribute(key, "size")!)) + NOVERLAP_MARGIN);
  unlinked.forEach((key, k) => {
    const radius = Math.sqrt((inner + spacing) ** 2 + (k * spacing * spacing * 4) / Math.PI);
    graph.mergeNodeAttributes(key, { x: cx + radius * Math.cos(k * GOLDEN_ANGLE), y: cy + radius * Math.sin(k * GOLDEN_ANGLE) });
  });
}
