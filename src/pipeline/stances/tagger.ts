/**
 * Part-of-speech tagging with wink-nlp's English lite model, which ships in its npm package
 * (no download at run time). Only sentences that can carry a stance are tagged (see `mayHoldStance`).
 */
import { createRequire } from "node:module";
import type { ItsFunction } from "wink-nlp";

/** Universal Dependencies part-of-speech tags, as wink-nlp gives them. */
export type Pos =
  | "ADJ" | "ADP" | "ADV" | "AUX" | "CCONJ" | "DET" | "INTJ" | "NOUN" | "NUM" | "PART" | "PRON" | "PROPN" | "PUNCT" | "SCONJ" | "SYM" | "VERB" | "X" | "SPACE";

export interface TaggedToken {
  text: string;
  lower: string;
  lemma: string;
  pos: Pos;
  /** Offsets in the sentence. */
  start: number;
  end: number;
}

export interface Tagger {
  tag(sentence: string): TaggedToken[];
}

/** The model is required when a tagger is made: a build from the cache never tags, and never loads it. */
export function createTagger(): Tagger {
  const require = createRequire(import.meta.url);
  const winkNLP = require("wink-nlp") as typeof import("wink-nlp").default;
  const model = require("wink-eng-lite-web-model") as typeof import("wink-eng-lite-web-model").default;
  const nlp = winkNLP(model, ["pos"]);
  const its = nlp.its;
  // wink-nlp's own typings give `its.lemma` an addons parameter that `out` does not accept; it runs as documented.
  const lemma = its.lemma as unknown as ItsFunction<string>;
  return {
    tag(sentence) {
      const folded = foldForTagger(sentence);
      const tokens = nlp.readDoc(folded).tokens();
      const texts = tokens.out(its.value) as string[];
      const tags = tokens.out(its.pos) as string[];
      const lemmas = tokens.out(lemma) as string[];
      const tagged: TaggedToken[] = [];
      let at = 0;
      texts.forEach((value, i) => {
        // wink keeps each token's own characters, so the next occurrence is the token's place.
        const start = folded.indexOf(value, at);
        if (start < 0) return;
        at = start + value.length;
        // The token as written: a folded name keeps its own letters, and is its own lemma.
        const text = sentence.slice(start, at);
        const lower = text.toLowerCase();
        tagged.push({ text, lower, lemma: text === value ? (lemmas[i] ?? text).toLowerCase() : lower, pos: (tags[i] ?? "X") as Pos, start, end: at });
      });
      return tagged.map((token, k) => (comparativeBeforeNoun(tagged, k) ? { ...token, pos: "ADJ" } : determinedVerb(tagged, k) || gerundWithoutObject(tagged, k) || headlessAdjective(tagged, k) || destination(tagged, k) ? { ...token, pos: "NOUN" } : destination(tagged, k + 1) ? { ...token, pos: "ADP" } : subjunctiveVerb(tagged, k) || relativeVerb(tagged, k) || coordinatedVerb(tagged, k) ? { ...token, pos: "VERB" } : hyphenatedNameTail(tagged, k) || capitalizedInName(tagged, k) ? { ...token, pos: "PROPN" } : token));
    },
  };
}

/**
 * "Jang Eun-young": after a name's first word, the lower-case half of a hyphenated given name is
 * part of the name (the model reads "young" as an adjective); "Kremlin-backed", "Boston-based" are
 * not names.
 */
function hyphenatedNameTail(t: readonly TaggedToken[], k: number): boolean {
  const [tail, hyphen, head, first] = [t[k]!, t[k - 1], t[k - 2], t[k - 3]];
  if (!hyphen || !head || hyphen.text !== "-" || hyphen.start !== head.end || tail.start !== hyphen.end) return false;
  return isNameWord(head) && isNameWord(first) && /^\p{Ll}{2,5}$/u.test(tail.text) && !/(?:ed|ing)$/.test(tail.text);
}

/** "the Korean Student Union Network": a capitalised common noun between two words of a name is part of the name. */
function capitalizedInName(t: readonly TaggedToken[], k: number): boolean {
  const token = t[k]!;
  return token.pos === "NOUN" && /^\p{Lu}\p{Ll}/u.test(token.text) && isNameWord(t[k - 1]) && isNameWord(t[k + 1]);
}

/** A capitalised proper noun: a word of a name. */
const isNameWord = (x: TaggedToken | undefined): boolean => !!x && x.pos === "PROPN" && /^\p{Lu}/u.test(x.text);

