/**
 * What the current view shows: filters over relations, kinds, documents, weight and confidence.
 * Computed once per filter change into sets, so that sigma's reducers only test membership.
 */
import { createKnowledgeGraph, NODE_KINDS, RELATIONS, type KnowledgeGraph, type NodeKind, type Relation } from "../model/graph.js";

export interface ViewFilters {
  relations: Relation[];
  kinds: NodeKind[];
  /** Documents whose nodes and evidence are shown; empty means every document. */
  docs: string[];
  minWeight: number;
  minConfidence: number;
}

export const DEFAULT_FILTERS: Readonly<ViewFilters> = Object.freeze({
  relations: [...RELATIONS],
  kinds: [...NODE_KINDS],
  docs: [],
  minWeight: 1,
  minConfidence: 0,
});

export interface VisibleView {
  nodes: Set<string>;
  edges: Set<string>;
  nodesByKind: Record<NodeKind, number>;
  edgesByRelation: Record<Relation, number>;
}

/**
 * An edge is shown when its relation is ticked, it is strong and sure enough, it has evidence in a
 * chosen document, and both ends are shown. A position is shown only while a shown edge reaches it:
 * without its stances it would float unexplained.
 */
export function computeVisibleView(graph: KnowledgeGraph, filters: ViewFilters): VisibleView {
  const kinds = new Set(filters.kinds);
  const relations = new Set(filters.relations);
  const docs = filters.docs.length ? new Set(filters.docs) : undefined;
  const candidates = new Set<string>();
  graph.forEachNode((node, a) => {
    if (kinds.has(a.kind) && (!docs || a.docs.some((d) => docs.has(d)))) candidates.add(node);
  });
  const edges = new Set<string>();
  const reached = new Set<string>();
  graph.forEachEdge((edge, a, source, target) => {
    if (!relations.has(a.relation) || a.weight < filters.minWeight || a.confidence < filters.minConfidence) return;
    if (!candidates.has(source) || !candidates.has(target)) return;
    if (docs && !a.evidence.some((e) => docs.has(e.doc))) return;
    edges.add(edge);
    reached.add(source).add(target);
  });
  const nodes = new Set<string>();
  for (const node of candidates) if (graph.getNodeAttribute(node, "kind") !== "position" || reached.has(node)) nodes.add(node);
  for (const edge of edges) if (!nodes.has(graph.source(edge)) || !nodes.has(graph.target(edge))) edges.delete(edge);
  const nodesByKind = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
  for (const node of nodes) nodesByKind[graph.getNodeAttribute(node, "kind")]++;
  const edgesByRelation = Object.fromEntries(RELATIONS.map((r) => [r, 0])) as Record<Relation, number>;
  for (const edge of edges) edgesByRelation[graph.getEdgeAttribute(edge, "relation")]++;
  return { nodes, edges, nodesByKind, edgesByRelation };
}

/** The shown part as a graph of its own, for exporting the current view. */
export function visibleSubgraph(graph: KnowledgeGraph, view: VisibleView): KnowledgeGraph {
  const sub: KnowledgeGraph = createKnowledgeGraph();
  sub.replaceAttributes({ ...graph.getAttributes() });
  for (const node of view.nodes) sub.addNode(node, { ...graph.getNodeAttributes(node) });
  for (const edge of view.edges) sub.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), { ...graph.getEdgeAttributes(edge) });
  return sub;
}
