/**
 * Stage 6, stances: who demanded, rejected or proposed what. Cues are verb and noun classes
 * in the spirit of CAMEO's DEMAND, REJECT and APPEAL/PROPOSE categories, read with the
 * construction around them: reported speech ("X said Y must…"), possessive nominals ("X's
 * demand to…"), passives ("was rejected by X"), threats with a condition, and refusals
 * without the verb "reject". Negated and hypothetical cues make no claim. Actors are
 * resolved mentions, pronouns and definite descriptions ("the Ukrainian president").
 */
import type { StanceRelation } from "../model/graph.js";
import type { Lexicon } from "../lexicon/index.js";
import type { AnalyzedDocument, AnalyzedSentence } from "./analyze.js";
import { entityOf, type Entity, type ResolvedEntities } from "./entities.js";
import { clusterPositions, NOMINALIZATIONS } from "./positions.js";
import { nameKey } from "../lexicon/normalize.js";

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
  /** The sentence itself and the page's date: the edge's evidence. */
  quote: string;
  date?: string;
  confidence: number;
  /** Entity keys the position is about (places, states, actors named in it). */
  concerns: string[];
}

/** Where the stance's content lies relative to the cue. */
type TargetSide = "after" | "before";

interface Cue {
  relation: StanceRelation;
  pattern: RegExp;
  target: TargetSide;
  confidence: number;
  /** The cue already contains its negation ("not going to do that"): no negation check. */
  inherentlyNegative?: boolean;
}

