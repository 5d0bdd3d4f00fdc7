/** Colours of node kinds and relations, shared by the GEXF exporter and the viewer's legend. */
import type { NodeKind, Relation, StanceRelation } from "./graph.js";

export const KIND_COLORS: Record<NodeKind, [number, number, number]> = {
  person: [66, 133, 244],
  state: [219, 68, 55],
  organization: [15, 157, 88],
  place: [199, 120, 0],
  position: [142, 68, 173],
};

/**
 * Okabe–Ito hues for the stances: told apart with red-green colour blindness too (ΔE ≥ 37 under
 * simulated protanopia and deuteranopia), each ≥ 3:1 against the page. Rejected edges are also
 * dashed where the viewer draws them in focus, and the matrix marks cells with letters.
 */
export const RELATION_COLORS: Record<Relation, [number, number, number]> = {
  demanded: [0, 114, 178],
  rejected: [213, 94, 0],
  proposed: [0, 158, 115],
  affiliated_with: [122, 111, 155],
  concerns: [125, 136, 145],
};

/** Relations drawn dashed, their second cue beside colour: rejections, and context links. */
export const DASHED_RELATIONS: ReadonlySet<Relation> = new Set<Relation>(["rejected", "concerns"]);
/** Dash and gap in CSS pixels, alike in the graph, its focus layer and the legends. */
export const DASH_PATTERN: readonly [number, number] = [5, 3];

/** One-letter marks of the stances, the second cue beside colour. */
export const STANCE_MARKS: Record<StanceRelation, string> = { demanded: "D", rejected: "R", proposed: "P" };

export const rgb = ([r, g, b]: [number, number, number]) => `rgb(${r},${g},${b})`;

/** Node size from its mention count: readable from 1 to thousands of mentions. */
export function nodeSize(mentions: number, degree: number): number {
  return Math.round((3 + 3 * Math.log2(1 + Math.max(mentions, degree))) * 100) / 100;
}
