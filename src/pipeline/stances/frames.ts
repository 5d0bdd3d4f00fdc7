/**
 * Clause frames: a tagged sentence → the stances it states, as spans. For each cue of
 * lexicon/cues.ts the matcher reads the clause around it: the verb group (negation, modality,
 * voice, an infinitive's governing verb), the subject (skipping asides, adverbial phrases and
 * relative pronouns), the by-agent of a passive, the possessor of a nominal, the addressee and the
 * complement, and the speaker when the clause is reported speech or a quote. Everything here is
 * syntactic and pure, so it runs in the worker that analyses the document; which entity a span
 * names is decided after corpus-wide resolution (actors.ts).
 */
import type { StanceRelation } from "../../model/graph.js";
import {
  ANAPHORIC_STANCE_NOUNS, COMPLEMENT_STANCE_NOUNS, CONDITION_WORDS, CONSIDER_VERBS, CUES, EXPECTATION_WORDS, GENERIC_ANAPHORIC_NOUNS, HYPOTHETICAL_MODALS, IRREGULAR_PAST,
  NON_STANCE_FRAMES, NOT_REFUSALS, OBLIGATION_MODALS, OBLIGATION_VERBS, REFUSAL_CUE, REFUSAL_MODALS, REPORTING_VERBS, RESTATING_VERBS,
  SPONSOR_PARTICIPLES, TIME_ADJUNCT_NAMES, TIME_ADJUNCT_UNITS, TIME_ADVERBS, UNNAMED_SPEAKERS, VAGUE_CONTENT_NOUNS, type CueRow,
} from "../../lexicon/cues.js";
import { TITLE_WORDS } from "../../lexicon/words.js";
import { contentLabel } from "./labels.js";
import { isModifierParticiple, isPastForm, nounTaggedAsVerb, type TaggedToken } from "./tagger.js";

export interface Span {
  start: number;
  end: number;
}

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
  confidence: number;
}

type T = readonly TaggedToken[];

