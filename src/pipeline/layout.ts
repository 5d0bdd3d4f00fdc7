/** Positions and sizes at build time so that Gephi and the viewer open the graph laid out. */
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { KnowledgeGraph } from "../model/graph.js";
import { KIND_COLORS, nodeSize, rgb } from "../model/appearance.js";

/** Deterministic start: a point on a spiral from the node's rank in key order. */
export function layoutGraph(graph: KnowledgeGraph, iterations = 300): void {
  const keys = graph.nodes().sort();
  keys.forEach((key, rank) => {
    const angle = rank * 2.399963;
    const radius = 10 * Math.sqrt(rank + 1);
    graph.mergeNodeAttributes(key, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  if (graph.order > 1) {
    const settings = forceAtlas2.inferSettings(graph);
    forceAtlas2.assign(graph, { iterations: graph.order > 5000 ? 60 : iterations, settings: { ...settings, barnesHutOptimize: graph.order > 2000 } });
  }
  graph.forEachNode((key, attributes) => graph.mergeNodeAttributes(key, { size: nodeSize(attributes.mentions, graph.degree(key)), color: rgb(KIND_COLORS[attributes.kind]) }));
  // ForceAtlas2 leaves discs on top of each other (Putin on Russia, Donetsk on Donbas): noverlap spreads them by their sizes.
  if (graph.order > 1 && graph.order <= 20_000) noverlap.assign(graph, { maxIterations: 100, settings: { margin: 4, ratio: 1.2 } });
  graph.forEachNode((key, attributes) => graph.mergeNodeAttributes(key, { x: Math.round(attributes.x! * 100) / 100, y: Math.round(attributes.y! * 100) / 100 }));
}