const ARTICLES = new Set(["a", "an", "the", "any", "no", "every", "each", "another"]);

/**
 * "said no to a cut", "an outright ban is off the table": a verb's base form after an article (and
 * its adverbs or adjectives) is a noun; the lite model reads such short words as verbs.
 */
function determinedVerb(t: readonly TaggedToken[], k: number): boolean {
  const token = t[k]!;
  if (token.pos !== "VERB" || token.lower !== token.lemma) return false;
  let j = k - 1;
  while (j >= 0 && (t[j]!.pos === "ADV" || t[j]!.pos === "ADJ")) j--;
  return j >= 0 && ARTICLES.has(t[j]!.lower);
}

/**
 * "demanded that the Kazakh side increase its annual contribution": in a that-clause, a base form read
 * as a noun after its subject's noun and before a possessive is the clause's verb.
 */
function subjunctiveVerb(t: readonly TaggedToken[], k: number): boolean {
  const token = t[k]!;
  if (token.pos !== "NOUN" || token.lower !== token.lemma || !/^(?:its|their|his|her|our)$/.test(t[k + 1]?.lower ?? "")) return false;
  if (t[k - 1]?.pos !== "NOUN" && t[k - 1]?.pos !== "PROPN") return false;
  return t.slice(Math.max(0, k - 5), k - 1).some((x) => x.lower === "that");
}

/** "a clause that bans the use of…": after a noun and "that", an -s form before an article or possessive is the relative clause's verb. */
function relativeVerb(t: readonly TaggedToken[], k: number): boolean {
  const token = t[k]!;
  if (token.pos !== "NOUN" || token.lower === token.lemma || !/s$/.test(token.lower) || t[k - 1]?.lower !== "that" || t[k - 2]?.pos !== "NOUN") return false;
  return t[k + 1]?.pos === "DET" || /^(?:its|their|his|her|our)$/.test(t[k + 1]?.lower ?? "");
}

/** "to cap the deposit at N250,000 and refund it": after "and", a base form read as a noun before an object pronoun is a verb. */
function coordinatedVerb(t: readonly TaggedToken[], k: number): boolean {
  const token = t[k]!;
  return token.pos === "NOUN" && token.lower === token.lemma && t[k - 1]?.lower === "and" && /^(?:it|them)$/.test(t[k + 1]?.lower ?? "");
}

/**
 * "pressed for faster easing since the spring": after a preposition and a comparative, an -ing form
 * with no object is a noun ("easing", "tightening"), and the comparative its adjective.
 */
function gerundWithoutObject(t: readonly TaggedToken[], k: number): boolean {
  const token = t[k];
  const next = t[k + 1];
  return !!token && token.pos === "VERB" && /ing$/.test(token.lower) && isComparative(t[k - 1]) && t[k - 2]?.pos === "ADP" && (!next || next.pos === "ADP" || next.pos === "SCONJ" || next.pos === "PUNCT" || next.pos === "CCONJ");
}

function comparativeBeforeNoun(t: readonly TaggedToken[], k: number): boolean {
  return gerundWithoutObject(t, k + 1);
}

/** "faster", "further", "more": a comparative, as the lite model tags it (often as an adverb). */
const isComparative = (token: TaggedToken | undefined) => !!token && (token.pos === "ADV" || token.pos === "ADJ") && /^(?:\p{L}{2,}er|more|less)$/u.test(token.lower);

const MOTION_VERBS = new Set(["return", "go", "come", "head", "get", "send", "order"]);

/** "urged nurses to return to work", "go back to work": after a verb of motion, "to" leads to a place, not an infinitive. */
function destination(t: readonly TaggedToken[], k: number): boolean {
  if (t[k]?.pos !== "VERB" || t[k]!.lower !== "work" || t[k - 1]?.lower !== "to") return false;
  const mover = t[k - 2]?.lower === "back" ? t[k - 3] : t[k - 2];
  return !!mover && MOTION_VERBS.has(mover.lemma);
}

/** "The former general pushed back": an adjective ending an article's phrase right before its verb is the phrase's noun. */
function headlessAdjective(t: readonly TaggedToken[], k: number): boolean {
  if (t[k]!.pos !== "ADJ" || (t[k + 1]?.pos !== "VERB" && t[k + 1]?.pos !== "AUX")) return false;
  let j = k - 1;
  while (j >= 0 && t[j]!.pos === "ADJ") j--;
  return j >= 0 && ARTICLES.has(t[j]!.lower);
}

