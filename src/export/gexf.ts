/**
 * GEXF 1.3 that validates against the official schema and that networkx reads: rgb colours,
 * string-only lists, edge thickness, no graph meta beyond the allowed keys.
 */
import gexf from "graphology-gexf";
import { createKnowledgeGraph, type EdgeAttributes, type KnowledgeGraph, type NodeAttributes } from "../model/graph.js";
import { xmlSafeValue } from "./xml-safe.js";
import { RELATION_COLORS, rgb } from "../model/appearance.js";

export function toGexf(graph: KnowledgeGraph): string {
  // Keys, labels and quotes come from file names and scraped text: characters XML 1.0 forbids go first.
  const safe = createKnowledgeGraph();
  safe.import(xmlSafeValue(graph.export()));
  return gexf.write(safe, {
    version: "1.3",
    pedantic: true,
    formatNode: (_key: string, a: NodeAttributes) => ({
      label: a.label,
      attributes: {
        kind: a.kind,
        aliases: a.aliases.length ? a.aliases : undefined,
        mentions: a.mentions,
        docs: a.docs.length ? a.docs : undefined,
        title: a.title,
        community: a.community,
      },
      viz: { color: a.color ?? "rgb(128,128,128)", size: a.size ?? 5, x: a.x ?? 0, y: a.y ?? 0 },
    }),
    formatEdge: (_key: string, a: EdgeAttributes) => ({
      weight: a.weight,
      attributes: {
        relation: a.relation,
        confidence: a.confidence,
        quotes: a.evidence.map((e) => e.quote),
        evidence_docs: a.evidence.map((e) => e.doc),
        evidence: JSON.stringify(a.evidence),
      },
      viz: { color: rgb(RELATION_COLORS[a.relation]), thickness: Math.min(1 + a.weight, 8) },
    }),
  });
}
