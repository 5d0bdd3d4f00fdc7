/** Stage 6, stances: who demanded, rejected or proposed what. */
import type { StanceRelation } from "../model/graph.js";

export interface PositionRef {
  key: string;
  label: string;
  aliases: string[];
}

export interface Stance {
  actor: string;
  relation: StanceRelation;
  position: PositionRef;
  doc: string;
  sentence: number;
  confidence: number;
  /** Entity keys the position is about (places, states, actors named in it). */
  concerns: string[];
}
