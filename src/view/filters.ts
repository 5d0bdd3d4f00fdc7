/**
 * What the current view shows: filters over relations, kinds, documents, weight and confidence.
 * Computed once per filter change into sets, so that sigma's reducers only test membership. The
 * graph, the side panel, the stance matrix and the claims table all read this one view.
 */
import { createKnowledgeGraph, NODE_KINDS, RELATIONS, type Evidence, type KnowledgeGraph, type NodeKind, type Relation } from "../model/graph.js";

export interface ViewFilters {
  relations: Relation[];
  kinds: NodeKind[];
  /** Documents whose nodes and evidence are shown; empty means every document. */
  docs: string[];
  minWeight: number;
  minConfidence: number;
  /** Also show "concerns" links and nodes with no link shown; off by default, so stances come first. */
  context: boolean;
  /** Publication dates (YYYY-MM-DD, inclusive) of the evidence shown; undated evidence is left out while either is set. */
  from?: string;
  to?: string;
}

export const DEFAULT_FILTERS: Readonly<ViewFilters> = Object.freeze({
  relations: [...RELATIONS],
  kinds: [...NODE_KINDS],
  docs: [],
  minWeight: 1,
  minConfidence: 0,
  context: false,
});

export interface VisibleView {
  nodes: Set<string>;
  edges: Set<string>;
  nodesByKind: Record<NodeKind, number>;
  edgesByRelation: Record<Relation, number>;
  /** The documents ticked; undefined when every document is shown. */
  docs?: ReadonlySet<string>;
  /** The date range, when one is set. */
  dates?: { from?: string; to?: string };
}

/** The evidence of an edge that the view shows: from the ticked documents and the date range only. */
export function evidenceInView(view: Pick<VisibleView, "docs" | "dates">, evidence: readonly Evidence[]): Evidence[] {
  return view.docs || view.dates ? evidence.filter((e) => shows(view, e)) : [...evidence];
}

/** Whether the view's documents and date range take in one evidence item. */
function shows({ docs, dates }: Pick<VisibleView, "docs" | "dates">, { doc, date }: Evidence): boolean {
  if (docs && !docs.has(doc)) return false;
  return !dates || (date !== undefined && (dates.from === undefined || date >= dates.from) && (dates.to === undefined || date <= dates.to));
}

/** The first and last publication dates of the graph's evidence, or undefined when nothing is dated. */
export function dateSpan(graph: KnowledgeGraph): { first: string; last: string } | undefined {
  let first: string | undefined;
  let last: string | undefined;
  graph.forEachEdge((_e, a) => {
    for (const { date } of a.evidence) {
      if (date === undefined) continue;
      if (first === undefined || date < first) first = date;
      if (last === undefined || date > last) last = date;
    }
  });
  return first !== undefined && last !== undefined ? { first, last } : undefined;
}

/**
 * An edge is shown when its relation is ticked, it is strong and sure enough, it has evidence in a
 * chosen document, and both ends are shown; "concerns" links only with the context on. A position
 * is shown only while a shown edge reaches it (without its stances it would float unexplained), and
 * without the context no node is shown alone.
 */
export function computeVisibleView(graph: KnowledgeGraph, filters: ViewFilters): VisibleView {
  const kinds = new Set(filters.kinds);
  const relations = new Set(filters.relations);
  const docs = filters.docs.length ? new Set(filters.docs) : undefined;
  const dates = filters.from !== undefined || filters.to !== undefined ? { from: filters.from, to: filters.to } : undefined;
  const candidates = new Set<string>();
  graph.forEachNode((node, a) => {
    if (kinds.has(a.kind) && (!docs || a.docs.some((d) => docs.has(d)))) candidates.add(node);
  });
  const edges = new Set<string>();
  const reached = new Set<string>();
  graph.forEachEdge((edge, a, source, target) => {
    if (!relations.has(a.relation) || (a.relation === "concerns" && !filters.context) || a.weight < filters.minWeight || a.confidence < filters.minConfidence) return;
    if (!candidates.has(source) || !candidates.has(target)) return;
    if ((docs || dates) && !a.evidence.some((e) => shows({ docs, dates }, e))) return;
    edges.add(edge);
    reached.add(source).add(target);
  });
  const nodes = new Set<string>();
  for (const node of candidates) if (reached.has(node) || (filters.context && graph.getNodeAttribute(node, "kind") !== "position")) nodes.add(node);
  const nodesByKind = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
  for (const node of nodes) nodesByKind[graph.getNodeAttribute(node, "kind")]++;
  const edgesByRelation = Object.fromEntries(RELATIONS.map((r) => [r, 0])) as Record<Relation, number>;
  for (const edge of edges) edgesByRelation[graph.getEdgeAttribute(edge, "relation")]++;
  return { nodes, edges, nodesByKind, edgesByRelation, ...(docs ? { docs } : {}), ...(dates ? { dates } : {}) };
}

/** The shown part as a graph of its own, for exporting the current view. */
export function visibleSubgraph(graph: KnowledgeGraph, view: VisibleView): KnowledgeGraph {
  const sub: KnowledgeGraph = createKnowledgeGraph();
  sub.replaceAttributes({ ...graph.getAttributes() });
  for (const node of view.nodes) sub.addNode(node, { ...graph.getNodeAttributes(node) });
  for (const edge of view.edges) sub.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), { ...graph.getEdgeAttributes(edge) });
  return sub;
}
