/**
 * The claims of the current view: one row per stance and quote (actor, relation, position, quote,
 * document, date, confidence), with search, sort and CSV. The viewer's claims table shows these
 * rows; the view decides which stances and quotes are in.
 */
import { isStanceRelation, sideOf, type KnowledgeGraph, type NodeKind, type StanceRelation } from "../model/graph.js";
import { foldForSearch } from "../lexicon/normalize.js";
import { csvRow } from "../export/csv.js";
import { evidenceInView, type VisibleView } from "./filters.js";
import { compareValues } from "./order.js";

export interface ClaimRow {
  edge: string;
  actor: string;
  actorLabel: string;
  actorKind: NodeKind;
  relation: StanceRelation;
  position: string;
  positionLabel: string;
  quote: string;
  doc: string;
  /** The document's headline when the build found one, else its file name. */
  docTitle: string;
  outlet?: string;
  date?: string;
  confidence: number;
}

export const CLAIM_COLUMNS = ["actor", "relation", "position", "quote", "document", "date", "confidence"] as const;
export type ClaimColumn = (typeof CLAIM_COLUMNS)[number];

export interface ClaimOrder {
  column: ClaimColumn;
  descending: boolean;
}

/** Every stance edge of the view, one row per quote from the view's documents and dates, in the graph's edge order (`sortClaims` orders them). */
export function listClaims(graph: KnowledgeGraph, view: Pick<VisibleView, "edges" | "docs" | "dates">): ClaimRow[] {
  const headlines = graph.getAttribute("headlines") ?? {};
  const outlets = graph.getAttribute("outlets") ?? {};
  const rows: ClaimRow[] = [];
  for (const edge of view.edges) {
    const a = graph.getEdgeAttributes(edge);
    if (!isStanceRelation(a.relation)) continue;
    const [actor, position] = graph.extremities(edge);
    const actorAttributes = graph.getNodeAttributes(actor);
    const positionLabel = graph.getNodeAttribute(position, "label");
    for (const e of evidenceInView(view, a.evidence)) {
      rows.push({
        edge,
        actor,
        actorLabel: actorAttributes.label,
        actorKind: actorAttributes.kind,
        relation: a.relation,
        position,
        positionLabel,
        quote: e.quote,
        doc: e.doc,
        docTitle: headlines[e.doc] ?? e.doc,
        ...(outlets[e.doc] ? { outlet: outlets[e.doc] } : {}),
        ...(e.date ? { date: e.date } : {}),
        confidence: a.confidence,
      });
    }
  }
  return rows;
}

const sortKey: Record<ClaimColumn, (row: ClaimRow) => string | number> = {
  actor: (r) => foldForSearch(r.actorLabel),
  relation: (r) => r.relation,
  position: (r) => foldForSearch(r.positionLabel),
  quote: (r) => r.quote,
  document: (r) => foldForSearch(r.docTitle),
  date: (r) => r.date ?? "",
  confidence: (r) => r.confidence,
};

/** Sorted by one column, ties broken by actor, position, document and quote so the order never depends on input order. */
export function sortClaims(rows: readonly ClaimRow[], order: ClaimOrder): ClaimRow[] {
  const key = sortKey[order.column];
  const tieBreak = (a: ClaimRow, b: ClaimRow) => compareValues(a.actorLabel, b.actorLabel) || compareValues(a.positionLabel, b.positionLabel) || compareValues(a.doc, b.doc) || compareValues(a.quote, b.quote);
  const sign = order.descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * compareValues(key(a), key(b)) || tieBreak(a, b));
}

/** Rows whose actor, position, quote or document holds every word of the text (case and accents ignored). */
export function searchClaims(rows: readonly ClaimRow[], text: string): ClaimRow[] {
  const words = foldForSearch(text).split(" ").filter(Boolean);
  if (!words.length) return [...rows];
  return rows.filter((row) => {
    const haystack = foldForSearch([row.actorLabel, row.relation, row.positionLabel, row.quote, row.docTitle, row.outlet ?? "", row.date ?? ""].join(" "));
    return words.every((w) => haystack.includes(w));
  });
}

export function claimsToCsv(rows: readonly ClaimRow[]): string {
  const lines = [csvRow(["actor", "actor_kind", "relation", "position", "quote", "document", "headline", "outlet", "date", "confidence"])];
  for (const r of rows) lines.push(csvRow([r.actorLabel, r.actorKind, r.relation, r.positionLabel, r.quote, r.doc, r.docTitle, r.outlet ?? "", r.date ?? "", r.confidence]));
  return `${lines.join("\n")}\n`;
}

/** The claims of actors that took both sides of one position (demanded or proposed it, and rejected it): where a stance changed. */
export function changedClaims(rows: readonly ClaimRow[]): ClaimRow[] {
  const sides = new Map<string, Set<string>>();
  const pair = (row: ClaimRow) => `${row.actor}\u0000${row.position}`;
  for (const row of rows) sides.set(pair(row), (sides.get(pair(row)) ?? new Set()).add(sideOf(row.relation)));
  return rows.filter((row) => sides.get(pair(row))!.size > 1);
}
