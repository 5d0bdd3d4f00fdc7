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
import type { Entity, ResolvedEntities } from "./entities.js";
import { clusterPositions, positionLabel } from "./positions.js";

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

const V = (stem: string) => `${stem}`;

/** Ordered: the first cue that matches a stretch of text wins it. */
const CUES: Cue[] = [
  // Refusals without "reject".
  { relation: "rejected", pattern: /\b(?:is|are|was|were)\s+not\s+going\s+to\s+(?:do\s+(?:that|so|it)|accept|agree\s+to)\b/gi, target: "before", confidence: 0.75, inherentlyNegative: true },
  { relation: "rejected", pattern: /\b(?:will|would|could|can|shall)\s*(?:not|never|n['’]t)\s+(?:be\s+)?(?:discuss(?:ed)?|accept(?:ed)?|recogni[sz]e(?:d)?|ced(?:e|ed)|give\s+up|surrender(?:ed)?|allow(?:ed)?|tolerat(?:e|ed)|negotiat(?:e|ed)|agree\s+to|withdraw|hand\s+over)\b/gi, target: "after", confidence: 0.8, inherentlyNegative: true },
  { relation: "rejected", pattern: /\bwon['’]t\s+(?:discuss|accept|recogni[sz]e|cede|give\s+up|allow|tolerate|negotiate|agree\s+to|withdraw)\b/gi, target: "after", confidence: 0.8, inherentlyNegative: true },
  { relation: "rejected", pattern: /\b(?:is|are|was|were|would\s+be|will\s+be)\s+(?:totally\s+|completely\s+|absolutely\s+)?(?:unacceptable|out\s+of\s+the\s+question|not\s+up\s+for\s+(?:negotiation|discussion|debate)|off\s+the\s+table)\b/gi, target: "before", confidence: 0.75, inherentlyNegative: true },
  { relation: "rejected", pattern: /\b(?:would|will)\s+(?:be\s+)?(?:considered\s+)?(?:["“]?legitimate\s+targets?)/gi, target: "before", confidence: 0.7, inherentlyNegative: true },
  // Demands.
  { relation: "demanded", pattern: /\b(?:is|are|were|was|remain|remains)\s+["“]?non-negotiable\b/gi, target: "before", confidence: 0.7, inherentlyNegative: true },
  { relation: "demanded", pattern: /\b(?:would|will)\s+(?:push|drive|force|throw)\b[^.;]*?\bif\s+(?:they|it|he|she|kyiv|\w+)\s+(?:refused?|refuses|fail(?:s|ed)?|do(?:es)?\s+not\s+agree)\s+to\b/gi, target: "after", confidence: 0.7 },
  { relation: "demanded", pattern: /\b(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?\s+(?:on|that)|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|requir(?:e|es|ed)|seek(?:s|ing)?|sought|want(?:s|ed)?|trying\s+to\s+get|tried\s+to\s+get|expect(?:s|ed)?|ask(?:s|ed)?\s+for)\b/gi, target: "after", confidence: 0.75 },
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
const CLAUSE_END = /[.;:!?]|\s[—–]\s|,\s+(?:but|while|and|as|which|who|after|before|although|though|saying|adding|according|despite|because)\b|\s+(?:if|because|although|though|unless|whereas)\s/i;

const PRONOUN_PERSON = /^(?:he|she)$/i;
const DESCRIPTION = /\bthe\s+(\w+)\s+(president|leader|prime\s+minister|chancellor|foreign\s+minister|government|side|delegation|negotiators|officials|authorities)\b/gi;

interface Candidate {
  actor: string;
  relation: StanceRelation;
  target: string;
  targetStart: number;
  confidence: number;
  sentence: number;
  doc: string;
}

export function extractStances(docs: readonly AnalyzedDocument[], resolved: ResolvedEntities, lexicon: Lexicon): Stance[] {
  const candidates: (Candidate & { concerns: string[] })[] = [];
  for (const doc of docs) {
    const keys = resolved.mentionEntity.get(doc.name)!;
    let lastPerson: string | undefined;
    let lastActor: string | undefined;
    doc.sentences.forEach((sentence, s) => {
      const actors = sentenceActors(sentence, keys[s]!, resolved, lexicon, lastPerson, doc);
      for (const found of stancesInSentence(sentence, actors, resolved)) {
        const concerns = sentence.mentions
          .map((m, i) => ({ m, key: keys[s]![i] }))
          .filter(({ m, key }) => key && m.start >= found.targetStart && m.start < found.targetStart + found.target.length)
          .map(({ key }) => key!);
        candidates.push({ ...found, sentence: s, doc: doc.name, concerns });
      }
      const people = actors.filter((a) => resolved.entities.get(a.key)?.kind === "person");
      if (people.length) lastPerson = subjectOf(people)?.key ?? lastPerson;
      if (actors.length) lastActor = subjectOf(actors)?.key ?? lastActor;
      void lastActor;
    });
  }
  const positions = clusterPositions(candidates.map((c) => ({ text: c.target, concerns: c.concerns })), resolved);
  return candidates.map((c, i) => ({
    actor: c.actor,
    relation: c.relation,
    position: positions[i]!,
    doc: c.doc,
    sentence: c.sentence,
    confidence: c.confidence,
    concerns: [...new Set(c.concerns)],
  }));
}

interface ActorSpan {
  key: string;
  start: number;
  end: number;
  possessive: boolean;
}

function subjectOf(actors: ActorSpan[]): ActorSpan | undefined {
  return actors[0];
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
  if (lastPerson) {
    for (const match of sentence.text.matchAll(/\b(he|she)\b/gi)) {
      if (PRONOUN_PERSON.test(match[1]!)) actors.push({ key: lastPerson, start: match.index, end: match.index + match[0].length, possessive: false });
    }
    for (const match of sentence.text.matchAll(/\b(his|her)\b/gi)) {
      actors.push({ key: lastPerson, start: match.index, end: match.index + match[0].length, possessive: true });
    }
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

function stancesInSentence(sentence: AnalyzedSentence, actors: ActorSpan[], resolved: ResolvedEntities): Found[] {
  const text = sentence.text;
  const found: Found[] = [];
  const taken: [number, number][] = [];
  const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && b > x);
  for (const match of text.matchAll(BACKED_PLAN)) {
    const actor = actors.find((a) => a.start === match.index);
    if (!actor) continue;
    found.push({ actor: actor.key, relation: "proposed", target: match[2]!, targetStart: match.index + match[0].length - match[2]!.length, confidence: 0.6 });
  }
  for (const cue of CUES) {
    for (const match of text.matchAll(cue.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlaps(start, end)) continue;
      taken.push([start, end]);
      const before = text.slice(Math.max(0, clauseStart(text, start)), start);
      if (!cue.inherentlyNegative && NEGATION.test(lastWords(before, 3))) continue;
      if (HYPOTHETICAL.test(lastWords(before, 3)) || /\bif\b[^,]*$/i.test(before) && !/\bif\b.*\brefus/i.test(match[0])) continue;
      const actor = findActor(text, start, end, actors, cue, resolved);
      if (!actor) continue;
      const target = cue.target === "after" ? targetAfter(text, end, match[0]) : targetBefore(text, start, actors);
      if (!target || target.text.split(/\s+/).length < 1) continue;
      found.push({ actor, relation: cue.relation, target: target.text, targetStart: target.start, confidence: cue.confidence });
    }
  }
  return found;
}

function lastWords(text: string, n: number): string {
  return text.trim().split(/\s+/).slice(-n).join(" ");
}

function clauseStart(text: string, at: number): number {
  const head = text.slice(0, at);
  const boundary = Math.max(head.lastIndexOf(";"), head.lastIndexOf(" — "), head.lastIndexOf(":"));
  return boundary < 0 ? 0 : boundary + 1;
}

/** Who holds the stance: passive agent, possessive owner, reporting speaker, or the clause subject. */
function findActor(text: string, start: number, end: number, actors: ActorSpan[], cue: Cue, resolved: ResolvedEntities): string | undefined {
  // Passive: "was rejected by X".
  const by = /^\s+by\s+/i.exec(text.slice(end));
  if (by) {
    const agent = actors.find((a) => a.start >= end && a.start <= end + by[0].length + 4);
    if (agent) return agent.key;
  }
  // Nominal with a possessive owner: "Russia's key demand to …", "the Kremlin's push for …".
  const nominal = /\b(demand|demands|push|call|insistence|proposal|offer|plan|rejection|refusal)$/i.test(text.slice(start, end).trim());
  if (nominal || /^(demand|push|call|proposal|plan|offer)/i.test(text.slice(start, end))) {
    const owner = [...actors].reverse().find((a) => a.possessive && a.end <= start && start - a.end <= 25);
    if (owner) return owner.key;
  }
  const head = text.slice(0, start);
  // Reported speech: the speaker of "X said (that) …" holds what follows.
  const reporting = lastMatch(head, REPORTING);
  if (reporting !== undefined && cue.target === "after") {
    const speaker = [...actors].reverse().find((a) => a.end <= reporting && reporting - a.end <= 30 && !a.possessive);
    if (speaker && resolved.entities.get(speaker.key)?.kind !== "state" || speaker && !actors.some((a) => a.start > reporting && a.end <= start)) return speaker!.key;
  }
  // Quote followed by attribution: "“…,” Zelensky said." / "…, he stated".
  const tail = text.slice(end);
  const attribution = /^[^"“”]*["”]\s*,?\s*(?:he|she|[\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+)*)\s+(?:said|stated|added|told|wrote|insisted|stressed)|["”],?\s+(?:said|added|stated)\s+/u.exec(tail);
  if (attribution && /["“”]/.test(text)) {
    const speaker = actors.find((a) => a.start >= end + attribution.index && a.start <= end + attribution.index + attribution[0].length);
    if (speaker) return speaker.key;
  }
  // Clause subject: the nearest actor before the cue that is not inside a prepositional phrase.
  const clause = clauseStart(text, start);
  const candidates = actors.filter((a) => a.end <= start && a.start >= clause && !/\b(?:of|for|from|with|to|on|in|at|between|against|by|about|over)\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause, a.start - 12), a.start)));
  const subject = candidates.filter((a) => !a.possessive || start - a.end > 40).pop() ?? candidates.pop();
  if (subject && (cue.target === "after" || subject.start < start)) return subject.key;
  return undefined;
}

function lastMatch(text: string, pattern: RegExp): number | undefined {
  const global = new RegExp(pattern.source, "gi");
  let index: number | undefined;
  for (const m of text.matchAll(global)) index = m.index;
  return index;
}

/** The content a forward-looking cue governs, to the end of its clause. */
function targetAfter(text: string, from: number, cueText: string): { text: string; start: number } | undefined {
  let rest = text.slice(from);
  let offset = from;
  // "would push them out … if they refused to withdraw": the demand is what follows "to".
  if (/\bif\b/i.test(cueText)) {
    rest = text.slice(from);
  }
  const end = rest.search(CLAUSE_END);
  const clause = (end < 0 ? rest : rest.slice(0, end)).replace(/["“”]+/g, "");
  const lead = /^\s*(?:that|to|for|on|of)?\s*/i.exec(clause)![0].length;
  offset += lead;
  const body = clause.slice(lead).trim();
  if (!body) return undefined;
  return { text: body, start: offset };
}

/** The subject a backward-looking cue ("… would be unacceptable") judges. */
function targetBefore(text: string, at: number, actors: ActorSpan[]): { text: string; start: number } | undefined {
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
  void positionLabel;
  return { text: body, start };
}
