/**
 * The neighbour query: what an actor demanded, rejected or proposed, and who did so to it.
 * One implementation for `kg neighbours` and the viewer's side panel.
 */
import type { EdgeAttributes, Evidence, KnowledgeGraph, NodeAttributes, Relation, StanceRelation } from "../model/graph.js";
import { isStanceRelation, sideOf } from "../model/graph.js";
import { evidenceInView } from "../view/filters.js";
import { compareValues } from "../view/order.js";
import { nameKey } from "../lexicon/normalize.js";
import { SPEAKS_FOR_STATE_TITLES } from "../lexicon/roles.js";

export type Direction = "out" | "in" | "both";

export interface NeighbourQuery {
  relations?: readonly Relation[];
  direction?: Direction;
  /** How many hops to follow (1 = direct neighbours). */
  depth?: number;
  minConfidence?: number;
  /**
   * For a person who speaks for a state (a president, a spokesman), also list the stances the text
   * gives to that state ("Kyiv rejected…" for Zelensky), marked with `via`. On by default.
   */
  onBehalf?: boolean;
  /** The viewer's current view: only its edges, and evidence from its documents. */
  within?: { edges: ReadonlySet<string>; docs?: ReadonlySet<string>; dates?: { from?: string; to?: string } };
}

export interface NeighbourLink {
  edge: string;
  relation: Relation;
  direction: "out" | "in";
  /** The node at the other end. */
  node: string;
  label: string;
  kind: NodeAttributes["kind"];
  weight: number;
  confidence: number;
  evidence: Evidence[];
  /** Hops from the queried node. */
  depth: number;
  /** Set when the stance is held by the state this person speaks for, not by the person. */
  via?: { node: string; label: string };
}

export interface NeighbourGroup {
  relation: Relation;
  direction: "out" | "in";
  links: NeighbourLink[];
}

export interface NeighbourResult {
  node: string;
  label: string;
  kind: NodeAttributes["kind"];
  groups: NeighbourGroup[];
  /** Positions the node held one way and then the other (demanded, then rejected), in date order. */
  changes: StanceChange[];
}

/** One dated stance: a quote of its evidence. */
export interface StanceMoment {
  relation: StanceRelation;
  date: string;
  doc: string;
  quote: string;
}

/**
 * A change of side on one position: `from` the last dated stance before it, `to` the first after.
 * A position held both ways whose evidence has too few dates to order them has neither; its
 * undated evidence is always listed apart, never placed in time.
 */
export interface StanceChange {
  position: string;
  label: string;
  from?: StanceMoment;
  to?: StanceMoment;
  undated: { relation: StanceRelation; doc: string; quote: string }[];
}

export type NodeLookup = { found: string; candidates?: undefined } | { found?: undefined; candidates: { node: string; label: string }[] };

/**
 * Resolves a name or alias, case- and diacritics-insensitive ("zelenskyy", "the Kremlin"); a surname
 * alone finds the one person who bears it.
 */
export function findNode(graph: KnowledgeGraph, name: string): NodeLookup {
  const wanted = nameKey(name);
  const exact: string[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind === "position") return;
    if ([a.label, ...a.aliases].some((n) => nameKey(n) === wanted)) exact.push(key);
  });
  if (exact.length === 1) return { found: exact[0]! };
  if (exact.length > 1) {
    // A state and its capital as a place share a name: the actor is the one with most mentions.
    exact.sort((a, b) => graph.getNodeAttribute(b, "mentions") - graph.getNodeAttribute(a, "mentions") || (a < b ? -1 : 1));
    return { found: exact[0]! };
  }
  const bySurname: string[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind === "person" && [a.label, ...a.aliases].some((n) => nameKey(n).endsWith(` ${wanted}`))) bySurname.push(key);
  });
  if (bySurname.length === 1) return { found: bySurname[0]! };
  const scored: { node: string; label: string; score: number }[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind === "position") return;
    const best = Math.min(...[a.label, ...a.aliases].map((n) => distance(nameKey(n), wanted)));
    const partial = [a.label, ...a.aliases].some((n) => nameKey(n).includes(wanted) || wanted.includes(nameKey(n)));
    scored.push({ node: key, label: a.label, score: partial ? Math.min(best, 1) : best });
  });
  scored.sort((a, b) => a.score - b.score || (a.label < b.label ? -1 : 1));
  return { candidates: scored.filter((s) => s.score <= Math.max(3, wanted.length / 2)).slice(0, 5).map(({ node, label }) => ({ node, label })) };
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

const GROUP_ORDER: Relation[] = ["demanded", "rejected", "proposed", "affiliated_with", "concerns"];

