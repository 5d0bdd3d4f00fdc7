/**
 * Stage 6, stances: who demanded, rejected or proposed what. The frames of each sentence
 * (frames.ts, found while the document was analysed) name their holder, speaker and content
 * as spans; here the spans become entities (actors.ts), anaphoric contents ("the offer") take
 * the position named before them, and paraphrased positions merge across the corpus (positions.ts).
 */
import type { StanceRelation } from "../../model/graph.js";
import { ANAPHORIC_STANCE_NOUNS, BARE_REFERENTS, GENERIC_REFERENTS, NEUTRAL_ANAPHORS } from "../../lexicon/cues.js";
import type { Lexicon } from "../../lexicon/index.js";
import type { AnalyzedDocument } from "../analyze.js";
import { entityOf, resolutionsByDocument, type DocumentResolution, type ResolvedEntities } from "../entities.js";
import { actorMentions, officersIn, readSpan, type DiscourseState, type SentenceActors } from "./actors.js";
import type { StanceFrame } from "./frames.js";
import { partsOfPlaces } from "./containment.js";
import { stems } from "./position-key.js";
import { clusterPositions, similarity, type PositionRef } from "./positions.js";

export type { PositionRef } from "./positions.js";

/** A stance found in one document, before its position is merged with paraphrases corpus-wide. */
export interface StanceCandidate {
  actor: string;
  /** For a group named only by a description ("ruling bloc"), which no entity has: its label. */
  actorLabel?: string;
  relation: StanceRelation;
  label: string;
  confidence: number;
  sentence: number;
  doc: string;
  /** The sentence itself: the edge's evidence. */
  quote: string;
  /** Entity keys the position is about (places, states, actors named in it). */
  concerns: string[];
  /** An act whose object was a pronoun ("withdraw them"): it names this document's position only. */
  local?: true;
  /** For such an act, its label with the pronoun's antecedent, used when the act meets no other position of its story. */
  antecedent?: string;
}

export interface Stance extends Omit<StanceCandidate, "label" | "concerns"> {
  position: PositionRef;
  concerns: string[];
}

export function extractStances(docs: readonly AnalyzedDocument[], resolved: ResolvedEntities, lexicon: Lexicon): Stance[] {
  const resolutionFor = resolutionsByDocument(resolved);
  const parts = docs.flatMap((doc) => findPlaceParts(doc, resolutionFor(doc.name)));
  return clusterStances(docs.flatMap((doc) => findStanceCandidates(doc, resolutionFor(doc.name), lexicon)), resolved, parts);
}

/** The places one document says are parts of others, as [part, whole] entity keys. */
export function findPlaceParts(doc: AnalyzedDocument, resolved: DocumentResolution): [string, string][] {
  return doc.sentences.flatMap((sentence) => {
    const keys = sentence.mentions.map((m) => entityOf(resolved, m));
    return partsOfPlaces(sentence, (i) => (keys[i] && resolved.entities.get(keys[i]!)?.kind === "place" ? keys[i] : undefined));
  });
}

