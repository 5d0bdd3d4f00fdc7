/** Export formats: GEXF 1.3, GraphML, graph.json, and CSV for Gephi's spreadsheet import and neo4j-admin. */
import type { KnowledgeGraph } from "../model/graph.js";
import { graphToJson } from "./json.js";
import { toGexf } from "./gexf.js";
import { xmlSafe } from "./xml-safe.js";

export const EXPORT_FORMATS = ["gexf", "graphml", "json", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(format: string): format is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(format);
}

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

/**
 * GraphML (graphology-graphml only parses). Scalars only: lists are joined with "|",
 * evidence is its JSON text. networkx and graphology-graphml read it back.
 */
function toGraphml(graph: KnowledgeGraph): string {
  const nodeKeys: [string, "string" | "int" | "double"][] = [["label", "string"], ["kind", "string"], ["aliases", "string"], ["mentions", "int"], ["docs", "string"], ["title", "string"], ["community", "int"], ["x", "double"], ["y", "double"], ["size", "double"], ["color", "string"]];
  const edgeKeys: [string, "string" | "double"][] = [["relation", "string"], ["weight", "double"], ["confidence", "double"], ["evidence", "string"]];
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'];
  for (const [name, type] of nodeKeys) out.push(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  for (const [name, type] of edgeKeys) out.push(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  out.push('  <graph id="G" edgedefault="directed">');
  graph.forEachNode((key, a) => {
    const values: Record<string, string | number | undefined> = { label: a.label, kind: a.kind, aliases: a.aliases.join("|"), mentions: a.mentions, docs: a.docs.join("|"), title: a.title, community: a.community, x: a.x, y: a.y, size: a.size, color: a.color };
    out.push(`    <node id="${xml(key)}">`);
    for (const [name] of nodeKeys) if (values[name] !== undefined && values[name] !== "") out.push(`      <data key="n_${name}">${xml(String(values[name]))}</data>`);
    out.push("    </node>");
  });
  graph.forEachEdge((key, a, source, target) => {
    out.push(`    <edge id="${xml(key)}" source="${xml(source)}" target="${xml(target)}">`);
    out.push(`      <data key="e_relation">${a.relation}</data>`, `      <data key="e_weight">${a.weight}</data>`, `      <data key="e_confidence">${a.confidence}</data>`);
    out.push(`      <data key="e_evidence">${xml(JSON.stringify(a.evidence))}</data>`, "    </edge>");
  });
  out.push("  </graph>", "</graphml>");
  return `${out.join("\n")}\n`;
}

/** A cell a spreadsheet would run as a formula starts with a quote instead (OWASP's advice). */
function csvField(value: string | number): string {
  const text = typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * nodes.csv and edges.csv. The headers are those of neo4j-admin's import (`:ID`, `:LABEL`,
 * `:START_ID`, `:END_ID`, `:TYPE`) with Gephi's own columns (Id, Label, Source, Target, Type, Weight) beside them.
 */
function toCsv(graph: KnowledgeGraph): ExportFile[] {
  const nodes = ["Id:ID,Label,kind:LABEL,aliases:string[],mentions:int,docs:string[],title"];
  graph.forEachNode((key, a) => {
    nodes.push([key, a.label, a.kind, a.aliases.join(";"), a.mentions, a.docs.join(";"), a.title ?? ""].map(csvField).join(","));
  });
  const edges = ["Source:START_ID,Target:END_ID,relation:TYPE,Type,Weight:float,confidence:float,quotes:string[],evidence_docs:string[]"];
  graph.forEachEdge((_key, a, source, target) => {
    edges.push([source, target, a.relation, "Directed", a.weight, a.confidence, a.evidence.map((e) => e.quote.replace(/;/g, ",")).join(";"), a.evidence.map((e) => e.doc).join(";")].map(csvField).join(","));
  });
  return [
    { name: "nodes.csv", content: `${nodes.join("\n")}\n` },
    { name: "edges.csv", content: `${edges.join("\n")}\n` },
  ];
}