/** Letters without a decomposition that names their base letter. */
const BASE_LETTERS: Readonly<Record<string, string>> = { ı: "i", İ: "I", ł: "l", Ł: "L", đ: "d", Đ: "D", ħ: "h", Ħ: "H", ŧ: "t", Ŧ: "T" };

/**
 * wink's tokenizer splits a word at a letter outside Latin-1 ("Arıkan" → "Ar ı kan", "Wiśniewski",
 * "Łukasz"), so names in Turkish, Polish or Vietnamese lose their shape. The tagger reads the
 * sentence with each such letter as its base letter, one character for one, so offsets hold and
 * the tokens keep the letters as written. It also reads "in." and "no." ending a sentence as
 * abbreviations ("will not let the buses in.", "Baku said no."): the full stop after a short
 * lower-case word there is read as "!", which it splits off.
 */
export function foldForTagger(sentence: string): string {
  return sentence
    .replace(/[^\u0000-\u00ff]/g, (c) => {
      if (BASE_LETTERS[c]) return BASE_LETTERS[c];
      const base = c.normalize("NFD")[0]!;
      return /[A-Za-z]/.test(base) ? base : c;
    })
    .replace(/(\s[a-z]{1,3})\.$/, "$1!");
}

/** A past form ("signed", "paid", "taken"): a verb that differs from its lemma without a present ending. */
export function isPastForm(token: TaggedToken): boolean {
  return token.pos === "VERB" && token.lemma !== token.lower && !/(?:ing|s)$/.test(token.lower);
}

/** "a 10% cut", "a base pay rise": a bare verb form after a number or between two nouns is a noun the tagger missed. */
export function nounTaggedAsVerb(t: readonly TaggedToken[], k: number): boolean {
  const token = t[k]!;
  if (k === 0 || token.pos !== "VERB" || token.lower !== token.lemma) return false;
  const before = t[k - 1]!;
  // "(that) affected universities submit restructuring plans": after a participle and its plural noun, a base form is their verb.
  const subjectVerb = /s$/.test(before.lower) && before.lower !== before.lemma && (t[k - 2]?.pos === "ADJ" || t[k - 2]?.pos === "VERB") && isPastForm(t[k - 2]!);
  return before.pos === "NUM" || before.text === "%" || before.pos === "NOUN" && t[k + 1]?.pos === "NOUN" && !subjectVerb;
}

/** "a fixed dispensing fee": the first participle of a chain after a determiner. */
function isModifierChainStart(t: readonly TaggedToken[], k: number): boolean {
  return k > 0 && (t[k - 1]!.pos === "DET" || t[k - 1]!.pos === "ADJ") && isPastForm(t[k]!) && /ing$/.test(t[k + 1]?.lower ?? "");
}

/**
 * "a negotiated solution", "the remaining hostages", "of sacked workers": a participle between a
 * determiner, adjective or preposition and a noun modifies the noun. So does a past participle opening a stance's object before its noun
 * ("rejected renewed EU pressure"): `opensObject` says the tokens start there.
 */
export function isModifierParticiple(t: readonly TaggedToken[], k: number, opensObject = false): boolean {
  const token = t[k]!;
  // "a fixed dispensing fee": a chain of participles before the noun modifies it too.
  const chained = t[k + 1]?.pos === "VERB" && /ing$/.test(t[k + 1]!.lower) && (t[k + 2]?.pos === "NOUN" || t[k + 2]?.pos === "PROPN");
  // "a guaranteed 2x20 MHz block", "a proposed 15% rise": a past participle between an article and a number too.
  const numbered = t[k + 1]?.pos === "NUM" && isPastForm(token) && t[k - 1]?.pos === "DET";
  const after = chained || numbered ? "NOUN" : t[k + 1]?.pos;
  if (token.pos !== "VERB" || (after !== "NOUN" && after !== "PROPN")) return false;
  if (k === 0) return opensObject && isPastForm(token);
  const before = t[k - 1]!.pos === "VERB" && isModifierChainStart(t, k - 1) ? "ADJ" : t[k - 1]!.pos;
  // "of sacked workers": after a preposition only a past participle (an -ing form there is a gerund: "for building roads").
  // "demanded that affected universities submit plans": after "that", a past participle before its noun and that noun's verb.
  const clauseSubject = t[k - 1]!.lower === "that" && isPastForm(token) && (t[k + 2]?.pos === "VERB" || t[k + 2]?.pos === "AUX");
  return (before === "DET" || before === "ADJ") && (isPastForm(token) || /ing$/.test(token.lower)) || before === "ADP" && isPastForm(token) || clauseSubject;
}