export function queryNeighbours(graph: KnowledgeGraph, node: string, query: NeighbourQuery = {}): NeighbourResult {
  const direction = query.direction ?? "both";
  const depth = Math.max(1, query.depth ?? 1);
  const links: NeighbourLink[] = [];
  const seen = new Set([node]);
  let frontier = [node];
  for (let hop = 1; hop <= depth && frontier.length; hop++) {
    const next: string[] = [];
    for (const current of frontier) {
      const visit = (edge: string, dir: "out" | "in", other: string) => {
        const a = graph.getEdgeAttributes(edge);
        if (!admits(query, edge, a)) return;
        if (current === node || !seen.has(other)) {
          const o = graph.getNodeAttributes(other);
          links.push({ edge, relation: a.relation, direction: dir, node: other, label: o.label, kind: o.kind, weight: a.weight, confidence: a.confidence, evidence: evidenceInView(query.within ?? {}, a.evidence), depth: hop });
        }
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      };
      if (direction !== "in") graph.forEachOutEdge(current, (edge, _a, _s, target) => visit(edge, "out", target));
      if (direction !== "out") graph.forEachInEdge(current, (edge, _a, source) => visit(edge, "in", source));
    }
    frontier = next;
  }
  if ((query.onBehalf ?? true) && direction !== "in") links.push(...stancesOnBehalf(graph, node, links, query));
  const groups = new Map<string, NeighbourGroup>();
  for (const link of links) {
    const id = `${link.relation}:${link.direction}`;
    if (!groups.has(id)) groups.set(id, { relation: link.relation, direction: link.direction, links: [] });
    groups.get(id)!.links.push(link);
  }
  const sorted = [...groups.values()].sort((a, b) => GROUP_ORDER.indexOf(a.relation) - GROUP_ORDER.indexOf(b.relation) || (a.direction === "out" ? -1 : 1));
  for (const group of sorted) group.links.sort((a, b) => a.depth - b.depth || Number(a.via !== undefined) - Number(b.via !== undefined) || b.weight - a.weight || (a.label < b.label ? -1 : 1));
  const a = graph.getNodeAttributes(node);
  return { node, label: a.label, kind: a.kind, groups: sorted, changes: stanceChanges(graph, node, query) };
}

/** One quote of a stance on the timeline: for an actor, the position it took a side on; for a position, the actor. */
export interface TimelineEntry {
  relation: StanceRelation;
  /** The other end of the stance edge. */
  node: string;
  label: string;
  doc: string;
  quote: string;
  date?: string;
}

/**
 * The stances of an actor (or, for a position, who took which side), one entry per quote: dated
 * ones in date order, undated ones apart and never placed in time.
 */
export function stanceTimeline(graph: KnowledgeGraph, node: string, query: Pick<NeighbourQuery, "minConfidence" | "within"> = {}): { dated: TimelineEntry[]; undated: TimelineEntry[] } {
  const position = graph.getNodeAttribute(node, "kind") === "position";
  const entries: TimelineEntry[] = [];
  const add = (edge: string, other: string) => {
    const e = graph.getEdgeAttributes(edge);
    if (!isStanceRelation(e.relation) || !admits(query, edge, e)) return;
    const label = graph.getNodeAttribute(other, "label");
    for (const ev of evidenceInView(query.within ?? {}, e.evidence)) entries.push({ relation: e.relation, node: other, label, doc: ev.doc, quote: ev.quote, ...(ev.date ? { date: ev.date } : {}) });
  };
  if (position) graph.forEachInEdge(node, (edge, _a, source) => add(edge, source));
  else graph.forEachOutEdge(node, (edge, _a, _s, target) => add(edge, target));
  const order = (x: TimelineEntry, y: TimelineEntry) => compareValues(x.date ?? "", y.date ?? "") || compareValues(x.label, y.label) || compareValues(x.doc, y.doc);
  return { dated: entries.filter((e) => e.date).sort(order), undated: entries.filter((e) => !e.date).sort(order) };
}

/** The positions an actor held for and against, with each change of side between two dated stances. */
export function stanceChanges(graph: KnowledgeGraph, actor: string, query: Pick<NeighbourQuery, "minConfidence" | "within"> = {}): StanceChange[] {
  const byPosition = new Map<string, { relation: StanceRelation; evidence: Evidence[] }[]>();
  graph.forEachOutEdge(actor, (edge, e, _s, target) => {
    if (!isStanceRelation(e.relation) || graph.getNodeAttribute(target, "kind") !== "position" || !admits(query, edge, e)) return;
    byPosition.set(target, [...(byPosition.get(target) ?? []), { relation: e.relation, evidence: evidenceInView(query.within ?? {}, e.evidence) }]);
  });
  const changes: StanceChange[] = [];
  for (const [position, stances] of byPosition) {
    if (new Set(stances.map((x) => sideOf(x.relation))).size < 2) continue;
    const moments = stances.flatMap(({ relation, evidence }) => evidence.filter((e) => e.date).map((e): StanceMoment => ({ relation, date: e.date!, doc: e.doc, quote: e.quote })));
    moments.sort((x, y) => compareValues(x.date, y.date) || compareValues(x.doc, y.doc));
    const undated = stances
      .flatMap(({ relation, evidence }) => evidence.filter((e) => !e.date).map((e) => ({ relation, doc: e.doc, quote: e.quote })))
      .sort((x, y) => compareValues(x.doc, y.doc) || compareValues(x.quote, y.quote));
    const label = graph.getNodeAttribute(position, "label");
    const found = moments.slice(1).flatMap((to, k) => (sideOf(to.relation) !== sideOf(moments[k]!.relation) ? [{ position, label, from: moments[k]!, to, undated }] : []));
    changes.push(...(found.length ? found : [{ position, label, undated }]));
  }
  return changes.sort((x, y) => compareValues(x.to?.date ?? "", y.to?.date ?? "") || compareValues(x.label, y.label));
}