const NEGATIONS = new Set(["not", "n't", "never", "no"]);
const FIRST_PERSON_WORDS = new Set(["we", "us", "our", "i", "me", "my"]);
const NOMINAL = new Set(["NOUN", "PROPN", "PRON", "NUM"]);
const NP_INNER = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const isPossessiveMark = (token: TaggedToken) => /^['’]s?$/.test(token.text);
/** Inside a noun phrase: determiners, adjectives, nouns, numbers and the possessive 's. */
const inNounPhrase = (token: TaggedToken) => NP_INNER.has(token.pos) || token.pos === "PART" && isPossessiveMark(token);
const POSSESSIVE_PRONOUNS = new Set(["its", "their", "his", "her", "our", "my", "your"]);
const RELATIVE_PRONOUNS = new Set(["who", "which", "that", "whom"]);
const WH_WORDS = new Set(["what", "how", "whether", "which", "who", "where", "when", "why"]);
const FLOATING_QUANTIFIERS = new Set(["both", "all", "each"]);
const DASHES = new Set(["-", "—", "–"]);
const CLAUSE_BREAK_PUNCT = new Set([".", ";", ":", "?", "!", "—", "–", "(", ")", "[", "]"]);
const QUOTES = /^["“”‘’']$/;
const CLOSING_QUOTES = /^["”’']$/;
const CLAUSE_BREAK_WORDS = new Set(["if", "while", "because", "unless", "although", "though", "whereas", "until", "before", "after", "since", "when", "whether", "but", "so", "once"]);
/** Words that open a clause when they start the sentence, follow a comma or follow a verb (wink tags them ADP). */
const TEMPORAL_SUBORDINATORS = new Set(["after", "before", "since", "until", "once"]);
const AGENT_PARTICLES = new Set(["up", "out", "forward", "down", "together"]);
const PARTICIPLE_AGENT_VERBS = new Set(["draw", "put", "table", "make", "present", "draft", "broker", "back", "submit", "float", "offer", "propose", "issue", "unveil", "lay", "sponsor"]);
const OBJECT_COMPLEMENT_VERBS = new Set(["call", "find", "consider", "deem", "declare", "term", "describe", "brand", "label", "regard"]);
const COPULAS = new Set(["be", "remain", "include", "become"]);
const LIST_NOUNS = new Set(["list", "set", "package", "series", "number"]);

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
const CUE_WORDS = new RegExp(
  `\\b(?:${[...new Set([...CUES.map((c) => cuePattern(c.lemma)), "must", "should", "has to", "have to", "had to", "need", "sought", "non-"])].join("|")})`,
  "i",
);

/** "would not reopen", 'will "never" pay', "won't": a refusal can use any verb, so its modal is the cue. */
const REFUSAL_WORDS = new RegExp(`\\b(?:(?:${[...REFUSAL_MODALS].filter((m) => m !== "wo").join("|")})\\s+["“]?(?:not|never)\\b|won['’]t\\b|wouldn['’]t\\b)`, "i");

export function mayHoldStance(sentence: string): boolean {
  return (CUE_WORDS.test(sentence) || REFUSAL_WORDS.test(sentence)) && !/\?\s*["”]?$/.test(sentence);
}

const partMatches = (token: TaggedToken, cue: CueRow): boolean =>
  cue.part === "verb" ? token.pos === "VERB" || (token.pos === "NOUN" && /(?:ed|s)$/.test(token.lower) && token.lemma === cue.lemma.split(" ")[0])
    : cue.part === "noun" ? token.pos === "NOUN" || token.pos === "PROPN" && token.lower === cue.lemma || token.pos === "ADJ" && cue.lemma.includes(" ")
      : token.pos === "ADJ" || token.pos === "VERB" || token.pos === "NOUN" && token.lower === cue.lemma;

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
  return frames;
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
    if (t[k]!.pos !== "VERB") continue;
    const next = t[k + 1]?.lower ?? "";
    const after = t[k + 2];
    let skip = 0;
    if (next === "on" && after && /^\p{Lu}/u.test(after.text) && TIME_ADJUNCT_NAMES.has(after.lower)) skip = t[k + 3]?.pos === "NUM" ? 3 : 2;
    else if ((next === "last" || next === "this" || next === "next") && after && TIME_ADJUNCT_UNITS.has(after.lower)) skip = 2;
    else if (TIME_ADVERBS.has(next) && t[k + 2]?.pos !== "VERB") skip = 1;
    k += skip;
  }
  return kept.length === t.length ? t : kept;
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

// ---------------------------------------------------------------------------------------------
// Spans and chunks

const span = (t: T, a: number, b: number): Span => ({ start: t[a]!.start, end: t[b]!.end });
const isNominal = (token: TaggedToken | undefined) => !!token && NOMINAL.has(token.pos);
const joined = (t: T, k: number) => k > 0 && t[k]!.start === t[k - 1]!.end;

/** Start of the noun phrase that ends at j: determiners, adjectives, names joined by "of", "and" or a hyphen, possessives. */
function npStart(t: T, j: number, floor: number): number {
  let a = j;
  while (a - 1 >= floor) {
    const p = t[a - 1]!;
    // A common noun before a name ends the phrase ("an idea Netanyahu rejects"), unless it is a title ("spokesman Dmitry Peskov").
    if (p.pos === "NOUN" && t[a]!.pos === "PROPN" && !TITLE_WORDS.has(p.lower)) break;
    if (inNounPhrase(p) && p.lower !== "that" || POSSESSIVE_PRONOUNS.has(p.lower) || (p.text === "-" && joined(t, a - 1) && joined(t, a))) { a--; continue; }
    // "Korean Metal Workers' Union": a plural's possessive apostrophe, however the tagger tags it.
    if (p.pos === "PUNCT" && isPossessiveMark(p) && joined(t, a - 1) && /s$/i.test(t[a - 2]!.text)) { a--; continue; }
    if ((p.lower === "and" || p.lower === "&") && isNominal(t[a - 2]) && t[a]!.pos !== "PRON") { a--; continue; }
    if (p.lower === "of" && t[a]!.pos === "PROPN" && t[a - 2]?.pos === "PROPN") { a--; continue; }
    if (p.text === "," && t[a - 2]?.pos === "PROPN" && t[a]!.pos === "PROPN" && (t[a + 1]?.lower === "and" || t[a + 1]?.text === ",")) { a--; continue; }
    break;
  }
  return a;
}

/** End of the noun phrase that starts at a (no verbs, no clause): the last index inside it. */
function npEnd(t: T, a: number): number {
  let b = a - 1;
  for (let k = a; k < t.length; k++) {
    const token = t[k]!;
    if (inNounPhrase(token) || POSSESSIVE_PRONOUNS.has(token.lower) || token.pos === "PRON" && k === a || (token.text === "-" && joined(t, k)) || token.pos === "ADV" && t[k + 1]?.pos === "ADJ" || k > a && nounTaggedAsVerb(t, k)) { b = k; continue; }
    break;
  }
  return b;
}

/** Index where the verb group ending at i starts: auxiliaries, adverbs, negation. */
function groupStart(t: T, i: number): number {
  let g = i;
  while (g - 1 >= 0) {
    const p = t[g - 1]!;
    if (p.pos === "AUX" || p.pos === "ADV" || p.lower === "also" || p.lower === "then" || NEGATIONS.has(p.lower) && p.pos !== "DET") { g--; continue; }
    // 'would "never" implement': a quoted adverb stays in the group.
    if (QUOTES.test(p.text) && g - 2 >= 0 && (t[g - 2]!.pos === "ADV" || t[g - 2]!.pos === "AUX" || QUOTES.test(t[g - 2]!.text))) { g--; continue; }
    break;
  }
  return g;
}

interface VerbGroup {
  /** Where the group starts; for an infinitive ("refused to accept"), where its governing verb's group starts. */
  start: number;
  negated: boolean;
  hypothetical: boolean;
  passive: boolean;
  expected: boolean;
  /** "calls from investors to seek relief", "urged Kenya to seek talks": the infinitive hangs on a noun phrase and has no subject of its own. */
  ofNoun: boolean;
  /** A governing verb negates the infinitive ("refused to rule out"). */
  negativeGovernor: boolean;
}

function verbGroup(t: T, i: number): VerbGroup {
  const own = groupStart(t, i);
  const words = t.slice(own, i);
  let head = own;
  let expected = false;
  let ofNoun = false;
  let negativeGovernor = false;
  // "was expected to object", "refused to accept", "is ready to propose": follow the infinitive to its governor.
  for (let hops = 0; hops < 3 && t[head - 1]?.lower === "to" && t[head - 1]!.pos === "PART"; hops++) {
    const governor = head - 2;
    if (governor < 0) break;
    const token = t[governor]!;
    if (token.pos === "NOUN" || token.pos === "PROPN" || token.pos === "PRON") {
      ofNoun = true;
      break;
    }
    if (EXPECTATION_WORDS.has(token.lower) || token.lemma === "plan" || token.lemma === "threaten") expected = true;
    if (NEGATIVE_GOVERNORS.has(token.lemma)) negativeGovernor = true;
    const governorStart = groupStart(t, governor);
    words.push(...t.slice(governorStart, governor + 1));
    head = governorStart;
  }
  // "did not exclude to negotiate": two negations cancel; "refused to rule out" leaves nothing ruled out.
  const negated = (words.some((w) => NEGATIONS.has(w.lower) && w.pos !== "DET") || t[i + 1]?.lower === "not" || t[i + 1]?.lower === "never") && !negativeGovernor;
  const hypothetical = words.some((w) => HYPOTHETICAL_MODALS.has(w.lemma) || w.lower === "should");
  const passive = own < i && t.slice(own, i).some((w) => w.lemma === "be" || w.lemma === "get") && /(?:ed|en|wn|ght|lt)$/.test(t[i]!.lower);
  return { start: head, negated, hypothetical, passive, expected, ofNoun, negativeGovernor };
}

/** The verbs of the rejection rows: a refusal whose content opens with one says nothing. */
const REJECTION_VERBS = new Set(CUES.filter((c) => c.part === "verb" && c.relation === "rejected" && !c.negatedOnly).map((c) => c.lemma.split(" ")[0]!));

/** Verbs that negate the infinitive they govern ("refused to rule out", "did not exclude to negotiate"). */
const NEGATIVE_GOVERNORS = new Set(["refuse", "decline", "exclude", "deny", "avoid", "fail"]);

// ---------------------------------------------------------------------------------------------
// Subjects and speakers

/** An aside between commas that the subject search may skip: an adverbial phrase, an apposition, a relative clause. */
function asideStart(t: T, comma: number, floor: number): number | undefined {
  for (let k = comma - 1; k >= floor && comma - k <= 16; k--) {
    const token = t[k]!;
    if (token.text === ",") return k + 1 < comma ? k : undefined;
    // "who heads the UN Office (OCHA)": an acronym in brackets inside the aside.
    if (token.text === ")" && t[k - 2]?.text === "(") { k -= 2; continue; }
    if (CLAUSE_BREAK_PUNCT.has(token.text)) return undefined;
  }
  return undefined;
}

/** The comma opening a ", which/who …," aside that ends at `comma`, over commas of its own; undefined when there is none. */
function relativeAsideStart(t: T, comma: number, floor: number): number | undefined {
  for (let k = comma - 1; k > floor && comma - k <= 30; k--) {
    const token = t[k]!;
    if (CLAUSE_BREAK_PUNCT.has(token.text) || QUOTES.test(token.text)) return undefined;
    if (token.text === "," && /^(?:which|who|whose)$/.test(t[k + 1]?.lower ?? "")) return isNominal(t[k - 1]) || t[k - 1]?.text === ")" ? k : undefined;
  }
  return undefined;
}

/** The subject noun phrase of a verb group starting at g, as token indexes [a, b]. */
function subjectBefore(t: T, g: number, floor = 0): [number, number] | undefined {
  let j = g - 1;
  while (j >= floor) {
    const token = t[j]!;
    if (token.pos === "ADV" || token.pos === "INTJ" || QUOTES.test(token.text) && j === g - 1) { j--; continue; }
    // "X and Y both rejected", "they all agreed": a floating quantifier before the verb.
    if (j === g - 1 && FLOATING_QUANTIFIERS.has(token.lower)) { j--; continue; }
    // "The Alliance of Sahel States - Mali, Burkina Faso and Niger - demanded": an aside between dashes.
    if (DASHES.has(token.text)) {
      const open = t.slice(Math.max(floor, j - 16), j).map((x) => x.text).lastIndexOf(token.text);
      if (open < 0) return undefined;
      j = Math.max(floor, j - 16) + open - 1;
      continue;
    }
    if (token.text === ",") {
      // "The union, which represents technicians, radiographers and nurses, wants…": a relative clause holding a list.
      const relative = relativeAsideStart(t, j, floor);
      if (relative !== undefined) { j = relative - 1; continue; }
      const open = asideStart(t, j, floor);
      if (open === undefined) return undefined;
      // "The UN's humanitarian chief, Tom Fletcher, on Thursday demanded": a name in apposition is the subject.
      // "The bloc's chairman, Sierra Leone's President Julius Maada Bio, said": a possessive may open the name.
      if (t.slice(open + 1, j).every((x) => x.pos === "PROPN" || /^['’]s$/.test(x.text) || x.pos === "NOUN" && /^\p{Lu}/u.test(x.text)) && t[j - 1]?.pos === "PROPN" && (isNominal(t[open - 1]) || t[open - 1]?.pos === "ADJ")) return [open + 1, j - 1];
      j = open - 1;
      continue;
    }
    // "The Nigeria Labour Congress (NLC) called…": an acronym or aside in brackets.
    if (token.text === ")") {
      const open = t.slice(Math.max(floor, j - 10), j).map((x) => x.text).lastIndexOf("(");
      if (open < 0) return undefined;
      j = Math.max(floor, j - 10) + open - 1;
      continue;
    }
    if (isNominal(token) || token.pos === "ADJ" && isNominal(t[j - 1])) {
      let a = npStart(t, j, floor);
      // "the deployment of foreign troops was…": the phrase runs on through "of".
      // "Minister of State for Trade Kwame Mensah": a capitalised title runs on through "of" and "for".
      while ((t[a - 1]?.lower === "of" && isNominal(t[a - 2]) || t[a - 1]?.lower === "for" && t[a - 2]?.pos === "PROPN" && t[a]!.pos === "PROPN") && a - 2 >= floor) a = npStart(t, a - 2, floor);
      // "Tehran's right to enrich uranium was…", "the decision to close the border is…": a noun's infinitive is part of the subject.
      if (t[a - 1]?.pos === "VERB" && t[a - 2]?.lower === "to" && t[a - 3]?.pos === "NOUN" && a - 3 >= floor) a = npStart(t, a - 3, floor);
      // "a group of countries led by Saudi Arabia and Kuwait rejected…": a participle with its agent belongs to the subject.
      if (t[a - 1]?.lower === "by" && t[a - 2] && isPastForm(t[a - 2]!) && isNominal(t[a - 3]) && a - 3 >= floor) {
        a = npStart(t, a - 3, floor);
        while (t[a - 1]?.lower === "of" && isNominal(t[a - 2]) && a - 2 >= floor) a = npStart(t, a - 2, floor);
      }
      const before = t[a - 1];
      // A phrase after a preposition is no subject ("Hamas on Wednesday rejected"); "as" right before the verb's subject is a conjunction,
      // and so is a temporal "after", "before", "since", "until" or "once" that opens a clause of its own.
      if (before && before.pos === "ADP" && before.lower !== "of" && before.lower !== "as" && !(j === g - 1 && opensClause(t, a - 1, floor))) { j = a - 2; continue; }
      if (a === j && RELATIVE_PRONOUNS.has(token.lower) && token.pos !== "DET") {
        let k = j - 1;
        if (t[k]?.text === ",") k--;
        if (!isNominal(t[k])) return undefined;
        return [npStart(t, k, floor), k];
      }
      return [a, j];
    }
    return undefined;
  }
  return undefined;
}

/**
 * "… agreed to talks after Anwar Ibrahim offered to mediate", "Before the union rejected it, …": a
 * temporal word opens a clause, not a phrase, when it starts the sentence or follows a comma, or
 * when a verb comes before it; "Hamas after Wednesday's strike rejected" keeps the phrase reading.
 */
function opensClause(t: T, word: number, floor: number): boolean {
  if (!TEMPORAL_SUBORDINATORS.has(t[word]!.lower)) return false;
  return word === floor || t[word - 1]?.text === "," || t.slice(floor, word).some((w) => w.pos === "VERB" || w.pos === "AUX");
}

const isParticipial = (t: T, i: number, start: number) => /ing$/.test(t[i]!.lower) && (t[start - 1]?.text === "," || !t[start - 1]);

/**
 * "The Greens joined the union in calling for…", "Hokuriku joined Lantern Peak in opposing the
 * deal": a gerund after "join X in" has join's subject and X both as holders. Returns the index of
 * "join" and X's span.
 */
function joinedIn(t: T, i: number, start: number): { join: number; companion: [number, number] } | undefined {
  if (!/ing$/.test(t[i]!.lower) || t[start - 1]?.lower !== "in") return undefined;
  const companionEnd = start - 2;
  for (let k = companionEnd - 1; k >= 0 && companionEnd - k <= 12; k--) {
    if (t[k]!.pos === "VERB" && t[k]!.lemma === "join") {
      if (k + 1 > companionEnd || !isNominal(t[companionEnd]) || t.slice(k + 1, companionEnd).some((x) => x.pos === "VERB" || CLAUSE_BREAK_PUNCT.has(x.text))) return undefined;
      return { join: k, companion: [k + 1, companionEnd] };
    }
  }
  return undefined;
}

/**
 * "Yeni Metal-İş, which belongs to DİSK, and Anadolu Metal-Sen, a member of Türk-İş, rejected…": a
 * first subject coordinated before the aside the subject search skipped holds the stance too.
 */
function coordinatedBeforeAside(t: T, [a]: [number, number]): [number, number][] {
  if (t[a - 1]?.lower !== "and" || t[a - 2]?.text !== ",") return [];
  const open = relativeAsideStart(t, a - 2, 0) ?? asideStart(t, a - 2, 0);
  const end = open === undefined ? -1 : open - 1;
  // The name may end on a word the tagger misreads ("Metal-İş").
  if (end < 0 || !/^\p{Lu}/u.test(t[end]!.text) || !(t[end]!.pos === "PROPN" || joined(t, end))) return [];
  let start = end;
  while (start > 0 && (/^\p{Lu}/u.test(t[start - 1]!.text) && t[start - 1]!.pos === "PROPN" || t[start - 1]!.text === "-" && joined(t, start - 1) && joined(t, start))) start--;
  return [[start, end]];
}

/** "X, along with Y, urged…", "X together with Y rejected…": the companions between a subject and its verb hold the stance too. */
function companionsBetween(t: T, from: number, to: number): [number, number][] {
  const found: [number, number][] = [];
  for (let k = from; k < to - 2; k++) {
    if (!/^(?:along|together)$/.test(t[k]!.lower) || t[k + 1]?.lower !== "with") continue;
    const a = t[k + 2]?.pos === "DET" ? k + 3 : k + 2;
    const b = npEnd(t, a);
    if (b >= a && b < to) found.push([a, b]);
  }
  return found;
}

/** The subject of the verb at i whose group starts at start: its own, a participle's clause's, or a coordinated verb's. */
function verbSubject(t: T, i: number, start = groupStart(t, i)): [number, number] | undefined {
  const joined = joinedIn(t, i, start);
  if (joined) return verbSubject(t, joined.join);
  const before = t[start - 1];
  if (isParticipial(t, i, start)) return previousClauseSubject(t, start - 1);
  if (before && (before.lower === "and" || before.lower === "but") && before.pos === "CCONJ") return coordinatedSubject(t, i, start);
  return subjectBefore(t, start);
}

/**
 * "X denied that his government had falsified figures and called on…": a coordinated verb shares
 * the subject of the earlier verb of its own form (with or without an auxiliary, same ending),
 * not that of a verb inside the first verb's clause; else the nearest verb's.
 */
function coordinatedSubject(t: T, i: number, start: number): [number, number] | undefined {
  // The form: with or without an auxiliary; past (regular or not: "said … and urged"), -s, or base.
  const shape = (k: number) => `${t.slice(groupStart(t, k), k).some((w) => w.pos === "AUX")} ${isPastForm(t[k]!) || /ed$/.test(t[k]!.lower) ? "past" : /s$/.test(t[k]!.lower) ? "s" : ""}`;
  const own = shape(i);
  for (let k = start - 2; k >= 0; k--) {
    if (t[k]!.pos !== "VERB" || shape(k) !== own) continue;
    // "rejected a resolution that endorsed the plan, and demanded…": a relative clause's verb is not the one coordinated.
    if (RELATIVE_PRONOUNS.has(t[groupStart(t, k) - 1]?.lower ?? "")) continue;
    const subject = subjectBefore(t, groupStart(t, k));
    if (subject) return subject;
  }
  return previousClauseSubject(t, start - 2);
}

/** The subject of the nearest finite verb before index j (for participial clauses and coordinated verbs). */
function previousClauseSubject(t: T, j: number): [number, number] | undefined {
  for (let k = j; k >= 0; k--) {
    if (t[k]!.pos === "VERB" && !/ing$/.test(t[k]!.lower)) {
      // A verb inside a quote or a participle has no subject of its own: try the one before.
      const subject = subjectBefore(t, groupStart(t, k));
      if (subject) return subject;
    }
  }
  return undefined;
}

/** "…and demanded that…": a stance verb coordinated with the cue opens its own frame. */
const isCueVerb = (token: TaggedToken | undefined) => !!token && token.pos === "VERB" && !!CUES_BY_HEAD.get(token.lemma)?.some((cue) => cue.part === "verb");

const isReporting = (token: TaggedToken | undefined) => !!token && token.pos === "VERB" && REPORTING_VERBS.has(token.lemma);

/** The speaker of reported speech that opens the clause at a: "Peskov said (on Monday) (that) …". */
function reportingSpeakerBefore(t: T, a: number): Span | undefined {
  let k = a - 1;
  // "said the group must disarm and that foreign fighters must leave": a second that-clause has the first one's speaker.
  if (t[k]?.lower === "that" && t[k - 1]?.lower === "and") {
    for (let n = k - 2; n >= 0 && k - n <= 30; n--) {
      if (isReporting(t[n])) { k = n + 1; break; }
    }
  }
  if (t[k] && (t[k]!.lower === "that" || QUOTES.test(t[k]!.text) || t[k]!.text === ":" || t[k]!.text === ",")) k--;
  if (t[k] && QUOTES.test(t[k]!.text)) k--;
  // "said on Monday that", "told reporters that", "said in a statement that".
  for (let hops = 0; k >= 0 && hops < 7; hops++, k--) {
    const token = t[k]!;
    if (isReporting(token)) {
      // "Officials did not reject the idea but said…": a coordinated reporting verb shares its subject.
      const subject = verbSubject(t, k);
      if (subject) return span(t, subject[0], subject[1]);
      // "said Reem Abdel-Ghani": inverted.
      return undefined;
    }
    if (token.pos === "VERB" || token.pos === "AUX" || CLAUSE_BREAK_PUNCT.has(token.text)) return undefined;
  }
  return undefined;
}

/** The attribution after a quote or a clause: `“…,” he said.`, `…, the minister told reporters.`, `…, said X.` */
function trailingSpeaker(t: T, from: number): Span | undefined {
  for (let k = from; k < t.length; k++) {
    if (!isReporting(t[k])) continue;
    // '…," the coast guard's spokesman, Liu Dejun, said': an attribution with an apposition runs from the closing quote.
    if (t[k - 1]?.text === ",") {
      let quote = k - 2;
      while (quote > from && k - quote <= 16 && !CLOSING_QUOTES.test(t[quote]!.text)) quote--;
      if (quote > from && CLOSING_QUOTES.test(t[quote]!.text)) {
        let a = quote + 1;
        while (a < k && (t[a]!.text === "," || QUOTES.test(t[a]!.text))) a++;
        if (k - 2 >= a) return span(t, a, k - 2);
      }
    }
    // The attribution follows a comma or closing quote after the stance.
    let open = k - 1;
    while (open > from && t[open]!.text !== "," && !CLOSING_QUOTES.test(t[open]!.text)) open--;
    if (open <= from) continue;
    if (open + 1 < k) {
      let a = open + 1;
      while (a < k && (t[a]!.text === "," || QUOTES.test(t[a]!.text))) a++;
      const b = groupStart(t, k) - 1;
      if (b >= a && k - a <= 14) return span(t, a, b);
    }
    // Inverted: `…," said Reem Abdel-Ghani, a researcher`.
    const a = k + 1;
    if (isNominal(t[a]) || t[a]?.pos === "DET") {
      const b = npEnd(t, a);
      if (b >= a) return span(t, a, b);
    }
  }
  return undefined;
}

/** "according to X" anywhere in the sentence. */
function accordingTo(t: T): Span | undefined {
  for (let k = 0; k + 2 < t.length; k++) {
    if (t[k]!.lower === "according" && t[k + 1]!.lower === "to") {
      const b = npEnd(t, k + 2);
      if (b >= k + 2) return span(t, k + 2, b);
    }
  }
  return undefined;
}

function speakerFor(t: T, clauseStart: number, cueEnd: number): Span | undefined {
  return reportingSpeakerBefore(t, clauseStart) ?? trailingSpeaker(t, cueEnd) ?? accordingTo(t);
}

// ---------------------------------------------------------------------------------------------
// Content

/** Where a content clause starting at a ends (exclusive). */
function contentEnd(t: T, a: number, clause: boolean): number {
  let verbs = clause;
  // 'a "neutral, transparent" investigation': a comma inside a quote the content opened does not end it.
  let quoteOpenedAt = -1;
  for (let k = 0; k < t.length; k++) {
    const token = t[k]!;
    const closes = token.text === "”" || (token.text === '"' && quoteOpenedAt >= 0);
    if (token.text === "“" || token.text === "”" || token.text === '"') quoteOpenedAt = closes ? -1 : k;
    if (k < a) continue;
    // "Sh4,000", "N500,000": a comma inside a number is no break.
    const inNumber = token.text === "," && joined(t, k) && joined(t, k + 1) && /\d$/.test(t[k - 1]!.text) && /^\d/.test(t[k + 1]?.text ?? "");
    if (CLAUSE_BREAK_PUNCT.has(token.text) || token.text === "," && quoteOpenedAt < a && !inNumber) return k;
    if (CLOSING_QUOTES.test(token.text) && (t[k + 1]?.text === "," || t[k + 1]?.text === "." || isNominal(t[k + 1]) && isReporting(t[k + 2]))) return k;
    if (CLAUSE_BREAK_WORDS.has(token.lower) && (token.pos === "SCONJ" || token.pos === "CCONJ" || token.pos === "ADP" && (token.lower !== "after" && token.lower !== "before" && token.lower !== "since" || k > a && clauseFollows(t, k + 1)))) return k;
    if (token.lower === "and" && (isReporting(t[k + 1]) || isCueVerb(t[k + 1]) || t[k + 1]?.pos === "ADV" && isCueVerb(t[k + 2]) || t[k + 1]?.lower === "that" && k > a)) return k;
    if (token.lower === "that" && complementNounBefore(t, k)) { verbs = true; continue; }
    // "any deal that would limit Ethiopia's right…": a vague noun's relative clause says what it is.
    // "an alternative budget that would sell the council's stake": what a proposed thing would do says what it is.
    const definesVagueNoun = k - a <= 3 && t[k - 1]?.pos === "NOUN" && /^(?:that|which)$/.test(token.lower) && (VAGUE_CONTENT_NOUNS.has(t[k - 1]!.lemma) && (t[k + 1]?.pos === "AUX" || t[k + 1]?.pos === "VERB") || /^(?:would|will)$/.test(t[k + 1]?.lower ?? "") && t[k + 2]?.pos === "VERB");
    if (definesVagueNoun) { verbs = true; continue; }
    if (k > a && RELATIVE_PRONOUNS.has(token.lower) && (token.pos === "PRON" || (t[k - 1]!.pos === "NOUN" || t[k - 1]!.pos === "PROPN") && isNominal(t[k + 1]))) return k;
    // "rejected the plan as a fantasy" ends at "as"; "offered to join the army as a single corps" runs on.
    if (token.lower === "as" && t[k + 1]?.lower !== "part" && t[k + 1]?.lower !== "well" && !(verbs && t[k + 1]?.pos === "DET")) return k;
    if (!verbs && k > a && nounTaggedAsVerb(t, k)) continue;
    // "an Egyptian-drafted proposal": the participle of a hyphenated modifier is no verb of the clause,
    // nor is one between a determiner or adjective and its noun ("a negotiated solution", "the remaining hostages").
    if (k > a && token.pos === "VERB" && t[k - 1]?.text === "-") continue;
    if (k > a && isModifierParticiple(t, k)) continue;
    // "a treaty adopted by vote", "a plan drawn up by Egypt": a participle with its agent modifies the noun before it.
    if (k > a && !verbs && isPastForm(token) && t[k - 1]?.pos === "NOUN" && (t[k + 1]?.lower === "by" || AGENT_PARTICLES.has(t[k + 1]?.lower ?? "") && t[k + 2]?.lower === "by")) continue;
    if (token.pos === "VERB" || token.pos === "AUX") {
      if (k === a) { verbs = true; continue; }
      if (t[k - 1]?.lower === "to") { verbs = true; continue; }
      // "the idea of naming three candidates": a gerund after "of" heads the rest.
      if (t[k - 1]?.lower === "of" && /ing$/.test(token.lower)) { verbs = true; continue; }
      if (!verbs) return k;
      if (isReporting(token) && (isNominal(t[k - 1]) || t[k - 1]?.text === ",")) return k - 1;
    }
  }
  return t.length;
}

/** "before any person's voice is reproduced": a subject and a finite verb follow, so "before" opens a clause, not a time ("before the end of the year"). */
function clauseFollows(t: T, from: number): boolean {
  for (let j = from; j < t.length && j - from < 7; j++) {
    const token = t[j]!;
    if (token.pos === "PUNCT") return false;
    if (j > from && (token.pos === "AUX" || token.pos === "VERB" && !/ing$/.test(token.lower)) && isNominal(t[j - 1])) return true;
  }
  return false;
}

/** "the demand that…", "the demand by the union that…": the that-clause at k completes a stance noun. */
function complementNounBefore(t: T, k: number): boolean {
  if (COMPLEMENT_STANCE_NOUNS.has(t[k - 1]?.lemma ?? "")) return true;
  for (let n = k - 1; n > 0 && k - n <= 8; n--) {
    if (!isNominal(t[n]) && t[n]!.pos !== "DET" && t[n]!.pos !== "ADJ" && t[n]!.lower !== "by" && t[n]!.lower !== "from") return false;
    if ((t[n]!.lower === "by" || t[n]!.lower === "from") && COMPLEMENT_STANCE_NOUNS.has(t[n - 1]?.lemma ?? "")) return true;
  }
  return false;
}

/** The content after a cue: a that-clause, a to-infinitive, a "for/on" phrase, a gerund or a noun phrase. */
function contentAfter(t: T, from: number): [number, number] | undefined {
  let a = from;
  while (t[a] && (t[a]!.pos === "ADV" || QUOTES.test(t[a]!.text))) a++;
  // "put on the table on Tuesday a bill…": a time after the cue is no content.
  if (t[a]?.lower === "on" && TIME_ADJUNCT_NAMES.has(t[a + 1]?.lower ?? "") && /^\p{Lu}/u.test(t[a + 1]!.text)) a += t[a + 2]?.pos === "NUM" ? 3 : 2;
  const token = t[a];
  if (!token) return undefined;
  let clause = false;
  if (token.lower === "that" && token.pos !== "DET") { a++; clause = true; }
  else if (token.lower === "to" && (t[a + 1]?.pos === "VERB" || t[a + 1]?.pos === "AUX")) { a++; clause = true; }
  else if (token.lower === "to" || token.lower === "for" || token.lower === "on" || token.lower === "upon" || token.lower === "of") a++;
  while (t[a] && QUOTES.test(t[a]!.text)) a++;
  if (!t[a]) return undefined;
  const end = contentEnd(t, a, clause);
  return end > a ? [a, end - 1] : undefined;
}

/** "urged Athens to pull back its ships": the addressee is skipped, the infinitive is the content. */
function addresseeContent(t: T, from: number): [number, number] | undefined {
  let a = from;
  while (t[a] && t[a]!.pos === "ADV") a++;
  if (!isNominal(t[a]) && t[a]?.pos !== "DET" && t[a]?.pos !== "ADJ") return undefined;
  let b = npEnd(t, a);
  // "urged Eritrea and Ethiopia alike to keep…": coordinated addressees.
  while ((t[b + 1]?.lower === "and" || t[b + 1]?.lower === "or") && (isNominal(t[b + 2]) || t[b + 2]?.pos === "DET")) b = npEnd(t, b + 2);
  // "want the deal signed before the end of the year": the object and its participle are the content.
  if (t[b + 1] && isPastForm(t[b + 1]!) && b >= a) {
    const end = contentEnd(t, b + 1, true);
    return [a, end - 1];
  }
  let k = b + 1;
  // "urged the Indonesian side, and the others, to…", "asked Caracas together, in writing, to…", "pressed MAT in a letter
  // last month to…": allow a short aside, an adverb or a prepositional phrase before the infinitive.
  for (let n = 0; n < 8 && t[k] && t[k]!.lower !== "to"; n++) {
    const token = t[k]!;
    const gerundAfterPreposition = token.pos === "VERB" && /ing$/.test(token.lower) && t[k - 1]?.pos === "ADP";
    if (token.text === "," || token.pos === "ADV" || gerundAfterPreposition || (token.pos === "ADP" || token.pos === "DET" || token.pos === "ADJ" || token.pos === "NUM" || token.pos === "NOUN") && token.lower !== "that") k++;
    else break;
  }
  // 'wanted Phnom Penh to "consult closely"': a quote may open the infinitive.
  let verb = k + 1;
  while (t[verb] && QUOTES.test(t[verb]!.text)) verb++;
  if (t[k]?.lower !== "to" || (t[verb]?.pos !== "VERB" && t[verb]?.pos !== "AUX")) return undefined;
  const end = contentEnd(t, verb, true);
  return end > verb ? [verb, end - 1] : undefined;
}

/** Splits "exercise restraint and to settle the dispute" into one content per coordinated verb phrase. */
function splitCoordinated(t: T, [a, b]: [number, number]): [number, number][] {
  const parts: [number, number][] = [];
  let start = a;
  for (let k = a + 1; k < b; k++) {
    if (t[k]!.lower !== "and") continue;
    // "a permanent ceasefire and a full withdrawal": two noun phrases, each with its determiner.
    if (t[k + 1]?.pos === "DET" && t[k + 1]!.lower !== "the" && t.slice(start, k).some((x) => x.pos === "NOUN")) {
      parts.push([start, k - 1]);
      start = k + 1;
      continue;
    }
    const next = t[k + 1]?.lower === "to" ? k + 2 : k + 1;
    if (t[next]?.pos === "VERB" && t[start]!.pos === "VERB" && !/(?:ed|ing)$/.test(t[next].lower)) {
      parts.push([start, k - 1]);
      start = next;
      k = next;
    }
  }
  parts.push([start, b]);
  return parts;
}

function anaphorOf(t: T, [a, b]: [number, number], relation: StanceRelation): StanceRelation | undefined {
  const first = t[a]!.lower;
  const demonstrative = first === "this" || first === "that" || first === "these" || first === "those";
  // "rejected these demands" points at what was demanded; "these issues" at the frame's own relation.
  // The head of the first noun phrase: "rejected the offer within hours of it being tabled" points back too.
  let head = a + 1;
  while (head < b && inNounPhrase(t[head + 1]!) && t[head + 1]!.pos !== "DET") head++;
  // …unless the noun has a complement of its own ("the idea of handing…", "the offer to talk").
  const ownComplement = head < b && /^(?:of|to|that|for)$/.test(t[head + 1]!.lower);
  // "the remedy package that Aerovia had offered" points back through its relative clause's verb.
  const stanceNoun = (ownComplement ? undefined : ANAPHORIC_STANCE_NOUNS.get(t[Math.min(head, b)]!.lemma)) ?? ANAPHORIC_STANCE_NOUNS.get(t[b]!.lemma);
  if (stanceNoun && (demonstrative || first === "the" || first === "such")) return stanceNoun;
  return demonstrative && GENERIC_ANAPHORIC_NOUNS.has(t[b]!.lemma) ? relation : undefined;
}

function framesFor(t: T, base: Omit<StanceFrame, "content" | "label" | "anaphor">, content: [number, number]): StanceFrame[] {
  return splitCoordinated(t, content).flatMap((part) => {
    const label = contentLabel(t.slice(part[0], part[1] + 1));
    if (!label) return [];
    const anaphor = base.construction === "relative" ? ANAPHORIC_STANCE_NOUNS.get(t[part[1]]!.lemma) : anaphorOf(t, part, base.relation);
    return [{ ...base, content: span(t, part[0], part[1]), label, ...(anaphor ? { anaphor } : {}) }];
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
  if (group.ofNoun || group.expected || (group.hypothetical && !(cue.negatedOnly && group.negated))) return [];
  // "refused to rule out job losses" rules nothing out; "had demanded X, but dropped that demand" holds no more.
  if (group.negativeGovernor && cue.relation === "rejected" && !cue.negatedOnly || withdrawnLater(t, i + length)) return [];
  if (cue.negatedOnly ? !group.negated : group.negated) return [];
  if (framedAway(t, group.start, cue.conditional)) return [];
  const after = i + length;
  const base = { relation: cue.relation, cue: cue.lemma, confidence: cue.confidence, speakerHolds: false };
  if (group.passive) {
    // "occupied territory would not be ceded": the speaker refuses the act done to the subject.
    // "Asmara would not be drawn (dragged, pressured) into…" says what the subject will not be made to do, not what is refused to be done to it.
    if (cue.negatedOnly && t[after]?.lower === "into") return [];
    if (cue.negatedOnly && t[after]?.lower !== "by") {
      const subject = verbSubject(t, i, group.start);
      const speaker = subject && speakerFor(t, subject[0], after);
      if (!subject || !speaker) return [];
      const label = contentLabel([t[i]!, ...t.slice(subject[0], subject[1] + 1)]);
      return label ? [{ ...base, construction: "passive", speaker, speakerHolds: true, content: span(t, subject[0], subject[1]), label }] : [];
    }
    if (t[after]?.lower !== "by") return [];
    const agentEnd = npEnd(t, after + 1);
    const subject = subjectBefore(t, group.start);
    if (agentEnd <= after || !subject) return [];
    return framesFor(t, { ...base, construction: "passive", holder: span(t, after + 1, agentEnd) }, subject);
  }
  // "the clubs say the offer falls short": the subject is what the speaker rejects.
  if (cue.content === "subject") return speakerRejectsSubject(t, verbSubject(t, i, group.start), after, base);
  let construction: Construction = isParticipial(t, i, group.start) ? "participial" : "active";
  const subject = verbSubject(t, i, group.start);
  if (!subject) return [];
  // "will not hand over the hostages": the refused act is the content ("handover of the hostages").
  let content = object ?? pseudoCleftContent(t, subject, after) ?? (cue.content === "addressee" ? addresseeContent(t, after) ?? contentAfter(t, after) : cue.includesVerb ? [i, contentEnd(t, after, true) - 1] as [number, number] : contentAfter(t, after));
  // "an idea the union firmly rejects", "a demand he dismissed as a fantasy": the content is the noun the relative clause hangs on.
  const objectless = !t[after] || t[after].pos === "PUNCT" && !(QUOTES.test(t[after].text) && t[after + 1]?.pos !== "PUNCT") || t[after].lower === "as";
  if (objectless && t[subject[0] - 1]?.pos === "NOUN" && subject[0] === subject[1]) {
    content = [npStart(t, subject[0] - 1, 0), subject[0] - 1];
    construction = "relative";
  } else if (objectless && RELATIVE_PRONOUNS.has(t[subject[0] - 1]?.lower ?? "") && t[subject[0] - 2]?.pos === "NOUN") {
    content = [npStart(t, subject[0] - 2, 0), subject[0] - 2];
    construction = "relative";
  }
  if (!content) return [];
  // "refused to rule out job losses": a refusal of a refusal states no stance.
  if (cue.relation === "rejected" && !cue.negatedOnly && REJECTION_VERBS.has(t[content[0]]!.lemma) && t[content[0]]!.pos === "VERB") return [];
  // "floated a bigger idea: merging the two crackers", "offered a way out: a joint committee": what follows the colon says what.
  const colon = object ? object[1] + cue.lemma.split(" ").length : content[1] + 1;
  if (t[colon]?.text === ":" && t.slice(content[0], Math.min(content[0] + 4, content[1] + 1)).some((x) => x.pos === "NOUN" && VAGUE_CONTENT_NOUNS.has(x.lemma))) {
    const specified = contentAfter(t, colon + 1);
    if (specified) content = specified;
  }
  let relation = base.relation;
  if (cue.content === "addressee" && CONSIDER_VERBS.has(t[content[0]]!.lemma) && content[1] > content[0]) {
    relation = "proposed";
    content = [content[0] + 1, content[1]];
  }
  const speaker = speakerFor(t, subject[0], i + length);
  const framed = { ...base, relation, construction, holder: span(t, subject[0], subject[1]), ...(speaker ? { speaker } : {}) };
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
 * content and the speaker holds it; in an interview's answer ("A rotation is a non-starter for us")
 * the first person does, whom the stance pass reads from the answer's label.
 */
function speakerRejectsSubject(t: T, subject: [number, number] | undefined, cueEnd: number, base: Omit<StanceFrame, "content" | "label" | "anaphor" | "construction" | "speakerHolds">): StanceFrame[] {
  if (!subject) return [];
  const speaker = speakerFor(t, subject[0], cueEnd);
  if (!speaker && !t.some((x) => FIRST_PERSON_WORDS.has(x.lower))) return [];
  return framesFor(t, { ...base, construction: "copular", speakerHolds: true, ...(speaker ? { speaker } : {}) }, subject);
}

const isObjectComplementVerb = (token: TaggedToken | undefined) =>
  !!token && (OBJECT_COMPLEMENT_VERBS.has(token.lemma) || OBJECT_COMPLEMENT_VERBS.has(token.lower.replace(/(?:ed|s)$/, "")));

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
  return framesFor(t, { ...base, speakerHolds: false, construction: "active", holder: span(t, holder[0], holder[1]) }, content);
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
  const copula = COPULAS.has(t[i - 1]?.lemma ?? "") ? i - 1 : COPULAS.has(t[i - 2]?.lemma ?? "") && t[i - 1]!.pos === "DET" ? i - 2 : -1;
  if (cue.content === "subject" && copula >= 0) {
    const group = verbGroup(t, copula);
    if (group.negated || group.hypothetical || group.expected || framedAway(t, group.start)) return [];
    return speakerRejectsSubject(t, subjectBefore(t, group.start), i + cue.lemma.split(" ").length - 1, base);
  }
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
    if (close > 0 && close - c <= 6) c = close + 1;
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
  } else if (c > after && t[c]?.lower === "that") {
    // "its demand, first made in March, that Athens pull back": the that-clause follows an aside.
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
