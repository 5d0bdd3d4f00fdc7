/**
 * Alignments: who stands with whom. For each pair of actors, over the positions both hold a stance
 * on, the agreements (both for, or both against) and disagreements (one for, one against), each
 * with the two stances' quotes, weighted by their evidence. One implementation for
 * `kg alignments` and the viewer.
 */
import type { Evidence, KnowledgeGraph, NodeAttributes, StanceRelation } from "../model/graph.js";
import { isStanceRelation, sideOf } from "../model/graph.js";
import { compareValues } from "../view/order.js";
import { statesSpokenFor } from "./neighbours.js";

export interface PairedStance {
  relation: StanceRelation;
  weight: number;
  evidence: Evidence[];
}

/** One position both actors of a pair hold a stance on. */
export interface SharedPosition {
  node: string;
  label: string;
  a: PairedStance;
  b: PairedStance;
  /** The evidence behind the pair's relation here: the weaker of the two stances' weights. */
  weight: number;
}

export interface Alignment {
  a: string;
  aLabel: string;
  aKind: NodeAttributes["kind"];
  b: string;
  bLabel: string;
  bKind: NodeAttributes["kind"];
  agreements: SharedPosition[];
  disagreements: SharedPosition[];
  /** Summed weights of the agreements and of the disagreements. */
  agreement: number;
  disagreement: number;
}

export interface AlignmentQuery {
  minConfidence?: number;
  /** The viewer's current view: only its edges count. */
  within?: { edges: ReadonlySet<string> };
}

/**
 * Every pair of actors that share a position, strongest relation first. A person who speaks for a
 * state (a president, a spokesman) is never paired with that state: the text often gives one
 * stance to both ("Kyiv rejected…", "Zelensky rejected…"), and the pair would only echo it. Against
 * third parties each counts with the stances that are its own edges.
 */
export function computeAlignments(graph: KnowledgeGraph, query: AlignmentQuery = {}): Alignment[] {
  const holders = new Map<string, Map<string, PairedStance>>();
  graph.forEachEdge((edge, e, actor, position) => {
    if (!isStanceRelation(e.relation) || graph.getNodeAttribute(position, "kind") !== "position" || graph.getNodeAttribute(actor, "kind") === "position") return;
    if (query.minConfidence !== undefined && e.confidence < query.minConfidence) return;
    if (query.within && !query.within.edges.has(edge)) return;
    const stances = holders.get(position) ?? new Map<string, PairedStance>();
    holders.set(position, stances);
    // One actor holding a position two ways (demanded, then rejected) keeps the stance with more evidence.
    const held = stances.get(actor);
    if (!held || e.weight > held.weight) stances.set(actor, { relation: e.relation, weight: e.weight, evidence: e.evidence });
  });
  const pairs = new Map<string, Alignment>();
  const spokenFor = new Map<string, Set<string>>();
  const speaksFor = (person: string) => {
    let states = spokenFor.get(person);
    if (!states) spokenFor.set(person, (states = new Set(statesSpokenFor(graph, person))));
    return states;
  };
  for (const [position, stances] of holders) {
    const actors = [...stances.keys()].sort();
    for (let i = 0; i < actors.length; i++) {
      for (let k = i + 1; k < actors.length; k++) {
        const [a, b] = [actors[i]!, actors[k]!];
        if (speaksFor(a).has(b) || speaksFor(b).has(a)) continue;
        const shared: SharedPosition = { node: position, label: graph.getNodeAttribute(position, "label"), a: stances.get(a)!, b: stances.get(b)!, weight: Math.min(stances.get(a)!.weight, stances.get(b)!.weight) };
        const pair = pairs.get(`${a}\u0000${b}`) ?? newAlignment(graph, a, b);
        pairs.set(`${a}\u0000${b}`, pair);
        if (sideOf(shared.a.relation) === sideOf(shared.b.relation)) {
          pair.agreements.push(shared);
          pair.agreement += shared.weight;
        } else {
          pair.disagreements.push(shared);
          pair.disagreement += shared.weight;
        }
      }
    }
  }
  const byWeight = (x: SharedPosition, y: SharedPosition) => y.weight - x.weight || compareValues(x.label, y.label);
  for (const pair of pairs.values()) {
    pair.agreements.sort(byWeight);
    pair.disagreements.sort(byWeight);
  }
  return [...pairs.values()].sort((x, y) => y.agreement + y.disagreement - (x.agreement + x.disagreement) || compareValues(x.aLabel, y.aLabel) || compareValues(x.bLabel, y.bLabel));
}

function newAlignment(graph: KnowledgeGraph, a: string, b: string): Alignment {
  const [na, nb] = [graph.getNodeAttributes(a), graph.getNodeAttributes(b)];
  return { a, aLabel: na.label, aKind: na.kind, b, bLabel: nb.label, bKind: nb.kind, agreements: [], disagreements: [], agreement: 0, disagreement: 0 };
}

/** One actor's side of a pair, the other actor first. */
export interface Counterpart {
  node: string;
  label: string;
  kind: NodeAttributes["kind"];
  agreement: number;
  disagreement: number;
  /** Positions, with this actor's stance as `own` and the counterpart's as `theirs`. */
  agreements: { node: string; label: string; weight: number; own: PairedStance; theirs: PairedStance }[];
  disagreements: { node: string; label: string; weight: number; own: PairedStance; theirs: PairedStance }[];
}

export interface ActorAlignments {
  node: string;
  label: string;
  /** Those it agrees with more than it disagrees, strongest first; opponents the other way. */
  allies: Counterpart[];
  opponents: Counterpart[];
}

/** Allies and opponents of one actor, strongest first: the net of agreement and disagreement decides the side. */
export function alignmentsOf(graph: KnowledgeGraph, actor: string, query: AlignmentQuery = {}): ActorAlignments {
  const counterparts = computeAlignments(graph, query)
    .filter((pair) => pair.a === actor || pair.b === actor)
    .map((pair): Counterpart => {
      const mine = pair.a === actor;
      const view = (shared: SharedPosition) => ({ node: shared.node, label: shared.label, weight: shared.weight, own: mine ? shared.a : shared.b, theirs: mine ? shared.b : shared.a });
      return {
        node: mine ? pair.b : pair.a,
        label: mine ? pair.bLabel : pair.aLabel,
        kind: mine ? pair.bKind : pair.aKind,
        agreement: pair.agreement,
        disagreement: pair.disagreement,
        agreements: pair.agreements.map(view),
        disagreements: pair.disagreements.map(view),
      };
    });
  const strength = (c: Counterpart) => Math.abs(c.agreement - c.disagreement);
  const order = (x: Counterpart, y: Counterpart) => strength(y) - strength(x) || y.agreement + y.disagreement - (x.agreement + x.disagreement) || compareValues(x.label, y.label);
  return {
    node: actor,
    label: graph.getNodeAttribute(actor, "label"),
    allies: counterparts.filter((c) => c.agreement > c.disagreement).sort(order),
    opponents: counterparts.filter((c) => c.disagreement >= c.agreement).sort(order),
  };
}