function admits(query: Pick<NeighbourQuery, "relations" | "minConfidence" | "within">, edge: string, a: EdgeAttributes): boolean {
  if (query.relations && !query.relations.includes(a.relation)) return false;
  if (query.minConfidence !== undefined && a.confidence < query.minConfidence) return false;
  return !query.within || query.within.edges.has(edge);
}

/** The states a person speaks for: those he is affiliated with, when his title is one that speaks for a state. */
export function statesSpokenFor(graph: KnowledgeGraph, person: string): string[] {
  const a = graph.getNodeAttributes(person);
  const titleHead = a.title?.toLowerCase().split(/\s+/).at(-1);
  if (a.kind !== "person" || !titleHead || !SPEAKS_FOR_STATE_TITLES.has(titleHead)) return [];
  const states: string[] = [];
  graph.forEachOutEdge(person, (_e, affiliation, _s, state) => {
    if (affiliation.relation === "affiliated_with" && graph.getNodeAttribute(state, "kind") === "state") states.push(state);
  });
  return states;
}

/** The stances of the states a person speaks for, minus those the person already holds. */
function stancesOnBehalf(graph: KnowledgeGraph, person: string, own: NeighbourLink[], query: NeighbourQuery): NeighbourLink[] {
  const held = new Set(own.map((l) => `${l.relation}:${l.node}`));
  const links: NeighbourLink[] = [];
  for (const state of statesSpokenFor(graph, person)) {
    const via = { node: state, label: graph.getNodeAttribute(state, "label") };
    graph.forEachOutEdge(state, (edge, e, _s, target) => {
      if (!isStanceRelation(e.relation) || held.has(`${e.relation}:${target}`) || !admits(query, edge, e)) return;
      const t = graph.getNodeAttributes(target);
      links.push({ edge, relation: e.relation, direction: "out", node: target, label: t.label, kind: t.kind, weight: e.weight, confidence: e.confidence, evidence: evidenceInView(query.within ?? {}, e.evidence), depth: 1, via });
    });
  }
  return links;
}

export interface ActorBehind {
  edge: string;
  actor: string;
  actorLabel: string;
  relation: StanceRelation;
  position: string;
  positionLabel: string;
  evidence: Evidence[];
}

/**
 * Who wants what about a place, state or organisation: the stances on the positions that concern
 * it ("Zelensky rejected withdrawal of troops from Donbas" for Donbas), most evidence first.
 */
export function actorsBehind(graph: KnowledgeGraph, node: string, query: Pick<NeighbourQuery, "relations" | "minConfidence" | "within"> = {}): ActorBehind[] {
  const found: ActorBehind[] = [];
  graph.forEachInEdge(node, (_concern, c, position) => {
    if (c.relation !== "concerns") return;
    const positionLabel = graph.getNodeAttribute(position, "label");
    graph.forEachInEdge(position, (edge, e, actor) => {
      if (!isStanceRelation(e.relation) || actor === node || !admits(query, edge, e)) return;
      found.push({ edge, actor, actorLabel: graph.getNodeAttribute(actor, "label"), relation: e.relation, position, positionLabel, evidence: evidenceInView(query.within ?? {}, e.evidence) });
    });
  });
  return found.sort((a, b) => b.evidence.length - a.evidence.length || compareValues(a.actorLabel, b.actorLabel) || compareValues(a.positionLabel, b.positionLabel));
}

/** "demanded", "rejected by": how a group reads in text. */
export function groupHeading(group: Pick<NeighbourGroup, "relation" | "direction">): string {
  const words: Record<Relation, [string, string]> = {
    demanded: ["demanded", "demanded by"],
    rejected: ["rejected", "rejected by"],
    proposed: ["proposed", "proposed by"],
    affiliated_with: ["affiliated with", "members and officials"],
    concerns: ["concerns", "concerned by"],
  };
  return words[group.relation][group.direction === "out" ? 0 : 1];
}

/** "weight 2, 2 hops, as Ukraine": the facts of a link beyond its label. */
export function linkDetails(link: Pick<NeighbourLink, "weight" | "depth" | "via">): string {
  return [`weight ${link.weight}`, link.depth > 1 ? `${link.depth} hops` : "", link.via ? `as ${link.via.label}` : ""].filter(Boolean).join(", ");
}
