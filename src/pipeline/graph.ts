/** Stage 7, graph: resolved entities and stances → the graphology graph of the FORMAT.md contract. */
import { createKnowledgeGraph, type Evidence, type KnowledgeGraph, type NodeAttributes, type Relation } from "../model/graph.js";
import type { ResolvedEntities } from "./entities.js";
import type { Stance } from "./stances/index.js";

export interface GraphInput {
  documents: readonly { name: string; date?: string; headline?: string; outlet?: string }[];
  resolved: ResolvedEntities;
  stances: readonly Stance[];
  /** The sentences that say a person's affiliation, by `quoteKey`: see `affiliationSentences`. */
  affiliationQuotes: ReadonlyMap<string, string>;
  source: string;
}

export const quoteKey = (doc: string, sentence: number) => `${sentence}:${doc}`;

/** Which sentences of which documents the affiliation edges quote: the builder keeps only these. */
export function affiliationSentences(resolved: ResolvedEntities): Map<string, Set<number>> {
  const wanted = new Map<string, Set<number>>();
  for (const entity of resolved.entities.values()) {
    for (const places of entity.affiliations.values()) {
      for (const { doc, sentence } of places) wanted.set(doc, (wanted.get(doc) ?? new Set()).add(sentence));
    }
  }
  return wanted;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function assembleGraph({ documents, resolved, stances, affiliationQuotes, source }: GraphInput): KnowledgeGraph {
  const graph: KnowledgeGraph = createKnowledgeGraph();
  const dates = new Map(documents.map((d) => [d.name, d.date]));
  const byName = (field: "headline" | "outlet") => Object.fromEntries(documents.flatMap((d) => (d[field] ? [[d.name, d[field]] as const] : [])).sort((a, b) => byText(a[0], b[0])));
  const headlines = byName("headline");
  const outlets = byName("outlet");
  graph.replaceAttributes({ source, documents: documents.map((d) => d.name).sort(byText), ...(Object.keys(headlines).length ? { headlines } : {}), ...(Object.keys(outlets).length ? { outlets } : {}) });
  const entities = [...resolved.entities.values()].sort((a, b) => byText(a.key, b.key));
  for (const entity of entities) {
    const aliases = [...entity.surfaces.keys()].filter((s) => s !== entity.label).sort(byText);
    const attributes: NodeAttributes = {
      label: entity.label,
      kind: entity.kind,
      aliases,
      mentions: entity.mentions,
      docs: [...entity.docs].sort(byText),
    };
    const title = [...entity.titles.entries()].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))[0]?.[0];
    if (title) attributes.title = title;
    graph.addNode(entity.key, attributes);
  }
  const evidenceOf = (doc: string, quote: string, date: string | undefined): Evidence => (date ? { doc, quote, date } : { doc, quote });
  for (const entity of entities) {
    for (const [code, places] of [...entity.affiliations.entries()].sort((a, b) => byText(a[0], b[0]))) {
      const state = `state:${code}`;
      if (!graph.hasNode(state)) continue;
      for (const place of places) addEvidence(graph, entity.key, state, "affiliated_with", evidenceOf(place.doc, affiliationQuotes.get(quoteKey(place.doc, place.sentence))!, dates.get(place.doc)), 0.9);
    }
  }
  for (const stance of stances) {
    // A group named only by a description ("ruling bloc") is an organisation node of its own.
    if (!graph.hasNode(stance.actor) && stance.actorLabel) graph.addNode(stance.actor, { label: stance.actorLabel, kind: "organization", aliases: [], mentions: 0, docs: [] });
    if (stance.actorLabel) {
      const group = graph.getNodeAttributes(stance.actor);
      group.mentions++;
      if (!group.docs.includes(stance.doc)) group.docs.push(stance.doc);
    }
    const ref = stance.position;
    if (!graph.hasNode(ref.key)) graph.addNode(ref.key, { label: ref.label, kind: "position", aliases: [], mentions: 0, docs: [] });
    const position = graph.getNodeAttributes(stance.position.key);
    for (const alias of stance.position.aliases) if (alias !== position.label && !position.aliases.includes(alias)) position.aliases.push(alias);
    position.mentions++;
    if (!position.docs.includes(stance.doc)) position.docs.push(stance.doc);
    addEvidence(graph, stance.actor, stance.position.key, stance.relation, evidenceOf(stance.doc, stance.quote, dates.get(stance.doc)), stance.confidence);
    for (const concerned of stance.concerns) {
      if (graph.hasNode(concerned) && concerned !== stance.actor) addEvidence(graph, stance.position.key, concerned, "concerns", evidenceOf(stance.doc, stance.quote, dates.get(stance.doc)), stance.confidence);
    }
  }
  graph.forEachNode((_key, attributes) => {
    attributes.aliases.sort(byText);
    attributes.docs.sort(byText);
  });
  return graph;
}

/** One edge per (source, relation, target); its evidence lists each document's sentence once. */
function addEvidence(graph: KnowledgeGraph, source: string, target: string, relation: Relation, evidence: Evidence, confidence: number): void {
  if (source === target) return;
  const key = `${relation}:${source}->${target}`;
  if (!graph.hasEdge(key)) {
    graph.addDirectedEdgeWithKey(key, source, target, { relation, evidence: [evidence], weight: 1, confidence });
    return;
  }
  const attributes = graph.getEdgeAttributes(key);
  // The same stance repeated within one page counts once.
  if (attributes.evidence.some((e) => e.doc === evidence.doc)) {
    attributes.confidence = Math.max(attributes.confidence, confidence);
    return;
  }
  attributes.evidence.push(evidence);
  attributes.evidence.sort((a, b) => byText(a.doc, b.doc) || byText(a.quote, b.quote));
  attributes.weight = attributes.evidence.length;
  attributes.confidence = Math.max(attributes.confidence, confidence);
}