/** The stances of one document, from its slice of the resolution; the builder runs it in the workers. */
export function findStanceCandidates(doc: AnalyzedDocument, resolved: DocumentResolution, lexicon: Lexicon): StanceCandidate[] {
  const candidates: StanceCandidate[] = [];
  const frameOf = new Map<StanceCandidate, StanceFrame>();
  const discourse: DiscourseState = {};
  doc.sentences.forEach((sentence, s) => {
    const keys = sentence.mentions.map((m) => entityOf(resolved, m));
    const context: SentenceActors = { sentence, mentions: actorMentions(sentence, keys, resolved, lexicon) };
    // "Thapa Magar: We have proposed…": an interview's answer names its speaker before a colon; "we" and "I" are his for the paragraph.
    const label = SPEAKER_LABEL.exec(sentence.text);
    const labelled = label ? context.mentions.find((m) => m.start === 0 && m.end <= label[0].length)?.key : undefined;
    // "A: Nothing went wrong…": a question-and-answer interview's answers are the interviewee's, whom its lead-in says "spoke to" the outlet.
    const answer = /^A:\s/.test(sentence.text) ? discourse.interviewee : undefined;
    if (labelled ?? answer) discourse.voice = { paragraph: sentence.paragraph, key: (labelled ?? answer)! };
    if (!discourse.interviewee && !discourse.questioned) discourse.interviewee = intervieweeIn(context, discourse, resolved);
    if (/^Q:\s/.test(sentence.text)) discourse.questioned = true;
    const voice = discourse.voice?.paragraph === sentence.paragraph ? discourse.voice.key : undefined;
    for (const frame of sentence.frames ?? []) {
      const actors = holdersOf(frame, context, discourse, resolved, lexicon, voice);
      if (!actors.length) continue;
      // "the offer" with nothing offered before it says too little to stand as a position.
      const named = frame.amount ? amountReferent(candidates, frame.label, actors, s) : frame.pronoun ? pronounReferent(candidates, frame.relation, actors, s) : frame.anaphor ? antecedent(candidates, frameOf, frame, s, actors, (key) => resolved.entities.get(key)?.names.join(" ") ?? "", sentence.text.slice(frame.content.start, frame.content.end)) : frame.label;
      // "rejected any increase", "opposing the deal": a bare word names the position stated before it, or none.
      // "any deal that would limit…" says more than its label: it stays.
      // "the idea at a briefing on Thursday" is as bare as "the idea": only a clause says more.
      const written = sentence.text.slice(frame.content.start, frame.content.end);
      const bare = named && BARE_REFERENTS.has(named.toLowerCase()) && (written.split(/\s+/).length <= 3 || !/\b(?:that|which|who|whereby|under|to)\b/i.test(written));
      const definite = !bare && named ? definiteReferent(candidates.filter((c) => c.relation !== "rejected"), named, written, actors) : undefined;
      const found = bare ? referent(candidates, named, actors) : definite ?? (named && (suchReferent(candidates, written, actors) ?? named));
      if (!found) continue;
      // "tabled the Arena Medya offer … and asked the clubs to approve it": "it" is what the same sentence gave before.
      const ownBefore = withAntecedent(found, candidates.filter((c) => c.sentence === s && actors.includes(c.actor)).pop()?.label);
      // "He floated paying for them…": failing a stance of the sentence, the thing the text named before.
      const label = found === frame.label && frame.antecedent && /\b(?:it|them)\b/.test(ownBefore) ? frame.antecedent : ownBefore;
      // "withdraw them", "publish them", "suspend it": the act alone, its object a pronoun, means this story's thing only.
      const actsOnPronoun = !/\s/.test(label) && /^\S+\s+(?:it|them)\b/i.test(written);
      // "dismissed the call" after "urged IBAMA to suspend it": a stance taken from such an act is about its thing too.
      const pointedAt = label !== frame.label ? candidates.findLast((c) => c.local && c.label === label) : undefined;
      const local = actsOnPronoun || !!pointedAt;
      const labelWithThing = actsOnPronoun ? frame.antecedent : pointedAt?.antecedent;
      const concerns = sentence.mentions
        .map((m, i) => ({ m, key: keys[i] }))
        .filter(({ m, key }) => key && [frame.content, frame.recipient].some((part) => part && m.start >= part.start && m.end <= part.end) && !actors.includes(key))
        .map(({ key }) => key!);
      for (const actor of actors) {
        const group = discourse.groups?.get(actor);
        const candidate: StanceCandidate = { actor, ...(group ? { actorLabel: group } : {}), relation: frame.relation, label, confidence: frame.confidence, sentence: s, doc: doc.name, quote: quoteOf(sentence.text, frame), concerns, ...(local ? { local, ...(labelWithThing ? { antecedent: labelWithThing } : {}) } : {}) };
        candidates.push(candidate);
        frameOf.set(candidate, frame);
        if (resolved.entities.get(actor)?.kind !== "person") discourse.lastGroup = actor;
        if (resolved.entities.get(actor)?.kind === "state") discourse.lastState = actor;
        if (resolved.entities.get(actor)?.kind === "organization") discourse.lastBody = actor;
      }
    }
    updateDiscourse(context, discourse, resolved);
  });
  return mergeRestatements(withLaterAntecedents(candidates, frameOf));
}

