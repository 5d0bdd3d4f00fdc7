/** Graph statistics: counts, top actors by degree and PageRank, Louvain communities. */
import louvain from "graphology-communities-louvain";
import pagerank from "graphology-metrics/centrality/pagerank.js";
import type { KnowledgeGraph, NodeKind, Relation } from "../model/graph.js";

export interface GraphStats {
  nodes: number;
  edges: number;
  byKind: Partial<Record<NodeKind, number>>;
  byRelation: Partial<Record<Relation, number>>;
  topByDegree: { node: string; label: string; degree: number }[];
  topByPageRank: { node: string; label: string; pagerank: number }[];
  communities: number;
}

const ACTORS = new Set(["person", "state", "organization"]);

/** Computes the statistics and stores each node's Louvain community as its `community` attribute. */
export function computeStats(graph: KnowledgeGraph, top = 10): GraphStats {
  const byKind: GraphStats["byKind"] = {};
  const byRelation: GraphStats["byRelation"] = {};
  graph.forEachNode((_k, a) => (byKind[a.kind] = (byKind[a.kind] ?? 0) + 1));
  graph.forEachEdge((_k, a) => (byRelation[a.relation] = (byRelation[a.relation] ?? 0) + 1));
  let communities = 0;
  if (graph.size > 0) {
    // Louvain is seeded so that the same graph gets the same communities.
    const assignment = louvain(graph, { rng: seededRandom(42), getEdgeWeight: "weight" });
    for (const [node, community] of Object.entries(assignment)) graph.setNodeAttribute(node, "community", community);
    communities = new Set(Object.values(assignment)).size;
  }
  const ranks = graph.size > 0 ? pagerank(graph, { getEdgeWeight: "weight" }) : {};
  const actors = graph.filterNodes((_k, a) => ACTORS.has(a.kind));
  const label = (node: string) => graph.getNodeAttribute(node, "label");
  const topByDegree = actors
    .map((node) => ({ node, label: label(node), degree: graph.degree(node) }))
    .sort((a, b) => b.degree - a.degree || (a.label < b.label ? -1 : 1))
    .slice(0, top);
  const topByPageRank = actors
    .map((node) => ({ node, label: label(node), pagerank: Math.round((ranks[node] ?? 0) * 1e4) / 1e4 }))
    .sort((a, b) => b.pagerank - a.pagerank || (a.label < b.label ? -1 : 1))
    .slice(0, top);
  return { nodes: graph.order, edges: graph.size, byKind, byRelation, topByDegree, topByPageRank, communities };
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
