/**
 * The stance matrix of the current view: actors × positions, each cell the relations one actor
 * holds on one position. Positions come most contested first (held by both sides, then by most
 * actors), actors by how many positions they take a stance on.
 */
import { STANCE_RELATIONS, isStanceRelation, type KnowledgeGraph, type StanceRelation } from "../model/graph.js";
import { queryNeighbours } from "../query/neighbours.js";
import type { VisibleView } from "./filters.js";
import { compareValues } from "./order.js";

export interface MatrixAxis {
  node: string;
  label: string;
}

export interface MatrixPosition extends MatrixAxis {
  /** Actors who demanded or proposed it, and actors who rejected it. */
  supporters: number;
  opponents: number;
}

export interface MatrixCell {
  relations: StanceRelation[];
  edges: string[];
  /** Set when the stance is the state's this person speaks for ("as Ukraine"), not the person's own. */
  via?: string;
}

export interface StanceMatrix {
  actors: MatrixAxis[];
  positions: MatrixPosition[];
  /** By `cellKey(actor, position)`; absent where the actor holds no stance on the position. */
  cells: Map<string, MatrixCell>;
}

export const cellKey = (actor: string, position: string) => `${actor}\u0000${position}`;

export function stanceMatrix(graph: KnowledgeGraph, view: Pick<VisibleView, "edges" | "docs" | "dates">): StanceMatrix {
  const cells = new Map<string, MatrixCell>();
  const actorStances = new Map<string, number>();
  const sides = new Map<string, { supporters: Set<string>; opponents: Set<string> }>();
  for (const edge of view.edges) {
    const relation = graph.getEdgeAttribute(edge, "relation");
    if (!isStanceRelation(relation)) continue;
    const [actor, position] = graph.extremities(edge);
    const key = cellKey(actor, position);
    let cell = cells.get(key);
    if (!cell) {
      cell = { relations: [], edges: [] };
      cells.set(key, cell);
      actorStances.set(actor, (actorStances.get(actor) ?? 0) + 1);
    }
    if (!cell.relations.includes(relation)) cell.relations.push(relation);
    cell.edges.push(edge);
    const side = sides.get(position) ?? { supporters: new Set(), opponents: new Set() };
    (relation === "rejected" ? side.opponents : side.supporters).add(actor);
    sides.set(position, side);
  }
  // A leader's column also shows the stances the text gives to the state they speak for, marked as such (as `kg neighbours` lists them).
  for (const actor of actorStances.keys()) {
    if (graph.getNodeAttribute(actor, "kind") !== "person") continue;
    for (const group of queryNeighbours(graph, actor, { direction: "out", within: view }).groups) {
      for (const link of group.links) {
        if (!link.via || !isStanceRelation(link.relation) || !sides.has(link.node)) continue;
        const key = cellKey(actor, link.node);
        const cell = cells.get(key) ?? { relations: [], edges: [], via: link.via.label };
        if (cell.via === undefined) continue;
        if (!cell.relations.includes(link.relation)) cell.relations.push(link.relation);
        cell.edges.push(link.edge);
        cells.set(key, cell);
      }
    }
  }
  for (const cell of cells.values()) cell.relations.sort((a, b) => STANCE_RELATIONS.indexOf(a) - STANCE_RELATIONS.indexOf(b));
  const label = (node: string) => graph.getNodeAttribute(node, "label");
  const positions = [...sides].map(([node, side]) => ({ node, label: label(node), supporters: side.supporters.size, opponents: side.opponents.size }));
  const contested = (p: MatrixPosition) => Math.min(p.supporters, p.opponents);
  positions.sort((a, b) => contested(b) - contested(a) || b.supporters + b.opponents - (a.supporters + a.opponents) || compareValues(a.label, b.label));
  const actors = [...actorStances].sort((a, b) => b[1] - a[1] || compareValues(label(a[0]), label(b[0]))).map(([node]) => ({ node, label: label(node) }));
  return { actors, positions, cells };
}
