/** The shape of a stance cue row, shared by every source of rows (cues.ts, cues-wordnet.ts). */
import type { StanceRelation } from "../model/graph.js";

/**
 * Where the content of a cue sits.
 * - `object`: what follows the cue: a noun phrase, gerund, that-clause or to-infinitive ("rejected the plan").
 * - `addressee`: "urged Athens to pull back": the noun phrase after the cue is who is asked, the content is the to-infinitive after it; without one it falls back to `object`.
 * - `subject`: the clause's subject is the content and the holder comes from elsewhere ("the plan is unacceptable", "X called the plan unacceptable").
 */
export type ContentSite = "object" | "addressee" | "subject";

export type CuePart = "verb" | "noun" | "adjective";

export interface CueRow {
  /** Lemma; a phrasal cue names its particle as well ("rule out", "call for"). */
  lemma: string;
  part: CuePart;
  relation: StanceRelation;
  content: ContentSite;
  confidence: number;
  /** The cue holds only when negated: "will not accept" is a rejection, "accepted" is not a stance. */
  negatedOnly?: true;
  /** The cue's own verb is what is refused ("will not cede territory" → "cession of territory"). */
  includesVerb?: true;
  /** The cue holds only as a refusal of what is to come ("will not let", "refused to permit"), not as a past fact ("did not let"). */
  refusalOnly?: true;
  /** A proposal made on a condition ("ready to talk if…") stays a proposal. */
  conditional?: true;
  /** A noun that states a stance only when a verb restates it ("reiterated the need for…"). */
  restatedOnly?: true;
}

export const row = (lemma: string, part: CuePart, relation: StanceRelation, content: ContentSite, confidence: number, extra: Partial<CueRow> = {}): CueRow => ({
  lemma, part, relation, content, confidence, ...extra,
});