/**
 * "Putrajaya pushed back against the signalling demand" at 2:50pm, above the 2:15pm entry where
 * "the LTA stuck to its demand that trains … run on a single signalling standard": a live blog
 * runs newest first, so a stance noun whose own words found no earlier position takes the later
 * position of another actor of its kind that shares one of them.
 */
function withLaterAntecedents(candidates: readonly StanceCandidate[], frameOf: ReadonlyMap<StanceCandidate, StanceFrame>): StanceCandidate[] {
  return candidates.map((candidate, i) => {
    const frame = frameOf.get(candidate)!;
    if (!frame.anaphor || candidate.label !== frame.label) return candidate;
    const { modifiers, noun } = stanceNounParts(frame.label);
    if (!modifiers.length) return candidate;
    const later = candidates.slice(i + 1).find((c) => c.actor !== candidate.actor && c.sentence > candidate.sentence && !frameOf.get(c)!.anaphor && (c.relation === frame.anaphor || NEUTRAL_ANAPHORS.has(noun) && c.relation !== "rejected") && modifiers.some((m) => stems(c.label).includes(m)));
    return later ? { ...candidate, label: later.label } : candidate;
  });
}

/** A stance noun's label split at its noun: "the indexation idea" → modifiers ["index"], noun "idea". */
function stanceNounParts(label: string): { noun: string; modifiers: string[] } {
  // Only the words before the stance noun modify it: "the idea at a briefing" is the idea.
  const words = label.split(/\s+/);
  const head = words.findIndex((w) => ANAPHORIC_STANCE_NOUNS.has(w.toLowerCase().replace(/s$/, "")));
  const modifiers = stems(head >= 0 ? words.slice(0, head).join(" ") : label).filter((w) => !ANAPHOR_WORDS.has(w));
  return { noun: words[head]?.toLowerCase() ?? "", modifiers };
}

/**
 * A headline and the lead often state one stance twice in other words ("rules out debt
 * restructuring", "ruled out restructuring the country's debt"): an actor's stances of one relation
 * in two sentences of a document that share content words take the shorter label, so they become
 * one edge with both quotes.
 */
function mergeRestatements(candidates: StanceCandidate[]): StanceCandidate[] {
  // Names are what a stance is about, not what it asks: "Ukraine" alone makes no restatement. A place it
  // concerns is part of what it asks ("Red Sea claim", "securing access to the Red Sea").
  const signatures = candidates.map((c) => new Set([...stems(c.label.split(/\s+/).filter((w) => !/^\p{Lu}/u.test(w)).join(" ")), ...c.concerns.filter((k) => k.startsWith("place:"))]));
  return candidates.map((candidate, i) => {
    let chosen = candidate;
    candidates.forEach((other, k) => {
      if (k === i || other.actor !== candidate.actor || other.relation !== candidate.relation) return;
      if (!signatures[i]!.size || !signatures[k]!.size) return;
      // One sentence may state it twice over, nested ("a deal requiring Iran to dismantle X", "dismantling X").
      if (similarity(signatures[i]!, signatures[k]!) < (other.sentence === candidate.sentence ? NESTED_OVERLAP : RESTATEMENT_OVERLAP)) return;
      if (preferred(other, chosen)) chosen = other;
    });
    return chosen.label === candidate.label ? candidate : { ...candidate, label: chosen.label };
  });
}

/** Share of the shorter label's content words that the other label has too. */
const RESTATEMENT_OVERLAP = 0.3;
/** Within one sentence, the shorter label's words must nearly all be in the other's. */
const NESTED_OVERLAP = 0.6;

const wordCount = (label: string) => label.split(/\s+/).length;
const hasNumber = (label: string) => /\d/.test(label);
/** "27 lakh a hectare": an amount that names nothing it is an amount of. */
const opensWithAmount = (label: string) => /^(?:[\p{Sc}]|Rs\.?\s|\d)/u.test(label);
/**
 * Of two restatements, the one with an amount ("cutting the increase to 7.5%" over "halving the rise"), then one that names
 * what the amount is of ("compensation package of Rs 27 lakh per hectare" over "27 lakh a hectare"), else the shorter,
 * else the later: a standfirst's "Super Lig rights back on the market" is restated by the body's act.
 */
