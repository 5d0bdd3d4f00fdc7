/**
 * Parsing graph files (graph.json, GEXF) into the checked graph model. No Node APIs: the CLI and the
 * viewer share it, so a bad file gets the same message in both.
 */
import Graph from "graphology";
import gexf from "graphology-gexf";
import { splitListText } from "../model/list-text.js";
import { GraphFileError } from "./graph-error.js";
import { createKnowledgeGraph, isNodeKind, isRelation, type EdgeAttributes, type Evidence, type KnowledgeGraph, type SerializedKnowledgeGraph } from "../model/graph.js";


const isEvidence = (e: Evidence | null | undefined) => !!e && typeof e.quote === "string" && typeof e.doc === "string";

/** A list of strings as read: kept when it is one, else its items made strings (copying 50,000 valid lists would only feed the garbage collector). */
function stringList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.every((item) => typeof item === "string") ? (value as string[]) : value.map(String);
}

/** Parses graph.json text; checks the contract so that the CLI and viewer fail with a message, not a crash. */
export function parseGraphJson(text: string, file: string): KnowledgeGraph {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new GraphFileError(file, `not valid JSON (${(error as Error).message})`);
  }
  const serialized = data as Partial<SerializedKnowledgeGraph>;
  if (!serialized || typeof serialized !== "object" || !Array.isArray(serialized.nodes) || !Array.isArray(serialized.edges)) {
    throw new GraphFileError(file, "not a graph export: expected { nodes: [...], edges: [...] }");
  }
  serialized.nodes.forEach((node, i) => {
    const a = node?.attributes;
    if (typeof node?.key !== "string" || !a || typeof a.label !== "string" || !isNodeKind(String(a.kind))) {
      throw new GraphFileError(file, `node ${i} has no key, label or known kind`);
    }
    a.aliases = stringList(a.aliases);
    a.docs = stringList(a.docs);
    a.mentions = Number(a.mentions) || 0;
  });
  serialized.edges.forEach((edge, i) => {
    const a = edge?.attributes;
    if (typeof edge?.source !== "string" || typeof edge?.target !== "string" || !a || !isRelation(String(a.relation))) {
      throw new GraphFileError(file, `edge ${i} has no source, target or known relation`);
    }
    a.evidence = !Array.isArray(a.evidence) ? [] : a.evidence.every(isEvidence) ? a.evidence : a.evidence.filter(isEvidence);
    a.weight = Number(a.weight) || a.evidence.length || 1;
    a.confidence = Number.isFinite(Number(a.confidence)) ? Number(a.confidence) : 1;
  });
  const graph: KnowledgeGraph = createKnowledgeGraph();
  try {
    graph.import(serialized as SerializedKnowledgeGraph);
  } catch (error) {
    throw new GraphFileError(file, `inconsistent graph (${(error as Error).message})`);
  }
  return graph;
}

/** GEXF written by this tool or by Gephi: list attributes come back as arrays, evidence from its JSON. */
export function parseGexf(text: string, file: string): KnowledgeGraph {
  // A DOCTYPE can declare entities (XXE, billion laughs); GEXF has no use for one.
  if (/<!DOCTYPE/i.test(text.slice(0, 4096))) throw new GraphFileError(file, "has a DOCTYPE, which GEXF does not use; refused");
  if (!/<gexf[\s>]/.test(text.slice(0, 4096))) throw new GraphFileError(file, "not GEXF: no <gexf> element at its start");
  if (!/<\/gexf>\s*$/.test(text.slice(-4096))) throw new GraphFileError(file, "truncated GEXF: it does not end with </gexf>");
  let parsed: Graph;
  try {
    parsed = gexf.parse(Graph, text, { addMissingNodes: true });
  } catch (error) {
    throw new GraphFileError(file, `not readable GEXF (${(error as Error).message})`);
  }
  const graph: KnowledgeGraph = createKnowledgeGraph();
  const plain = !parsed.someNode((_key, a) => isNodeKind(String(a.kind)));
  if (plain) graph.setAttribute("plain", true);
  parsed.forEachNode((key, a) => {
    const extra = plain ? otherAttributes(a, NODE_FIELDS) : undefined;
    graph.addNode(key, {
      label: String(a.label ?? key),
      kind: isNodeKind(String(a.kind)) ? a.kind : "organization",
      aliases: toList(a.aliases),
      mentions: Number(a.mentions) || 0,
      docs: toList(a.docs),
      ...(a.title ? { title: String(a.title) } : {}),
      ...(a.community !== undefined ? { community: Number(a.community) } : {}),
      ...(Number.isFinite(a.x) && Number.isFinite(a.y) ? { x: a.x, y: a.y } : {}),
      ...(Number.isFinite(a.size) ? { size: a.size } : {}),
      ...(typeof a.color === "string" ? { color: a.color } : {}),
      ...(extra ? { extra } : {}),
    });
  });
  parsed.forEachEdge((key, a, source, target) => {
    if (source === target) return;
    let evidence: EdgeAttributes["evidence"] = [];
    try {
      evidence = typeof a.evidence === "string" ? JSON.parse(a.evidence) : [];
    } catch {
      evidence = [];
    }
    graph.addDirectedEdgeWithKey(key, source, target, {
      relation: isRelation(String(a.relation)) ? a.relation : "concerns",
      evidence: Array.isArray(evidence) ? evidence : [],
      weight: Number(a.weight) || 1,
      confidence: Number.isFinite(Number(a.confidence)) ? Number(a.confidence) : 1,
      ...(plain && typeof a.color === "string" ? { color: a.color } : {}),
      ...(plain && a.label !== undefined && a.label !== "" ? { label: String(a.label) } : {}),
    });
  });
  return graph;
}

/** What kg itself reads from a node; anything else a foreign GEXF carries is kept as `extra`. */
const NODE_FIELDS = new Set(["label", "kind", "aliases", "mentions", "docs", "title", "community", "x", "y", "z", "size", "color", "shape"]);

function otherAttributes(attributes: Record<string, unknown>, known: ReadonlySet<string>): Record<string, string> | undefined {
  const entries = Object.entries(attributes).filter(([name, value]) => !known.has(name) && value !== undefined && value !== null && value !== "");
  return entries.length ? Object.fromEntries(entries.map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : String(value)])) : undefined;
}

/** Lists are "|"-joined text in kg's GEXF; older files and other tools give arrays. */
function toList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === "string") return splitListText(value);
  return [];
}

/** Parses a graph file by its extension: .gexf as GEXF, anything else as graph.json. */
export function parseGraphFile(text: string, file: string): KnowledgeGraph {
  return /\.gexf$/i.test(file) ? parseGexf(text, file) : parseGraphJson(text, file);
}