/** Ordered: the first cue that matches a stretch of text wins it. */
const CUES: Cue[] = [
  // Refusals without "reject".
  { relation: "rejected", pattern: /\b(?:is|are|was|were)\s+not\s+going\s+to\s+(?:do\s+(?:that|so|it)|accept|agree\s+to)\b/gi, target: "before", confidence: 0.75, inherentlyNegative: true },
  { relation: "rejected", pattern: /\b(?:will|would|shall|can)\s*(?:not|never|n['’]t)\s+be\s+(?:ceded|accepted|discussed|recogni[sz]ed|surrendered|negotiated|given\s+up|handed\s+over)\b/gi, target: "before", confidence: 0.75, inherentlyNegative: true },
  { relation: "rejected", pattern: /\b(?:will|would|could|can|shall)\s*(?:not|never|n['’]t)\s+(?:discuss(?:ed)?|accept(?:ed)?|recogni[sz]e(?:d)?|ced(?:e|ed)|give\s+up|surrender(?:ed)?|allow(?:ed)?|tolerat(?:e|ed)|negotiat(?:e|ed)|agree\s+to|withdraw|hand\s+over)\b/gi, target: "after", confidence: 0.8, inherentlyNegative: true },
  { relation: "rejected", pattern: /\bwon['’]t\s+(?:discuss|accept|recogni[sz]e|cede|give\s+up|allow|tolerate|negotiate|agree\s+to|withdraw)\b/gi, target: "after", confidence: 0.8, inherentlyNegative: true },
  { relation: "rejected", pattern: /\b(?:is|are|was|were|would\s+be|will\s+be)\s+(?:totally\s+|completely\s+|absolutely\s+)?(?:unacceptable|out\s+of\s+the\s+question|not\s+up\s+for\s+(?:negotiation|discussion|debate)|off\s+the\s+table)\b/gi, target: "before", confidence: 0.75, inherentlyNegative: true },
  { relation: "rejected", pattern: /\b(?:would|will)\s+(?:be\s+)?(?:considered\s+)?(?:["“]?legitimate\s+targets?)/gi, target: "before", confidence: 0.7, inherentlyNegative: true },
  // Demands.
  { relation: "demanded", pattern: /\b(?:is|are|were|was|remain|remains)\s+["“]?non-negotiable\b/gi, target: "before", confidence: 0.7, inherentlyNegative: true },
  { relation: "demanded", pattern: /\b(?:would|will)\s+(?:push|drive|force|throw)\b[^.;]*?\bif\s+(?:they|it|he|she|kyiv|\w+)\s+(?:refused?|refuses|fail(?:s|ed)?|do(?:es)?\s+not\s+agree)\s+to\b/gi, target: "after", confidence: 0.7 },
  { relation: "demanded", pattern: /\b(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?\s+(?:on|that)|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|requir(?:e|es|ed)|seek(?:s|ing)?|sought|want(?:s|ed)?|trying\s+to\s+get|tried\s+to\s+get|expect(?:s|ed)?|ask(?:s|ed)?\s+for|(?:is|are|was|were)\s+determined\s+to)\b/gi, target: "after", confidence: 0.75 },
  { relation: "demanded", pattern: /\b(?:must|should|has\s+to|have\s+to|had\s+to|needs\s+to|need\s+to)\b/gi, target: "after", confidence: 0.65 },
  { relation: "demanded", pattern: /\b(?:the\s+need\s+for|make\s+it\s+a\s+condition|condition(?:ed)?\s+on)\b/gi, target: "after", confidence: 0.6 },
  // Rejections.
  { relation: "rejected", pattern: /\b(?:reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|rul(?:e|es|ed|ing)\s+out|dismiss(?:es|ed|ing)?|oppos(?:e|es|ed|ing)|rebuff(?:s|ed)?|spurn(?:s|ed)?|turn(?:s|ed)?\s+down|den(?:y|ies|ied)\s+any)\b/gi, target: "after", confidence: 0.8 },
  // Proposals.
  { relation: "proposed", pattern: /\b(?:propos(?:e|es|ed|ing)|offer(?:s|ed|ing)?|suggest(?:s|ed|ing)?|put(?:s|ting)?\s+forward|float(?:s|ed|ing)?|unveil(?:s|ed|ing)?|present(?:s|ed|ing)?\s+(?:a|an|the|its|his|her|their)\s+(?:plan|proposal|initiative|framework)|ask(?:s|ed)?\s+\w+\s+to\s+consider)\b/gi, target: "after", confidence: 0.75 },
];

/** "A US-backed peace plan": the state that backs a plan proposed it. */
const BACKED_PLAN = /\b([A-Z][\w.]*)-(?:backed|brokered|drafted|proposed|sponsored)\s+((?:peace\s+|ceasefire\s+)?(?:plan|deal|proposal|agreement|framework|initiative))\b/g;

const REPORTING = /\b(?:said|says|told|tells|stated|states|added|adds|stressed|stresses|insisted|emphasi[sz]ed|reiterated|warned|argued|noted|declared|announced|wrote|posted|made\s+clear|making\s+clear|confirmed|believed|believes|thinks|thought|hinted|suggested)\b/i;
const NEGATION = /\b(?:not|never|no|n['’]t|neither|nor|without)\b/i;
const HYPOTHETICAL = /\b(?:may|might|could|would\s+consider|if|whether|unless)\b/i;
const CLAUSE_END = /[.!?](?=\s+["“]?[\p{Lu}]|\s*$)|[;:]|\s[—–]\s|,\s+(?:but|while|and|as|which|who|after|before|although|though|saying|adding|according|despite|because|insisting|stating|asserting|during|citing)\b|,\s+[\p{Lu}][\p{L}]+\s+(?:said|reported|added)|\s+(?:if|because|although|though|unless|whereas|after|before)\s|\s+(?:remains?|remained)\s+(?:a|an|the)\b/u;

const PASSIVE_NOUN: Record<string, string> = {
  ceded: "cession", accepted: "acceptance", discussed: "discussion", recognized: "recognition", recognised: "recognition",
  surrendered: "surrender", negotiated: "negotiation", "given up": "giving up", "handed over": "handover",
};

const PRONOUN_PERSON = /^(?:he|she)$/i;
const DESCRIPTION = /\bthe\s+(\w+)\s+(president|leader|prime\s+minister|chancellor|foreign\s+minister|government|side|delegation|negotiators|officials|authorities)\b/gi;

/** A stance found in one document, before its position is merged with paraphrases corpus-wide. */
export interface StanceCandidate {
  actor: string;
  relation: StanceRelation;
  target: string;
  targetStart: number;
  confidence: number;
  sentence: number;
  doc: string;
  quote: string;
  date?: string;
  concerns: string[];
}

export function extractStances(docs: readonly AnalyzedDocument[], resolved: ResolvedEntities, lexicon: Lexicon): Stance[] {
  return clusterStances(docs.flatMap((doc) => findStanceCandidates(doc, resolved, lexicon)), resolved);
}

/** The stances of one document; the builder calls it as each document streams back from disk. */
export function findStanceCandidates(doc: AnalyzedDocument, resolved: ResolvedEntities, lexicon: Lexicon): StanceCandidate[] {
  const candidates: StanceCandidate[] = [];
  let lastPerson: string | undefined;
  doc.sentences.forEach((sentence, s) => {
    const keys = sentence.mentions.map((m) => entityOf(resolved, doc.name, m));
    const actors = sentenceActors(sentence, keys, resolved, lexicon, lastPerson, doc);
    for (const found of stancesInSentence(sentence, actors, resolved, lexicon)) {
      const concerns = sentence.mentions
        .map((m, i) => ({ m, key: keys[i] }))
        .filter(({ m, key }) => key && m.start >= found.targetStart && m.start < found.targetStart + found.target.length)
        .map(({ key }) => key!);
      candidates.push({ ...found, sentence: s, doc: doc.name, quote: sentence.text, ...(doc.date ? { date: doc.date } : {}), concerns });
    }
    // The first person named (not a pronoun) is who "he" or "she" means next.
    const named = actors.find((a) => !a.pronoun && resolved.entities.get(a.key)?.kind === "person");
    if (named) lastPerson = named.key;
  });
  return candidates;
}

/** Corpus-wide: paraphrased targets merge into one position each. */
export function clusterStances(candidates: readonly StanceCandidate[], resolved: ResolvedEntities): Stance[] {
  const positions = clusterPositions(candidates.map((c) => ({ text: c.target, concerns: c.concerns })), resolved);
  return candidates.map((c, i) => ({
    actor: c.actor,
    relation: c.relation,
    position: positions[i]!,
    doc: c.doc,
    sentence: c.sentence,
    quote: c.quote,
    ...(c.date ? { date: c.date } : {}),
    confidence: c.confidence,
    concerns: [...new Set(c.concerns)],
  }));
}

interface ActorSpan {
  key: string;
  start: number;
  end: number;
  possessive: boolean;
  pronoun?: boolean;
}

const ACTOR_KINDS = new Set(["person", "state", "organization"]);

/** Actor mentions of a sentence, with pronouns and definite descriptions resolved. */
function sentenceActors(sentence: AnalyzedSentence, keys: (string | undefined)[], resolved: ResolvedEntities, lexicon: Lexicon, lastPerson: string | undefined, doc: AnalyzedDocument): ActorSpan[] {
  const actors: ActorSpan[] = [];
  sentence.mentions.forEach((m, i) => {
    const key = keys[i];
    const entity = key ? resolved.entities.get(key) : undefined;
    if (!entity || !ACTOR_KINDS.has(entity.kind)) return;
    // "Ukrainian" in "Ukrainian President Volodymyr Zelensky" is a modifier, not an actor.
    if (entity.kind === "state" && lexicon.stateByDemonym.has(m.surface.toLowerCase()) && /^\s+\p{Lu}/u.test(sentence.text.slice(m.end, m.end + 2))) return;
    actors.push({ key: key!, start: m.start, end: m.end, possessive: m.possessive });
  });
  // "he" is the person this sentence has named before it, or else the last one named before.
  const named = actors.filter((a) => resolved.entities.get(a.key)?.kind === "person");
  for (const match of sentence.text.matchAll(/\b(he|she|his|her)\b/gi)) {
    const antecedent = named.filter((a) => a.end <= match.index).shift()?.key ?? lastPerson;
    if (!antecedent) continue;
    const possessive = !PRONOUN_PERSON.test(match[1]!);
    actors.push({ key: antecedent, start: match.index, end: match.index + match[0].length, possessive, pronoun: true });
  }
  for (const match of sentence.text.matchAll(DESCRIPTION)) {
    const code = lexicon.stateByDemonym.get(match[1]!.toLowerCase());
    if (!code) continue;
    const key = describedActor(code, match[2]!.toLowerCase(), resolved, doc);
    if (key) actors.push({ key, start: match.index, end: match.index + match[0].length, possessive: /['’]s$/.test(sentence.text.slice(match.index, match.index + match[0].length + 2)) });
  }
  return actors.sort((a, b) => a.start - b.start);
}

/** "the Russian leader" → the most mentioned person of the document affiliated with Russia; "the Ukrainian side" → Ukraine. */
function describedActor(code: string, role: string, resolved: ResolvedEntities, doc: AnalyzedDocument): string | undefined {
  if (!/president|leader|minister|chancellor/.test(role)) return `state:${code}`;
  let best: Entity | undefined;
  for (const entity of resolved.entities.values()) {
    if (entity.kind !== "person" || !entity.affiliations.has(code) || !entity.docs.has(doc.name)) continue;
    const titled = [...entity.titles.keys()].some((t) => t.toLowerCase().includes(role.split(" ").pop()!));
    if (!titled) continue;
    if (!best || entity.mentions > best.mentions) best = entity;
  }
  return best?.key;
}

interface Found {
  actor: string;
  relation: StanceRelation;
  target: string;
  targetStart: number;
  confidence: number;
}

function stancesInSentence(sentence: AnalyzedSentence, actors: ActorSpan[], resolved: ResolvedEntities, lexicon: Lexicon): Found[] {
  const text = sentence.text;
  const found: Found[] = [];
  const taken: [number, number][] = [];
  const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && b > x);
  for (const match of text.matchAll(BACKED_PLAN)) {
    const code = lexicon.stateByName.get(nameKey(match[1]!)) ?? lexicon.seatByName.get(nameKey(match[1]!));
    if (!code || !resolved.entities.has(`state:${code}`)) continue;
    found.push({ actor: `state:${code}`, relation: "proposed", target: match[2]!, targetStart: match.index + match[0].length - match[2]!.length, confidence: 0.6 });
  }
  // Cues in text order; the first to match a stretch claims it, and a cue inside another's content is part of that content.
  const matches = CUES.flatMap((cue, order) => [...text.matchAll(cue.pattern)].map((match) => ({ cue, order, match })));
  matches.sort((a, b) => a.match.index - b.match.index || a.order - b.order);
  for (const { cue, match } of matches) {
    const start = match.index;
    const end = start + match[0].length;
    if (overlaps(start, end)) continue;
    taken.push([start, end]);
    const before = text.slice(clauseStart(text, start), start);
    if (!cue.inherentlyNegative && NEGATION.test(lastWords(before, 6))) continue;
    if (HYPOTHETICAL.test(lastWords(before, 3)) || (/\bif\b[^,]*$/i.test(before) && !/\bif\b.*\brefus/i.test(match[0]))) continue;
    // "are expected to", "was urged to": a passive demand names no holder unless "by" does.
    if (/\b(?:is|are|was|were|be|been)\s+$/i.test(before) && /^(?:expect|requir|urg|ask|call|press)/i.test(match[0]) && !/^\s+by\b/i.test(text.slice(end))) continue;
    const holders = findActors(text, start, end, actors, cue, resolved);
    if (!holders.length) continue;
    const target = cue.target === "after" ? targetAfter(text, end, match[0]) : targetBefore(text, start, actors, match[0]);
    if (!target || target.text.split(/\s+/).length < 2 && !/\w{5,}/.test(target.text)) continue;
    if (/^(?:these|those|this|that|it|they)\b/i.test(target.text)) continue;
    taken.push([target.start, target.start + target.text.length]);
    for (const part of splitCoordinated(target)) {
      for (const actor of holders) found.push({ actor, relation: cue.relation, target: part.text, targetStart: part.start, confidence: cue.confidence });
    }
  }
  return found;
}

/** "recognize the borders and abandon its bid to join NATO": two positions. */
function splitCoordinated(target: { text: string; start: number }): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  let rest = target.text;
  let offset = target.start;
  for (;;) {
    const and = /\s+and\s+(?=(\w+)\b)/.exec(rest);
    if (!and || !(and[1]!.toLowerCase() in NOMINALIZATIONS)) break;
    parts.push({ text: rest.slice(0, and.index), start: offset });
    offset += and.index + and[0].length;
    rest = rest.slice(and.index + and[0].length);
  }
  parts.push({ text: rest, start: offset });
  return parts;
}

function lastWords(text: string, n: number): string {
  return text.trim().split(/\s+/).slice(-n).join(" ");
}

function clauseStart(text: string, at: number): number {
  const head = text.slice(0, at);
  const boundary = Math.max(head.lastIndexOf(";"), head.lastIndexOf(" — "), head.lastIndexOf(":"));
  return boundary < 0 ? 0 : boundary + 1;
}

const MODAL = /^(?:must|should|has\s+to|have\s+to|had\s+to|needs?\s+to)$/i;

/**
 * Who holds the stance: the passive agent, the possessive owner of a nominal, the speaker of
 * reported speech (for modals: "Peskov said Ukraine must…"), or the clause subject, with
 * coordinated subjects ("US and Ukrainian negotiators urged") each holding it.
 */
function findActors(text: string, start: number, end: number, actors: ActorSpan[], cue: Cue, resolved: ResolvedEntities): string[] {
  const by = /^\s+by\s+/i.exec(text.slice(end));
  if (by) {
    const agent = actors.find((a) => a.start >= end && a.start <= end + by[0].length + 4);
    if (agent) return [agent.key];
  }
  const cueText = text.slice(start, end);
  if (/^(?:demand|push|call|proposal|plan|offer)/i.test(cueText)) {
    const owner = [...actors].reverse().find((a) => a.possessive && a.end <= start && start - a.end <= 25);
    if (owner) return [owner.key];
  }
  const head = text.slice(0, start);
  const clause = clauseStart(text, start);
  const reporting = lastMatch(head.slice(clause), REPORTING);
  const subjects = (from: number, to: number) =>
    actors.filter((a) => a.end <= to && a.start >= from && !/\b(?:of|for|from|with|to|on|in|at|between|against|by|about|over|after|during)\s+(?:the\s+)?$/i.test(text.slice(Math.max(from, a.start - 12), a.start)));
  if (reporting !== undefined) {
    const at = clause + reporting;
    const speaker = [...actors].reverse().find((a) => a.end <= at && at - a.end <= 30 && !a.possessive);
    const inner = subjects(at, start);
    if (speaker && (MODAL.test(cueText.trim()) || !inner.length || cue.target === "before")) return [speaker.key];
    if (inner.length) return withCoordinated(text, inner);
  }
  const tail = text.slice(end);
  const attribution = /["”]\s*,?\s*(?:he|she|[\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+)*)\s+(?:said|stated|added|told|wrote|insisted|stressed)\b/u.exec(tail);
  if (attribution) {
    const speaker = actors.find((a) => a.start >= end + attribution.index && a.start <= end + attribution.index + attribution[0].length);
    if (speaker) return [speaker.key];
  }
  const candidates = subjects(clause, start).filter((a) => !a.possessive || start - a.end > 40);
  if (!candidates.length) return [];
  if (cue.target === "before" && resolved.entities.get(candidates[candidates.length - 1]!.key)?.kind === undefined) return [];
  return withCoordinated(text, candidates);
}

/** The last subject, and the one before it when "A and B" join them. */
function withCoordinated(text: string, candidates: ActorSpan[]): string[] {
  const last = candidates[candidates.length - 1]!;
  const previous = candidates[candidates.length - 2];
  if (previous && /^\s+and\s+$/i.test(text.slice(previous.end, last.start)) && previous.key !== last.key) return [previous.key, last.key];
  return [last.key];
}

function lastMatch(text: string, pattern: RegExp): number | undefined {
  const global = new RegExp(pattern.source, "gi");
  let index: number | undefined;
  for (const m of text.matchAll(global)) index = m.index;
  return index;
}

/** The content a forward-looking cue governs, to the end of its clause. */
function targetAfter(text: string, from: number, cueText: string): { text: string; start: number } | undefined {
  let offset = from;
  // "Putin's reported demand, during his call with Trump, that the U.S. cease…": skip the aside.
  const aside = /^\s*,[^,]{1,80},\s*(?=that\b)/.exec(text.slice(from));
  if (aside) offset += aside[0].length;
  const rest = text.slice(offset);
  const end = rest.search(CLAUSE_END);
  const clause = (end < 0 ? rest : rest.slice(0, end)).replace(/["“”]+/g, "");
  const lead = /^\s*(?:that|to|for|on|of)?\s*/i.exec(clause)![0].length;
  let body = clause.slice(lead).trim();
  let start = offset + lead;
  // A modal's holder wants its clause's subject to do something: "Ukraine's economic security must be rooted in…".
  if (MODAL.test(cueText.trim())) {
    const subject = text.slice(clauseStart(text, from - cueText.length), from - cueText.length).replace(/^.*\b(?:that|said|says)\s+/i, "").trim();
    const topical = subject && !/^(?:we|i|they|it|he|she|you)$/i.test(subject) && !/^[\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*)*$/u.test(subject);
    if (topical && subject.split(/\s+/).length <= 6) {
      body = `${subject} ${body.replace(/^be\s+/i, "")}`;
      start = text.indexOf(subject, clauseStart(text, from - cueText.length));
    }
  }
  if (!body || /^[,;:]/.test(body)) return undefined;
  return { text: body, start };
}

/** The subject a backward-looking cue ("… would be unacceptable") judges. */
function targetBefore(text: string, at: number, actors: ActorSpan[], cueText: string): { text: string; start: number } | undefined {
  const head = text.slice(0, at);
  const boundary = Math.max(
    head.lastIndexOf(","),
    head.lastIndexOf(";"),
    head.lastIndexOf("—"),
    lastMatch(head, /\bthat\b/) ?? -1,
    lastMatch(head, /\bsaying\b/) ?? -1,
    lastMatch(head, /\b(?:said|says)\b/) ?? -1,
  );
  let start = boundary < 0 ? 0 : boundary;
  const skip = /^[,;—\s]*(?:that|saying|said|says)?\s*/i.exec(text.slice(start))![0].length;
  start += skip;
  let body = text.slice(start, at).replace(/["“”]+/g, "").trim();
  // "Kyiv is not going to do that": the content is the previous clause's, which the caller lacks; keep the subject's clause.
  if (!body) return undefined;
  const subject = actors.find((a) => a.start === start && a.end >= start + body.length - 1);
  if (subject) {
    const previous = text.slice(0, start).replace(/[\s—–-]+$/, "");
    const clause = previous.slice(clauseStart(previous, previous.length)).replace(/^.*\b(?:that|to get \w+ to)\s+/i, "");
    if (!clause.trim()) return undefined;
    body = clause.trim();
    start = text.indexOf(body);
  }
  // "… would not be ceded": the refusal is of ceding what the subject names.
  const participle = /\b(ceded|accepted|discussed|recogni[sz]ed|surrendered|negotiated|given\s+up|handed\s+over)$/i.exec(cueText.trim());
  if (participle) {
    const subject = body.replace(/\s+(?:remains?|is|are|was|were)\b.*$/i, "").trim();
    return { text: `${PASSIVE_NOUN[participle[1]!.toLowerCase().replace(/\s+/g, " ")] ?? participle[1]} of ${subject}`, start };
  }
  return { text: body, start };
}