const preferred = (a: StanceCandidate, b: StanceCandidate) =>
  hasNumber(a.label) !== hasNumber(b.label) ? hasNumber(a.label) : opensWithAmount(a.label) !== opensWithAmount(b.label) ? !opensWithAmount(a.label) : wordCount(a.label) !== wordCount(b.label) ? wordCount(a.label) < wordCount(b.label) : a.sentence !== b.sentence ? a.sentence > b.sentence : a.label < b.label;

/** "Thapa Magar:", "Amb. Sato:": a name of up to four words and a colon opening a line. */
const SPEAKER_LABEL = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}:\s/u;

/**
 * Who holds a frame's stance: the speaker where the clause is his (modals, a pronoun or description
 * inside his quote), else the named holder; the first person of an interview's answer is its `voice`.
 */
function holdersOf(frame: StanceFrame, context: SentenceActors, discourse: DiscourseState, resolved: DocumentResolution, lexicon: Lexicon, voice?: string): string[] {
  const speaker = frame.speaker ? readSpan(frame.speaker, context, discourse, resolved, lexicon) : undefined;
  const holder = !frame.speakerHolds && frame.holder ? readSpan(frame.holder, context, discourse, resolved, lexicon) : undefined;
  const firstPerson = frame.speakerHolds ? !frame.speaker || speaker?.how === "first-person" : holder?.how === "first-person";
  if (voice && firstPerson && !speaker?.keys.length) return [voice];
  // "Some in Santiago say Peru wants…": what unnamed others say of an actor is their claim, not its stance.
  if (speaker?.how === "indefinite" && !frame.speakerHolds) return [];
  if (frame.speakerHolds) return speaker?.keys ?? [];
  if (holder?.how === "named" || holder?.how === "indefinite") return holder.keys;
  // A pronoun speaker ("…, saying it would") does not outweigh a holder the clause describes ("the company");
  // a described speaker outweighs a pronoun holder ("The collective … said it would not drop its demand").
  if (speaker?.keys.length && (speaker.how === "named" || speaker.how === "description" && holder?.how === "pronoun" || !holder?.keys.length)) return speaker.keys;
  return holder?.keys ?? [];
}

/**
 * The evidence: the sentence from where the stance's clause starts (its holder, speaker or
 * content), so that a dateline or a page's lead-in before it ("DOHA — ") is left out.
 */
function quoteOf(text: string, frame: StanceFrame): string {
  const from = Math.min(frame.content.start, frame.holder?.start ?? Infinity, frame.speaker?.start ?? Infinity);
  const dash = /\s[—–]\s+(?=[^—–]*$)/.exec(text.slice(0, from));
  const start = dash ? dash.index + dash[0].length : 0;
  const end = Math.max(frame.content.end, frame.holder?.end ?? 0, frame.speaker?.end ?? 0);
  return capQuote(text, start, end);
}

/** Longest evidence quote: a run-on "sentence" of a megabyte must not be copied into every edge. */
export const MAX_QUOTE_CHARS = 600;

/**
 * The text from `start`, and at least to `end` where that fits: cut at word boundaries to
 * MAX_QUOTE_CHARS around the frame, verbatim (a quote must be found in its document).
 */
export function capQuote(text: string, start = 0, end = start): string {
  if (text.length - start <= MAX_QUOTE_CHARS) return text.slice(start);
  let from = Math.max(start, Math.min(end, text.length) - MAX_QUOTE_CHARS);
  if (from > start) from = text.indexOf(" ", from) + 1 || from;
  let to = Math.min(text.length, from + MAX_QUOTE_CHARS);
  const space = text.lastIndexOf(" ", to);
  if (to < text.length && space > from) to = space;
  return text.slice(from, to).trim();
}

