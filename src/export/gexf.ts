/**
 * GEXF 1.3 that validates against the official schema, that networkx reads, and that Gephi Lite
 * shows as its users expect: lists as "|"-joined keywords, the relation as the edge label, the
 * evidence both as exact JSON (for kg's reader) and as readable text.
 */
import Graph from "graphology";
import gexf from "graphology-gexf";
import type { EdgeAttributes, Evidence, KnowledgeGraph, NodeAttributes } from "../model/graph.js";
import { joinListText } from "../model/list-text.js";
import { xmlSafeValue } from "./xml-safe.js";
import { RELATION_COLORS, rgb } from "../model/appearance.js";

export const GEXF_CREATOR = "news-kg";

/** One line per evidence item: the quote, then its document and date. */
export function evidenceText(evidence: readonly Evidence[]): string {
  return evidence.map((e) => `“${e.quote}” (${e.date ? `${e.doc}, ${e.date}` : e.doc})`).join("\n");
}

const nonEmpty = (text: string) => (text === "" ? undefined : text);

export function toGexf(graph: KnowledgeGraph): string {
  // Keys, labels and quotes come from file names and scraped text: characters XML 1.0 forbids go first.
  const { attributes, ...elements } = xmlSafeValue(graph.export());
  // Only creator, description and keywords are valid <meta> children in GEXF 1.3.
  const about = [attributes?.source, attributes?.documents ? `${attributes.documents.length} documents` : undefined].filter(Boolean).join("; ");
  const safe = new Graph<NodeAttributes, EdgeAttributes>({ type: "directed", multi: true });
  safe.import({ ...elements, attributes: { creator: GEXF_CREATOR, description: `Who demanded, rejected or proposed what${about ? ` (${about})` : ""}` } });
  return gexf.write(safe, {
    version: "1.3",
    pedantic: true,
    formatNode: (_key: string, a: NodeAttributes) => ({
      label: a.label,
      attributes: {
        kind: a.kind,
        aliases: nonEmpty(joinListText(a.aliases)),
        mentions: a.mentions,
        docs: nonEmpty(joinListText(a.docs)),
        title: a.title,
        community: a.community,
        ...a.extra,
      },
      viz: { color: a.color, size: a.size, x: a.x, y: a.y },
    }),
    formatEdge: (_key: string, a: EdgeAttributes) => ({
      label: a.label ?? a.relation,
      weight: a.weight,
      attributes: {
        relation: a.relation,
        confidence: a.confidence,
        docs: nonEmpty(joinListText([...new Set(a.evidence.map((e) => e.doc))])),
        evidence_text: nonEmpty(evidenceText(a.evidence)),
        evidence: JSON.stringify(a.evidence),
      },
      viz: { color: a.color ?? rgb(RELATION_COLORS[a.relation]), thickness: Math.min(1 + a.weight, 8) },
    }),
  });
}
