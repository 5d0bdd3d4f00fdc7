/** Colours of node kinds and relations, shared by the GEXF exporter and the viewer's legend. */
import type { NodeKind, Relation } from "./graph.js";

export const KIND_COLORS: Record<NodeKind, [number, number, number]> = {
  person: [66, 133, 244],
  state: [219, 68, 55],
  organization: [15, 157, 88],
  place: [244, 160, 0],
  position: [142, 68, 173],
};

export const RELATION_COLORS: Record<Relation, [number, number, number]> = {
  demanded: [230, 81, 0],
  rejected: [198, 40, 40],
  proposed: [46, 125, 50],
  affiliated_with: [120, 144, 156],
  concerns: [176, 190, 197],
};

export const rgb = ([r, g, b]: [number, number, number]) => `rgb(${r},${g},${b})`;

/** Node size from its mention count: readable from 1 to thousands of mentions. */
export function nodeSize(mentions: number, degree: number): number {
  return Math.round((3 + 3 * Math.log2(1 + Math.max(mentions, degree))) * 100) / 100;
}