/** The last position another actor of the document stated with this word in it, or for a generic word the last proposal. */
function referent(candidates: readonly StanceCandidate[], word: string, actors: readonly string[]): string | undefined {
  const stem = stems(word)[0];
  const others = stem ? candidates.filter((c) => !actors.includes(c.actor) && c.label.toLowerCase() !== word.toLowerCase()).reverse().map((c) => ({ label: c.label, words: stems(c.label) })) : [];
  // "rejected the increase" after "a 15% increase in port dues" and "cutting the increase to 7.5%": the phrase about an increase.
  const about = others.find((c) => c.words.find((w) => !/^\d/.test(w)) === stem) ?? others.find((c) => c.words.includes(stem!));
  if (about) return about.label;
  if (!GENERIC_REFERENTS.has(word.toLowerCase())) return undefined;
  for (let k = candidates.length - 1; k >= 0; k--) if (candidates[k]!.relation === "proposed" && !actors.includes(candidates[k]!.actor)) return candidates[k]!.label;
  return undefined;
}

/**
 * A definite phrase names the position another actor of the document stated with its words, if one
 * did: a lone noun after "the" and nothing else ("calling for the extension"), or two or three words
 * with no preposition after a determiner ("balked at the wage floor" after "a minimum monthly
 * wage", "rejected the compulsory posting"), by its noun first, then its other words.
 */
function definiteReferent(candidates: readonly StanceCandidate[], label: string, written: string, actors: readonly string[]): string | undefined {
  const words = label.split(/\s+/);
  if (words.length === 1) return /^the\s+\S+$/i.test(written.trim()) ? referent(candidates, label, actors) : undefined;
  if (words.length > 3 || words.some((w) => PHRASE_BREAKS.has(w.toLowerCase()))) return undefined;
  const after = /^(?:the|this|that|these|those)\s+(.*)$/is.exec(written.trim())?.[1]?.toLowerCase() ?? "";
  if (!after.startsWith(label.toLowerCase()) || /^[\p{L}\d]/u.test(after.slice(label.length))) return undefined;
  words.reverse();
  for (const word of words) {
    if (GENERIC_REFERENTS.has(word.toLowerCase())) continue;
    const found = referent(candidates, word, actors);
    if (found) return found;
  }
  return undefined;
}

/** Words that make a phrase more than a noun with its modifiers. */
const PHRASE_BREAKS: ReadonlySet<string> = new Set(["of", "for", "in", "on", "to", "from", "with", "at", "by", "and", "or", "that", "which", "who", "as", "than"]);

/**
 * A label whose object is "it" or "them" takes the object of the position its holder stated just
 * before in the same sentence: the thing itself ("Arena Medya offer"), or what an act was done to
 * ("settling the dispute within the GCC" → "the dispute").
 */
function withAntecedent(label: string, before: string | undefined): string {
  if (!before || !/\b(?:it|them)\b/.test(label) || /\b(?:it|them)\b/.test(before)) return label;
  const words = before.split(" ");
  const act = /^\S+(?:ing|ion|al|ment)$/.test(words[0]!) || /^\S+ of /.test(before);
  const ofAt = words.indexOf("of");
  const objectStart = ofAt === 1 ? 2 : act && /ing$/.test(words[0]!) ? 1 : 0;
  const rest = words.slice(objectStart);
  const end = rest.findIndex((w, k) => k > 0 && /^(?:in|within|on|at|by|for|from|to|with|before|after|out)$/.test(w));
  const object = (end > 0 ? rest.slice(0, end) : rest).join(" ");
  const definite = /^(?:the|a|an|its|their)\b/i.test(object) || /^\p{Lu}/u.test(object) ? object : `the ${object}`;
  return label.replace(/\b(?:it|them)\b/, definite);
}

/** How many sentences back a pronoun content ("would not hear of it") may find its position. */
const PRONOUN_REACH = 2;

/** The last candidate of the last PRONOUN_REACH sentences that `accepts`, scanning back. */
function recentCandidate(candidates: readonly StanceCandidate[], sentence: number, accepts: (candidate: StanceCandidate) => boolean): StanceCandidate | undefined {
  for (let k = candidates.length - 1; k >= 0 && sentence - candidates[k]!.sentence <= PRONOUN_REACH; k--) if (accepts(candidates[k]!)) return candidates[k];
  return undefined;
}

