/** Positions and sizes at build time so that Gephi and the viewer open the graph laid out. */
import forceAtlas2 from "graphology-layout-forceatlas2";
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
  graph.forEachNode((key, attributes) => {
    graph.mergeNodeAttributes(key, {
      x: Math.round(attributes.x! * 100) / 100,
      y: Math.round(attributes.y! * 100) / 100,
      size: nodeSize(attributes.mentions, graph.degree(key)),
      color: rgb(KIND_COLORS[attributes.kind]),
    });
  });
}
