/**
 * The clause model: what a tagged sentence says around a word, read without any stance rule.
 * Noun phrases and their starts, the verb group (negation, modality, voice, an infinitive's
 * governor), the subject (past asides, relative clauses, appositions and dashes), the speaker of
 * reported speech or a quote, the content after a verb (a that-clause, an infinitive, a noun
 * phrase with its complements) and the addressee before an infinitive, and coordinated parts.
 * frames.ts applies the stance rules of lexicon/cues.ts over these readings.
 */
import {
  COMPLEMENT_STANCE_NOUNS, CUES, EXPECTATION_WORDS, GROUP_DESCRIPTIONS, HYPOTHETICAL_MODALS, REPORTING_VERBS, TIME_ADJUNCT_NAMES, TIME_ADJUNCT_UNITS, TIME_ADVERBS, VAGUE_CONTENT_NOUNS,
} from "../../lexicon/cues.js";
import { GROUP_NOUNS, isPersonNoun, ORGANIZATION_HEADS, TITLE_WORDS } from "../../lexicon/words.js";
import { isModifierParticiple, isPastForm, nounTaggedAsVerb, type TaggedToken } from "./tagger.js";

/** Character offsets in the sentence. */
export interface Span {
  start: number;
  end: number;
}

export type T = readonly TaggedToken[];