/**
 * "Chimiris would not hear of it", "Arena Medya balked at that": the position another actor demanded
 * or proposed in the last sentences. A proposal of "it" says nothing of its own.
 */
function pronounReferent(candidates: readonly StanceCandidate[], relation: StanceRelation, actors: readonly string[], sentence: number): string | undefined {
  if (relation === "proposed") return undefined;
  // "rejected any two-state solution, calling it a violation": "it" is what the same sentence already has them reject.
  if (candidates.some((c) => c.sentence === sentence && actors.includes(c.actor))) return undefined;
  return recentCandidate(candidates, sentence, (c) => c.relation !== "rejected" && !actors.includes(c.actor))?.label;
}

/**
 * "refused to give such a guarantee", "calling for such a commission": "such" points back at the
 * position another actor of the document stated with that noun in it.
 */
function suchReferent(candidates: readonly StanceCandidate[], written: string, actors: readonly string[]): string | undefined {
  const noun = /\bsuch\s+(?:an?\s+)?([\p{L}-]+)/iu.exec(written)?.[1];
  return noun ? referent(candidates, noun, actors) : undefined;
}

/**
 * "On pay, the studios offered a 6% rise in the per-loop rate. ANDA wants 18%": another actor's
 * position of the last sentences with an amount of the same kind, at this amount ("18% rise in the
 * per-loop rate").
 */
function amountReferent(candidates: readonly StanceCandidate[], amount: string, actors: readonly string[], sentence: number): string | undefined {
  // "20% from January": the amount, then when it is to start.
  const value = /^\S+/.exec(amount)![0];
  const kind = value.endsWith("%") ? /\d[\d.,]*%/ : /[$€£¥₹]\d[\d.,]*(?:\s*(?:million|billion|m|bn|k)\b)?/;
  return recentCandidate(candidates, sentence, (c) => !actors.includes(c.actor) && kind.test(c.label))?.label.replace(kind, value).concat(amount.slice(value.length));
}

/** Stems of the stance nouns themselves and of words that only point back ("such", "latest"). */
const ANAPHOR_WORDS = new Set(stems([...ANAPHORIC_STANCE_NOUNS.keys(), "such", "same", "new", "latest", "revised", "last", "previous", "earlier", "original", "whole"].join(" ")));

/**
 * "the offer", "that idea": the last position of the same kind this document named. A stance noun
 * with modifiers of its own ("the buyout plan", "the indexation idea") names its position itself:
 * it takes the last position sharing one of those words, or else stands as it is; a modifier
 * naming who made it ("the Miyoshi offer") takes that actor's last one.
 */
