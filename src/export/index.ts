/** Export formats: GEXF 1.3, GraphML, graph.json, and CSV for Gephi's spreadsheet import and neo4j-admin. */
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../model/graph.js";
import { joinListText } from "../model/list-text.js";
import { graphToJson } from "./json.js";
import { toGexf } from "./gexf.js";
import { csvRow } from "./csv.js";
import { xmlSafe } from "./xml-safe.js";

import type { ExportFormat } from "./formats.js";

export interface ExportFile {
  /** File name, relative to the output folder. */
  name: string;
  content: string;
}

export function exportGraph(graph: KnowledgeGraph, format: ExportFormat): ExportFile[] {
  switch (format) {
    case "gexf":
      return [{ name: "graph.gexf", content: toGexf(graph) }];
    case "json":
      return [{ name: "graph.json", content: graphToJson(graph) }];
    case "graphml":
      return [{ name: "graph.graphml", content: toGraphml(graph) }];
    case "csv":
      return toCsv(graph);
  }
}

const xml = (text: string) => xmlSafe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

type GraphmlType = "string" | "int" | "double";
const GRAPHML_TYPES: Record<string, GraphmlType> = { label: "string", kind: "string", aliases: "string", mentions: "int", docs: "string", title: "string", community: "int", x: "double", y: "double", size: "double", color: "string", relation: "string", weight: "double", confidence: "double", evidence: "string" };

/** GraphML values of one element, by attribute name; undefined and "" are left out. */
type GraphmlValues = Record<string, string | number | undefined>;

const nodeGraphmlValues = (a: NodeAttributes): GraphmlValues => ({ label: a.label, kind: a.kind, aliases: joinListText(a.aliases), mentions: a.mentions, docs: joinListText(a.docs), title: a.title, community: a.community, x: a.x, y: a.y, size: a.size, color: a.color });
const edgeGraphmlValues = (a: EdgeAttributes): GraphmlValues => ({ label: a.relation, relation: a.relation, weight: a.weight, confidence: a.confidence, evidence: JSON.stringify(a.evidence) });
const present = (value: string | number | undefined): value is string | number => value !== undefined && value !== "";

/**
 * GraphML (graphology-graphml only parses). Scalars only: lists are "|"-joined as in GEXF, evidence
 * is its JSON text. Only keys that some element uses are declared. networkx and graphology-graphml read it back.
 */
function toGraphml(graph: KnowledgeGraph): string {
  const nodeValues = graph.mapNodes((key, a) => [key, nodeGraphmlValues(a)] as const);
  const edgeValues = graph.mapEdges((key, a, source, target) => [key, source, target, edgeGraphmlValues(a)] as const);
  const keysInUse = (rows: GraphmlValues[]) => new Map(Object.entries(GRAPHML_TYPES).filter(([name]) => rows.some((values) => present(values[name]))));
  const nodeKeys = keysInUse(nodeValues.map(([, values]) => values));
  const edgeKeys = keysInUse(edgeValues.map(([, , , values]) => values));
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'];
  for (const [name, type] of nodeKeys) out.push(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  for (const [name, type] of edgeKeys) out.push(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  out.push('  <graph id="G" edgedefault="directed">');
  const data = (prefix: string, keys: Map<string, GraphmlType>, values: GraphmlValues) => {
    for (const name of keys.keys()) {
      const value = values[name];
      if (present(value)) out.push(`      <data key="${prefix}_${name}">${xml(String(value))}</data>`);
    }
  };
  for (const [key, values] of nodeValues) {
    out.push(`    <node id="${xml(key)}">`);
    data("n", nodeKeys, values);
    out.push("    </node>");
  }
  for (const [key, source, target, values] of edgeValues) {
    out.push(`    <edge id="${xml(key)}" source="${xml(source)}" target="${xml(target)}">`);
    data("e", edgeKeys, values);
    out.push("    </edge>");
  }
  out.push("  </graph>", "</graphml>");
  return `${out.join("\n")}\n`;
}

/** neo4j-admin's array delimiter; a ";" inside an item is escaped as "\\;" (list-text.ts), so quotes stay verbatim. */
export const CSV_LIST_SEPARATOR = ";";

/**
 * nodes.csv and edges.csv. The headers are those of neo4j-admin's import (`:ID`, `:LABEL`,
 * `:START_ID`, `:END_ID`, `:TYPE`) with Gephi's own columns (Id, Label, Source, Target, Type, Weight) beside them.
 */
function toCsv(graph: KnowledgeGraph): ExportFile[] {
  const nodes = ["Id:ID,Label,kind:LABEL,aliases:string[],mentions:int,docs:string[],title"];
  graph.forEachNode((key, a) => {
    nodes.push(csvRow([key, a.label, a.kind, joinListText(a.aliases, CSV_LIST_SEPARATOR), a.mentions, joinListText(a.docs, CSV_LIST_SEPARATOR), a.title ?? ""]));
  });
  const edges = ["Source:START_ID,Target:END_ID,relation:TYPE,Type,Weight:float,confidence:float,quotes:string[],evidence_docs:string[]"];
  graph.forEachEdge((_key, a, source, target) => {
    edges.push(csvRow([source, target, a.relation, "Directed", a.weight, a.confidence, joinListText(a.evidence.map((e) => e.quote), CSV_LIST_SEPARATOR), joinListText(a.evidence.map((e) => e.doc), CSV_LIST_SEPARATOR)]));
  });
  return [
    { name: "nodes.csv", content: `${nodes.join("\n")}\n` },
    { name: "edges.csv", content: `${edges.join("\n")}\n` },
  ];
}