export const NEGATIONS = new Set(["not", "n't", "never", "no"]);
const NOMINAL = new Set(["NOUN", "PROPN", "PRON", "NUM"]);
const NP_INNER = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
export const isPossessiveMark = (token: TaggedToken) => /^['’]s?$/.test(token.text);
/** "(ASN)", "(FADs)": an acronym in brackets opening at k. */
export const bracketedAcronymAt = (t: readonly TaggedToken[], k: number) => t[k]?.text === "(" && t[k + 2]?.text === ")" && /^\p{Lu}[\p{Lu}\d-]+$/u.test(t[k + 1]?.text ?? "");
/** "9%", "$40", "€22 million": a unit sign inside an amount. */
const AMOUNT_SIGNS = /^[%$€£¥₹₩₦]$/;
/** Inside a noun phrase: determiners, adjectives, nouns, numbers, amount signs and the possessive 's. */
export const inNounPhrase = (token: TaggedToken) => NP_INNER.has(token.pos) || token.pos === "PART" && isPossessiveMark(token) || token.pos === "SYM" && AMOUNT_SIGNS.test(token.text);
export const POSSESSIVE_PRONOUNS = new Set(["its", "their", "his", "her", "our", "my", "your"]);
export const RELATIVE_PRONOUNS = new Set(["who", "which", "that", "whom"]);
const FLOATING_QUANTIFIERS = new Set(["both", "all", "each"]);
const DASHES = new Set(["-", "—", "–"]);
const CLAUSE_BREAK_PUNCT = new Set([".", ";", ":", "?", "!", "—", "–", "(", ")", "[", "]"]);
export const QUOTES = /^["“”‘’']$/;
const CLOSING_QUOTES = /^["”’']$/;
const CLAUSE_BREAK_WORDS = new Set(["if", "while", "because", "unless", "although", "though", "whereas", "until", "before", "after", "since", "when", "whether", "but", "so", "once"]);
/** Words that open a clause when they start the sentence, follow a comma or follow a verb (wink tags them ADP). */
const TEMPORAL_SUBORDINATORS = new Set(["after", "before", "since", "until", "once"]);
/** Particles between a participle and its agent ("drawn up by"), or before a time after the verb ("put forward on Thursday"). */
export const AGENT_PARTICLES = new Set(["up", "out", "forward", "down", "together"]);

// ---------------------------------------------------------------------------------------------
// Spans and chunks

export const span = (t: T, a: number, b: number): Span => ({ start: t[a]!.start, end: t[b]!.end });
export const isNominal = (token: TaggedToken | undefined) => !!token && NOMINAL.has(token.pos);
export const joined = (t: T, k: number) => k > 0 && t[k]!.start === t[k - 1]!.end;
/** A hyphen inside a word ("three-month", "clean-up"): it touches the tokens on both sides. */
export const hyphenInWord = (t: T, k: number) => t[k]?.text === "-" && k + 1 < t.length && joined(t, k) && joined(t, k + 1);

/** Start of the noun phrase that ends at j: determiners, adjectives, names joined by "of", "and" or a hyphen, possessives. */
export function npStart(t: T, j: number, floor: number): number {
  let a = j;
  while (a - 1 >= floor) {
    const p = t[a - 1]!;
    // A common noun before a name ends the phrase ("an idea Netanyahu rejects"), unless it is a title ("spokesman Dmitry Peskov").
    if (p.pos === "NOUN" && t[a]!.pos === "PROPN" && !TITLE_WORDS.has(p.lower)) break;
    if (inNounPhrase(p) && p.lower !== "that" || POSSESSIVE_PRONOUNS.has(p.lower) || hyphenInWord(t, a - 1)) { a--; continue; }
    // "Korean Metal Workers' Union": a plural's possessive apostrophe, however the tagger tags it.
    if (p.pos === "PUNCT" && isPossessiveMark(p) && joined(t, a - 1) && /s$/i.test(t[a - 2]!.text)) { a--; continue; }
    // "The German Canoe Federation and its Hungarian counterpart": a possessive opens the second part, not a new clause.
    if ((p.lower === "and" || p.lower === "&") && isNominal(t[a - 2]) && (t[a]!.pos !== "PRON" || POSSESSIVE_PRONOUNS.has(t[a]!.lower) && a < j)) { a--; continue; }
    // "the Netherlands and of Austria": a second complement of the same noun.
    if (p.lower === "of" && t[a - 2]?.lower === "and" && t[a]!.pos === "PROPN" && t[a - 3]?.pos === "PROPN") { a -= 2; continue; }
    // "The National Professors' Union (NPU) and the Korean Student Union Network": a first name's acronym in brackets.
    if ((p.lower === "and" || p.lower === "&") && t[a - 2]?.text === ")" && t[a - 4]?.text === "(" && isNominal(t[a - 5]) && t[a]!.pos !== "PRON") { a -= 4; continue; }
    if (p.lower === "of" && t[a]!.pos === "PROPN" && t[a - 2]?.pos === "PROPN") { a--; continue; }
    // "Egypt, Qatar and Turkey": a list of names; "on Monday, Japan and South Korea" opens with a time, not a name.
    if (p.text === "," && t[a - 2]?.pos === "PROPN" && !TIME_ADJUNCT_NAMES.has(t[a - 2]!.lower) && t[a]!.pos === "PROPN" && (t[a + 1]?.lower === "and" || t[a + 1]?.text === ",")) { a--; continue; }
    break;
  }
  return a;
}

/** End of the noun phrase that starts at a (no verbs, no clause): the last index inside it. */
export function npEnd(t: T, a: number): number {
  let b = a - 1;
  for (let k = a; k < t.length; k++) {
    const token = t[k]!;
    // "nurses' salaries": a plural's possessive apostrophe, however the tagger tags it, as in npStart.
    const pluralPossessive = k > a && token.pos === "PUNCT" && isPossessiveMark(token) && joined(t, k) && /s$/i.test(t[k - 1]!.text) && isNominal(t[k + 1]);
    if (inNounPhrase(token) || pluralPossessive || POSSESSIVE_PRONOUNS.has(token.lower) || token.pos === "PRON" && k === a || (token.text === "-" && joined(t, k)) || token.pos === "ADV" && t[k + 1]?.pos === "ADJ" || k > a && nounTaggedAsVerb(t, k)) { b = k; continue; }
    break;
  }
  return b;
}

/** Index where the verb group ending at i starts: auxiliaries, adverbs, negation. */
export function groupStart(t: T, i: number): number {
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

export interface VerbGroup {
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

export function verbGroup(t: T, i: number): VerbGroup {
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
  // "was put forward", "were set", "was cut": right after "be" or "get", a participle that looks like its base form.
  let before = i - 1;
  while (before > own && t[before]!.pos === "ADV") before--;
  const baseLikeParticiple = t[i]!.lower === t[i]!.lemma && (t[before]?.lemma === "be" || t[before]?.lemma === "get") && before >= own;
  const passive = own < i && t.slice(own, i).some((w) => w.lemma === "be" || w.lemma === "get") && (/(?:ed|en|wn|ght|lt)$/.test(t[i]!.lower) || isPastForm(t[i]!) || baseLikeParticiple);
  return { start: head, negated, hypothetical, passive, expected, ofNoun, negativeGovernor };
}


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
export function subjectBefore(t: T, g: number, floor = 0): [number, number] | undefined {
  let j = g - 1;
  while (j >= floor) {
    const token = t[j]!;
    if (token.pos === "ADV" || token.pos === "INTJ" || QUOTES.test(token.text) && j === g - 1) { j--; continue; }
    // "The PNA today proposed", "the committee last week rejected": a time between the subject and its verb.
    const time = timeBefore(t, j);
    if (time > 0) { j -= time; continue; }
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
      // "Parties to the Nauru Agreement": a name runs on through "to" between capitalised words.
      const nameJoin = (word: string) => t[a - 1]?.lower === word && t[a - 2]?.pos === "PROPN" && t.slice(a, j + 1).some((x) => x.pos === "PROPN");
      while ((t[a - 1]?.lower === "of" && isNominal(t[a - 2]) || t[a - 1]?.lower === "for" && t[a - 2]?.pos === "PROPN" && t[a]!.pos === "PROPN" || nameJoin("to")) && a - 2 >= floor) a = npStart(t, a - 2, floor);
      // "Tehran's right to enrich uranium was…", "the decision to close the border is…": a noun's infinitive is part of the subject.
      if (t[a - 1]?.pos === "VERB" && t[a - 2]?.lower === "to" && t[a - 3]?.pos === "NOUN" && a - 3 >= floor) a = npStart(t, a - 3, floor);
      // "a group of countries led by Saudi Arabia and Kuwait rejected…": a participle with its agent belongs to the subject.
      if (t[a - 1]?.lower === "by" && t[a - 2] && isPastForm(t[a - 2]!) && isNominal(t[a - 3]) && a - 3 >= floor) {
        a = npStart(t, a - 3, floor);
        while (t[a - 1]?.lower === "of" && isNominal(t[a - 2]) && a - 2 >= floor) a = npStart(t, a - 2, floor);
      }
      // "together with the mining advocacy network JATAM": a descriptor before the name belongs to the phrase the preposition opens.
      let described = a;
      while (described - 1 >= floor && t[described - 1]!.pos === "NOUN" && t[described]!.pos !== "VERB") described = npStart(t, described - 1, floor);
      const agent = t[described - 1]?.lower === "by" && !!t[described - 2] && isPastForm(t[described - 2]!);
      const before = t[described - 1]?.pos === "ADP" && described < a && !agent ? t[described - 1] : t[a - 1];
      if (before !== t[a - 1]) a = described;
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

/** How many tokens of a time phrase end at j: "today", "last week", "on Thursday"; 0 if none. */
export function timeBefore(t: T, j: number): number {
  const token = t[j]!;
  if (TIME_ADVERBS.has(token.lower)) return 1;
  // "in the last week" is a phrase of its own, which the subject reading skips as one.
  if (TIME_ADJUNCT_UNITS.has(token.lower) && /^(?:last|this|next)$/.test(t[j - 1]?.lower ?? "") && t[j - 2]?.pos !== "DET" && t[j - 2]?.pos !== "ADP") return 2;
  if (TIME_ADJUNCT_NAMES.has(token.lower) && /^\p{Lu}/u.test(token.text) && t[j - 1]?.lower === "on") return 2;
  return 0;
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

/** "…, calling for talks": a bare -ing form opening a clause; "…, is holding out for" has an auxiliary and a subject of its own. */
export const isParticipial = (t: T, i: number, start: number) =>
  /ing$/.test(t[i]!.lower) && (t[start - 1]?.text === "," || !t[start - 1]) && !t.slice(start, i).some((x) => x.pos === "AUX");

/**
 * "The Greens joined the union in calling for…", "Hokuriku joined Lantern Peak in opposing the
 * deal": a gerund after "join X in" has join's subject and X both as holders. Returns the index of
 * "join" and X's span.
 */
export function joinedIn(t: T, i: number, start: number): { join: number; companion: [number, number] } | undefined {
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
export function coordinatedBeforeAside(t: T, [a]: [number, number]): [number, number][] {
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
export function companionsBetween(t: T, from: number, to: number): [number, number][] {
  const found: [number, number][] = [];
  for (let k = from; k < to - 2; k++) {
    if (!/^(?:along|together)$/.test(t[k]!.lower) || t[k + 1]?.lower !== "with") continue;
    const a = t[k + 2]?.pos === "DET" ? k + 3 : k + 2;
    // "together with the Fellowship of Churches in Papua (PGGP) pushed…": a name runs on to the comma or the verb.
    let b = a;
    while (b + 1 < to && t[b + 1]!.text !== "," && (inNounPhrase(t[b + 1]!) || /^(?:of|in|for|de|do|da|del|des|du)$/.test(t[b + 1]!.lower) || /^[()]$/.test(t[b + 1]!.text))) b++;
    if (t[b]?.text === "(") b--;
    if (b >= a && b < to) found.push([a, b]);
  }
  return found;
}

/** The subject of the verb at i whose group starts at start: its own, a participle's clause's, or a coordinated verb's. */
export function verbSubject(t: T, i: number, start = groupStart(t, i)): [number, number] | undefined {
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
export function previousClauseSubject(t: T, j: number): [number, number] | undefined {
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
/** The first words of the verb cue rows: "and" before one ends a content ("…and rejected…"). */
const CUE_VERB_HEADS = new Set(CUES.filter((cue) => cue.part === "verb").map((cue) => cue.lemma.split(" ")[0]!));
const isCueVerb = (token: TaggedToken | undefined) => !!token && token.pos === "VERB" && CUE_VERB_HEADS.has(token.lemma);

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
    // Inverted: `…," said Reem Abdel-Ghani, a researcher`; ", saying it asks for more" names no one: its speaker is the clause's subject.
    if (/ing$/.test(t[k]!.lower)) continue;
    const a = k + 1;
    if (isNominal(t[a]) || t[a]?.pos === "DET") {
      const b = npEnd(t, a);
      if (b >= a) return span(t, a, b);
    }
  }
  return undefined;
}

/**
 * "according to X" anywhere in the sentence, where X can speak: a name, a person or a body
 * ("according to officials", "according to the ministry"); "according to U.N. figures" cites data.
 */
function accordingTo(t: T): Span | undefined {
  for (let k = 0; k + 2 < t.length; k++) {
    if (t[k]!.lower === "according" && t[k + 1]!.lower === "to") {
      const b = npEnd(t, k + 2);
      const head = t[b];
      const speaks = !!head && (head.pos === "PROPN" || /^\p{Lu}/u.test(head.text) || isPersonNoun(head.lower) || isPersonNoun(head.lower.replace(/s$/, "")) || GROUP_NOUNS.has(head.lower) || ORGANIZATION_HEADS.has(head.lower));
      if (b >= k + 2 && speaks) return span(t, k + 2, b);
    }
  }
  return undefined;
}

export function speakerFor(t: T, clauseStart: number, cueEnd: number): Span | undefined {
  return reportingSpeakerBefore(t, clauseStart) ?? trailingSpeaker(t, cueEnd) ?? accordingTo(t);
}

// ---------------------------------------------------------------------------------------------
// Content

/** Where a content clause starting at a ends (exclusive). */
export function contentEnd(t: T, a: number, clause: boolean): number {
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
    // "the civil servant (ASN) recruitment quota": an acronym in brackets inside a noun phrase is no break.
    if (bracketedAcronymAt(t, k) && k > a && isNominal(t[k - 1]) && isNominal(t[k + 3])) { k += 2; continue; }
    // "free, prior and informed consent": a comma in a list of adjectives before their noun is no break.
    if (token.text === "," && t[k - 1]?.pos === "ADJ" && adjectiveListEnd(t, k + 1) > 0) continue;
    // "the tender period, which closes on June 23, to be extended": a relative aside before the noun's infinitive.
    const aside = token.text === "," ? relativeAsideEnd(t, k) : -1;
    if (aside > 0) { k = aside; verbs = true; continue; }
    if (CLAUSE_BREAK_PUNCT.has(token.text) || token.text === "," && quoteOpenedAt < a && !inNumber) return k;
    if (CLOSING_QUOTES.test(token.text) && (t[k + 1]?.text === "," || t[k + 1]?.text === "." || isNominal(t[k + 1]) && isReporting(t[k + 2]))) return k;
    if (CLAUSE_BREAK_WORDS.has(token.lower) && (token.pos === "SCONJ" || token.pos === "CCONJ" || token.pos === "ADP" && (token.lower !== "after" && token.lower !== "before" && token.lower !== "since" || k > a && clauseFollows(t, k + 1)))) return k;
    if (token.lower === "and" && (isReporting(t[k + 1]) || isCueVerb(t[k + 1]) || t[k + 1]?.pos === "ADV" && isCueVerb(t[k + 2]) || t[k + 1]?.lower === "that" && k > a)) return k;
    // "guarantee the volumes on the condition that…": the condition is no part of what is offered.
    if (token.lower === "on" && k > a && (t[k + 1]?.lower === "condition" || t[k + 2]?.lower === "condition") && t.slice(k + 1, k + 4).some((x) => x.lower === "that")) return k;
    if (token.lower === "that" && complementNounBefore(t, k)) { verbs = true; continue; }
    // "a guarantee that there will be no forced layoffs": what the noun says there will be.
    if (token.lower === "that" && t[k + 1]?.lower === "there" && t[k - 1]?.pos === "NOUN") { verbs = true; continue; }
    // "any deal that would limit Ethiopia's right…": a vague noun's relative clause says what it is.
    // "an alternative budget that would sell the council's stake": what a proposed thing would do says what it is.
    const definesVagueNoun = k - a <= 3 && t[k - 1]?.pos === "NOUN" && /^(?:that|which)$/.test(token.lower) && (VAGUE_CONTENT_NOUNS.has(t[k - 1]!.lemma) && (t[k + 1]?.pos === "AUX" || t[k + 1]?.pos === "VERB") || saysWhatItDoes(t, k));
    if (definesVagueNoun || k > a && restrictsItsNoun(t, k, a)) { verbs = true; continue; }
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
    // "The AU's offer to mediate has so far gone unanswered": a finite auxiliary after the infinitive's verb opens the main predicate.
    if (k > a && token.pos === "AUX" && /^(?:has|have|had|is|are|was|were)$/.test(token.lower) && t[k - 1]?.pos === "VERB" && t[k - 2]?.lower === "to") return k;
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

/** "all countries that bore the burden of the trials": a "that" or "who" clause after a noun that "all" or "every" opens says which ("any arrangement that…" sets a condition). */
export function restrictsItsNoun(t: readonly TaggedToken[], k: number, from = 0): boolean {
  return /^(?:that|who)$/.test(t[k]!.lower) && t[k - 1]?.pos === "NOUN" && t.slice(Math.max(from, k - 4), k - 1).some((x) => /^(?:all|every|each|those)$/.test(x.lower)) && (t[k + 1]?.pos === "VERB" || t[k + 1]?.pos === "AUX");
}

/**
 * "an alternative budget that would sell the council's stake", "a clause that bans the use of…": a
 * relative clause opening at `that` with "would"/"will" or a present -s form says what the thing does.
 */
export function saysWhatItDoes(t: readonly TaggedToken[], that: number): boolean {
  const verb = t[that + 1];
  if (/^(?:would|will)$/.test(verb?.lower ?? "")) return t[that + 2]?.pos === "VERB";
  return verb?.pos === "VERB" && /s$/.test(verb.lower) && verb.lower !== verb.lemma && verb.lemma !== "be" && verb.lemma !== "have";
}

/** Where ", which … ," ends when an infinitive follows it ("…, which currently closes on June 23, to be extended", "…, whose complaint led to the investigation, for every user to be paid"), or -1. */
export function relativeAsideEnd(t: readonly TaggedToken[], comma: number): number {
  if (!/^(?:which|who|whose)$/.test(t[comma + 1]?.lower ?? "")) return -1;
  for (let k = comma + 2; k < t.length && k - comma <= 14; k++) {
    if (CLAUSE_BREAK_PUNCT.has(t[k]!.text)) return -1;
    if (t[k]!.text === ",") return infinitiveAt(t, k + 1) || t[k + 1]?.lower === "for" && forInfinitiveAt(t, k + 2) ? k : -1;
  }
  return -1;
}

const infinitiveAt = (t: readonly TaggedToken[], k: number) => t[k]?.lower === "to" && (t[k + 1]?.pos === "VERB" || t[k + 1]?.pos === "AUX");

/** "(the call …,) for every affected user to be paid EUR 200": a noun phrase of a few words, then its infinitive. */
function forInfinitiveAt(t: readonly TaggedToken[], from: number): boolean {
  for (let k = from; k < t.length && k - from <= 5; k++) {
    if (infinitiveAt(t, k)) return k > from;
    if (!inNounPhrase(t[k]!)) return false;
  }
  return false;
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
export function contentAfter(t: T, from: number): [number, number] | undefined {
  let a = from;
  while (t[a] && (t[a]!.pos === "ADV" || QUOTES.test(t[a]!.text))) a++;
  // "put on the table on Tuesday a bill…": a time after the cue is no content.
  if (t[a]?.lower === "on" && TIME_ADJUNCT_NAMES.has(t[a + 1]?.lower ?? "") && /^\p{Lu}/u.test(t[a + 1]!.text)) a += t[a + 2]?.pos === "NUM" ? 3 : 2;
  const token = t[a];
  if (!token) return undefined;
  let clause = false;
  // "balked at that, saying…": a "that" before a comma or the end is a pronoun, not a clause's opener.
  // "dismissed that as 'green protectionism'": a "that" before "as" is one too.
  if (token.lower === "that" && token.pos !== "DET" && t[a + 1] && t[a + 1]!.pos !== "PUNCT" && t[a + 1]!.lower !== "as") { a++; clause = true; }
  else if (token.lower === "to" && (t[a + 1]?.pos === "VERB" || t[a + 1]?.pos === "AUX")) { a++; clause = true; }
  else if (token.lower === "to" || token.lower === "for" || token.lower === "on" || token.lower === "upon" || token.lower === "of") a++;
  // "demanded to the Portuguese Government corrective measures": a name right after "to" and before the thing is who gets it.
  if (token.lower === "to" && !clause) a = recipientNameEnd(t, a) ?? a;
  while (t[a] && QUOTES.test(t[a]!.text)) a++;
  if (!t[a]) return undefined;
  const end = contentEnd(t, a, clause);
  return end > a ? [a, end - 1] : undefined;
}

/**
 * "(demanded) to the Portuguese Government corrective measures", "(give) to Lisbon one more year":
 * translated copy puts who gets a thing first, after "to". From the name's start at `from` ("the"
 * allowed), the index of the thing after it, when a lower-case determiner, number or adjective opens it.
 */
export function recipientNameEnd(t: readonly TaggedToken[], from: number): number | undefined {
  let name = t[from]?.lower === "the" ? from + 1 : from;
  const first = name;
  while (t[name]?.pos === "PROPN") name++;
  const next = t[name];
  return name > first && next && (next.pos === "ADJ" || next.pos === "NUM" || next.pos === "DET" && next.lower !== "that") && /^\p{Ll}/u.test(next.text) ? name : undefined;
}

/** "urged Athens to pull back its ships": the addressee is skipped, the infinitive is the content. */
export function addresseeContent(t: T, from: number, asksFor = false): [number, number] | undefined {
  let a = from;
  // "half of the television money", "most of its staff": a quantity the tagger read as an adverb opens the phrase.
  const partOf = (k: number) => t[k]?.pos === "ADV" && t[k + 1]?.lower === "of";
  while (t[a] && t[a]!.pos === "ADV" && !partOf(a)) a++;
  const part = partOf(a);
  if (!part && !isNominal(t[a]) && t[a]?.pos !== "DET" && t[a]?.pos !== "ADJ") return undefined;
  let b = part ? npEnd(t, a + 2) : npEnd(t, a);
  // "urged Eritrea and Ethiopia alike to keep…": coordinated addressees.
  while ((t[b + 1]?.lower === "and" || t[b + 1]?.lower === "or") && (isNominal(t[b + 2]) || t[b + 2]?.pos === "DET")) b = npEnd(t, b + 2);
  // "want the deal signed before the end of the year": the object and its participle are the content.
  // "wants the league run by a company": a participle like its base form, known by its agent.
  if (t[b + 1] && (isPastForm(t[b + 1]!) || t[b + 1]!.pos === "VERB" && t[b + 2]?.lower === "by") && b >= a) {
    const end = contentEnd(t, b + 1, true);
    return [a, end - 1];
  }
  let k = b + 1;
  // "urged the Indonesian side, and the others, to…", "asked Caracas together, in writing, to…", "pressed MAT in a letter
  // last month to…": allow a short aside, an adverb or a prepositional phrase before the infinitive.
  // "called on the General Administration of Customs of China (GACC) to…", "ask the Conseil d'État, France's highest court, to…":
  // an acronym in brackets or an apposition naming the addressee.
  // "presses Cambodia for a ceasefire", "lobbied the regulator for a cap on fares": what is asked of a named addressee or a body.
  const asked = asksFor && (t[b]?.pos === "PROPN" || GROUP_DESCRIPTIONS.has(t[b]?.lemma ?? "") || ADDRESSED_BODIES.has(t[b]?.lemma ?? ""));
  for (let n = 0; n < 12 && t[k] && t[k]!.lower !== "to" && !(asked && forWhat(t, k)); n++) {
    const token = t[k]!;
    const gerundAfterPreposition = token.pos === "VERB" && /ing$/.test(token.lower) && t[k - 1]?.pos === "ADP";
    const bracketed = token.text === "(" || token.text === ")" || t[k - 1]?.text === "(";
    // A name runs on through "of" ("the General Administration of Customs of China").
    const apposition = (token.pos === "PROPN" || isPossessiveMark(token)) && (t.slice(b + 1, k).some((x) => x.text === ",") || t[k - 1]?.lower === "of" || t[k - 1]?.pos === "PROPN") || token.lower === "and" && t[k - 1]?.pos === "PROPN" && t[k + 1]?.pos === "PROPN";
    if (token.text === "," || bracketed || apposition || token.pos === "ADV" || gerundAfterPreposition || (token.pos === "ADP" || token.pos === "DET" || token.pos === "ADJ" || token.pos === "NUM" || token.pos === "NOUN") && token.lower !== "that") k++;
    else break;
  }
  if (asked && forWhat(t, k)) return contentAfter(t, k);
  // 'wanted Phnom Penh to "consult closely"': a quote may open the infinitive.
  let verb = k + 1;
  while (t[verb] && QUOTES.test(t[verb]!.text)) verb++;
  if (t[k]?.lower !== "to" || (t[verb]?.pos !== "VERB" && t[verb]?.pos !== "AUX")) return undefined;
  // "demanded daily data to be transmitted online", "wants wages to be topped up": with a passive
  // infinitive the noun phrase is what the act is done to, not an addressee, and stays in the content.
  // So does a copula's: "wants every rental contract to be open-ended".
  const passive = t[verb]!.lemma === "be" && !!t[verb + 1] && (isPastForm(t[verb + 1]!) || t[verb + 1]!.pos === "ADJ") && !t.slice(b + 1, k).some((x) => x.text === ",");
  const end = contentEnd(t, passive ? verb + 1 : verb, true);
  if (passive) return [a, end - 1];
  return end > verb ? [verb, end - 1] : undefined;
}

/** Where a list of adjectives ("prior and informed") running on to its noun ends, or 0. */
function adjectiveListEnd(t: T, from: number): number {
  let k = from;
  let words = 0;
  while (t[k] && (t[k]!.pos === "ADJ" || t[k]!.pos === "ADV" && t[k + 1]?.pos !== "VERB" || t[k]!.text === "," || t[k]!.lower === "and" || t[k]!.lower === "or") && words < 6) { k++; words++; }
  return words && t[k - 1]?.pos === "ADJ" && (t[k]?.pos === "NOUN" || t[k]?.pos === "PROPN") ? k : 0;
}

/** Bodies asked for things that the group descriptions leave out. */
const ADDRESSED_BODIES = new Set(["regulator", "watchdog", "state", "treasury", "president", "minister"]);

/** "for a cap", not "for the second time" or "for years": a "for" that gives what is asked. */
function forWhat(t: T, k: number): boolean {
  if (t[k]?.lower !== "for") return false;
  const next = t[k + 1]?.lower === "the" ? t[k + 2] : t[k + 1];
  return !!next && next.pos !== "NUM" && !TIME_ADJUNCT_UNITS.has(next.lemma) && !/^(?:first|second|third|last|now|ever|days?|decades?)$/.test(next.lower);
}

/** Splits "exercise restraint and to settle the dispute" into one content per coordinated verb phrase. */
export function splitCoordinated(t: T, [a, b]: [number, number]): [number, number][] {
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