function antecedent(candidates: readonly StanceCandidate[], frameOf: ReadonlyMap<StanceCandidate, StanceFrame>, frame: StanceFrame, sentence: number, holders: readonly string[], labelOf: (key: string) => string, written: string): string | undefined {
  const own = frame.label;
  const { noun, modifiers } = stanceNounParts(own);
  // "the idea of such a force" points back however many words it has; so does a maker's possessive ("the union's pay demand").
  const pointsBack = !modifiers.length || /\b(?:such|this|that|these|those)\b/i.test(written) || /\p{Ll}['’]s?\s/u.test(written);
  // Nobody rejects his own offer: "The federation poured cold water on the idea" means another's.
  // An idea may have been demanded as well as proposed ("calling for a new tender… poured cold water on the idea").
  const kind = (c: StanceCandidate) => c.relation === frame.anaphor || NEUTRAL_ANAPHORS.has(noun) && c.relation !== "rejected" && sentence - c.sentence <= PRONOUN_REACH;
  const earlier = candidates.filter((c) => kind(c) && !(frame.relation === "rejected" && holders.includes(c.actor))).reverse();
  const sharing = modifiers.length ? earlier.find((c) => modifiers.some((m) => stems(c.label).includes(m) || stems(labelOf(c.actor)).includes(m))) : undefined;
  if (sharing) return sharing.label;
  const last = pointsBack ? earlier[0] : undefined;
  if (!last) return own;
  // "offered a 19% raise … and a further 8% for the second half. The unions rejected the offer": the offer's first part names it.
  const cue = frameOf.get(last)!;
  const coordinated = (c: StanceCandidate) => {
    const frame = frameOf.get(c)!;
    return c.sentence === last.sentence && c.actor === last.actor && frame.cue === cue.cue && frame.holder?.start === cue.holder?.start && frame.speaker?.start === cue.speaker?.start;
  };
  return candidates.find(coordinated)!.label;
}

/** "He spoke to Himalayan Dispatch in Pasighat", "Gen. Thawatchai Srisuk spoke to …": who an interview's lead-in says gave it. */
function intervieweeIn(context: SentenceActors, discourse: DiscourseState, resolved: DocumentResolution): string | undefined {
  // "talks with the BRN" is a noun; only the verb's past and third person say who gave the interview.
  const spoke = /\b(?:spoke|talked|speaks)\s+(?:to|with)\b/.exec(context.sentence.text);
  if (!spoke) return undefined;
  const named = context.mentions.find((m) => m.end <= spoke.index && resolved.entities.get(m.key)?.kind === "person");
  if (named) return named.key;
  return /\b(?:he|she)\s+$/i.test(context.sentence.text.slice(0, spoke.index)) ? discourse.lastPerson : undefined;
}

/** The first person named in a sentence is who "he" or "she" means next; a sentence-opening group is what "it" means. */
function updateDiscourse(context: SentenceActors, discourse: DiscourseState, resolved: DocumentResolution): void {
  for (const [person, org] of officersIn(context, resolved)) (discourse.officers ??= new Map()).set(person, org);
  const person = context.mentions.find((m) => resolved.entities.get(m.key)?.kind === "person");
  if (person) discourse.lastPerson = person.key;
  const opening = context.mentions[0];
  if (opening && opening.start <= 4 && resolved.entities.get(opening.key)?.kind !== "person") discourse.lastGroup = opening.key;
  if (opening && opening.start <= 4 && resolved.entities.get(opening.key)?.kind === "organization") discourse.lastBody = opening.key;
  const state = context.mentions.find((m) => resolved.entities.get(m.key)?.kind === "state" && !m.possessive);
  if (state) discourse.lastState = state.key;
}

/**
 * Corpus-wide: paraphrased labels merge into one position each. A position about a place the
 * corpus calls part of another is about the whole too (`parts`: [part, whole] entity keys).
 */
export function clusterStances(candidates: readonly StanceCandidate[], resolved: ResolvedEntities, parts: readonly [string, string][] = []): Stance[] {
  const wholes = new Map<string, string[]>();
  for (const [part, whole] of parts) if (!wholes.get(part)?.includes(whole)) wholes.set(part, [...(wholes.get(part) ?? []), whole]);
  const cluster = (items: readonly StanceCandidate[]) => clusterPositions(items.map((c) => ({ label: c.label, doc: c.doc, local: !!c.local, concerns: [...c.concerns, ...c.concerns.flatMap((k) => wholes.get(k) ?? [])] })), resolved);
  let positions = cluster(candidates);
  // "suspend it" that met only other acts on pronouns names what its document said "it" was.
  const onlyLocal = new Set(positions.map((p) => p.key));
  candidates.forEach((c, i) => !c.local && onlyLocal.delete(positions[i]!.key));
  const relabelled = candidates.map((c, i) => (c.antecedent && onlyLocal.has(positions[i]!.key) ? { ...c, label: c.antecedent, local: undefined } : c));
  if (relabelled.some((c, i) => c !== candidates[i])) positions = cluster(relabelled);
  const members = new Map<string, number>();
  for (const position of positions) members.set(position.key, (members.get(position.key) ?? 0) + 1);
  // "withdraw them" that met nothing of its own story is an act without its object: no position.
  const objectless = (c: StanceCandidate, i: number) => c.local && members.get(positions[i]!.key) === 1;
  return relabelled.flatMap(({ label: _label, local: _local, antecedent: _antecedent, ...candidate }, i) => (objectless(relabelled[i]!, i) ? [] : [{ ...candidate, ...(relabelled[i]!.local ? { local: true as const } : {}), position: positions[i]!, concerns: [...new Set(candidate.concerns)] }]));
}
