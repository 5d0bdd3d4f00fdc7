/**
 * The one definition of the graph's node and edge attributes. The extractor, the CLI,
 * the exporters and the viewer all import these types; FORMAT.md documents them.
 */
import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";

export const ENTITY_KINDS = ["person", "state", "organization", "place"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export const NODE_KINDS = [...ENTITY_KINDS, "position"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** The three scored stance relations, actor → position. */
export const STANCE_RELATIONS = ["demanded", "rejected", "proposed"] as const;
export type StanceRelation = (typeof STANCE_RELATIONS)[number];

/** Demanding and proposing are for a position; rejecting is against it. */
export type Side = "for" | "against";

export const sideOf = (relation: StanceRelation): Side => (relation === "rejected" ? "against" : "for");

/** Every relation the builder writes. */
export const RELATIONS = [...STANCE_RELATIONS, "affiliated_with", "concerns"] as const;
export type Relation = (typeof RELATIONS)[number];

export interface Evidence {
  /** File name of the document, relative to the corpus folder. */
  doc: string;
  /** The exact sentence from the document. */
  quote: string;
  /** Publication date (YYYY-MM-DD) when the page states one. */
  date?: string;
}

export interface NodeAttributes {
  label: string;
  kind: NodeKind;
  /** Every other surface form merged into this node. */
  aliases: string[];
  /** How many times the node is mentioned across the corpus. */
  mentions: number;
  /** Documents the node is mentioned in, sorted. */
  docs: string[];
  /** People only: the most frequent title ("President", "spokesman"). */
  title?: string;
  /** Louvain community, written by `kg stats`. */
  community?: number;
  /** Layout and appearance, written at build time (ForceAtlas2) and read by sigma. */
  x?: number;
  y?: number;
  size?: number;
  color?: string;
  /** Other attributes of a node read from another tool's GEXF, as text (shown in the viewer's panel). */
  extra?: Record<string, string>;
}

export interface EdgeAttributes {
  relation: Relation;
  evidence: Evidence[];
  /** Number of evidence items (a stance repeated within one page counts once). */
  weight: number;
  /** In [0, 1]: how sure the extractor is; the viewer filters on it. */
  confidence: number;
  /** From another tool's GEXF: the edge's own colour and label, which the viewer keeps. */
  color?: string;
  label?: string;
}

export interface GraphAttributes {
  /** Free text describing the build (corpus folder, document count). */
  source?: string;
  documents?: string[];
  /** Each document's headline, by file name, where the page has one. */
  headlines?: Record<string, string>;
  /** Each document's outlet, by file name, where its dateline or opening credit names one. */
  outlets?: Record<string, string>;
  /**
   * Set when the graph came from a GEXF without kg's `kind` attribute (Gephi or another tool): its
   * nodes are all "organization" and its edges "concerns" only because the model needs a kind and a
   * relation, so the viewer shows the file's own colours, sizes, labels and attributes instead.
   */
  plain?: boolean;
}

export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** An empty knowledge graph: directed, parallel edges allowed (one per relation), no self-loops. */
export function createKnowledgeGraph(): KnowledgeGraph {
  return new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "directed", multi: true, allowSelfLoops: false });
}
export type SerializedKnowledgeGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function isStanceRelation(relation: string): relation is StanceRelation {
  return (STANCE_RELATIONS as readonly string[]).includes(relation);
}

export function isRelation(relation: string): relation is Relation {
  return (RELATIONS as readonly string[]).includes(relation);
}

export function isNodeKind(kind: string): kind is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(kind);
}
