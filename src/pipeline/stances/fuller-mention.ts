/**
 * A lone noun ("pushed back against the closures", "said no to the pause", "rejects the fine") names
 * what its document spelt out with it elsewhere: the nearest mention before it that has modifiers
 * or a complement ("The library closures have drawn…", the headline's "Three-Month Pause", "a fine
 * of EUR 42 million"), else the first after it. A document-level pass over the frames one sentence
 * found, run while the document is analysed, since only then is the tagger at hand (analyze.ts
 * hands it one that tags each text once per document).
 */
import { ANAPHORIC_STANCE_NOUNS, BARE_REFERENTS, GENERIC_ANAPHORIC_NOUNS } from "../../lexicon/cues.js";
import { hyphenInWord } from "./clause.js";
import type { FramedSentence, StanceFrame } from "./frames.js";
import { contentLabel } from "./labels.js";
import type { TaggedToken, Tagger } from "./tagger.js";

/** The sentences with each lone-noun frame's label replaced by the document's fuller mention of its noun, where there is one. */
export function withFullerMentions<S extends FramedSentence>(sentences: readonly S[], tagger: Tagger): S[] {
  let inLongerLabels: Set<string> | undefined;
  const lower: string[] = [];
  const lowered = (k: number) => (lower[k] ??= sentences[k]!.text.toLowerCase());
  return sentences.map((sentence, s) => {
    if (!sentence.frames?.some(isLoneNoun)) return sentence;
    const frames = sentence.frames.map((frame) => {
      if (!isLoneNoun(frame)) return frame;
      const stem = singular(frame.label.toLowerCase());
      // A noun in another stance's label ("cap of 2x20 MHz…", then "calling for a cap") meets that position when positions merge.
      if ((inLongerLabels ??= wordsOfLongerLabels(sentences)).has(stem)) return frame;
      const mentions = mentionPattern(frame.label);
      // Nearest first, and only until one is found among the few nearest mentions, and the headline: tagging is the costly part.
      const candidates = nearestFirst(sentences.length, s).filter((k) => lowered(k).includes(stem) && mentions.test(sentences[k]!.text));
      for (const k of new Set([...candidates.slice(0, MENTIONS_READ), ...candidates.filter((k) => k === 0)])) {
        const fuller = fullerMention(tagger.tag(asRunningText(sentences[k]!.text)), frame.label);
        if (fuller) return { ...frame, label: fuller };
      }
      return frame;
    });
    return { ...sentence, frames };
  });
}

/**
 * The words, singular, of the document's labels of more than one word. A Title Case headline's are
 * left out: its "Three-Month Pause" is the fuller mention a lone "pause" takes, and would meet it anyway.
 */
function wordsOfLongerLabels(sentences: readonly FramedSentence[]): Set<string> {
  const words = new Set<string>();
  for (const sentence of sentences) if (asRunningText(sentence.text) === sentence.text) for (const frame of sentence.frames ?? []) if (/\s/.test(frame.label)) for (const word of frame.label.toLowerCase().split(/[^\p{L}]+/u)) if (word) words.add(singular(word));
  return words;
}

/** How many of a noun's nearest mentions are read for a fuller one. */
const MENTIONS_READ = 6;

/** A one-word label that is neither a pointer back ("the offer", handled by the stance stage) nor a pronoun or an amount. */
function isLoneNoun(frame: StanceFrame): boolean {
  const word = frame.label.toLowerCase();
  return /^\p{Ll}[\p{Ll}-]{2,}$/u.test(frame.label) && !frame.anaphor && !frame.pronoun && !frame.amount && !BARE_REFERENTS.has(word) && !ANAPHORIC_STANCE_NOUNS.has(singular(word)) && !GENERIC_ANAPHORIC_NOUNS.has(singular(word));
}

/** The other sentences, those before the stance nearest first, then those after it. */
function nearestFirst(count: number, s: number): number[] {
  return [...Array.from({ length: s }, (_, k) => s - 1 - k), ...Array.from({ length: count - s - 1 }, (_, k) => s + 1 + k)];
}

const singular = (word: string) => word.replace(/(?<!s)s$/, "");

/** A cheap test before tagging: the noun's letters, in any number and case, as a word. */
function mentionPattern(noun: string): RegExp {
  return new RegExp(`\\b${singular(noun).replace(/[-]/g, "\\-")}s?\\b`, "i");
}

/**
 * A headline in Title Case ("Regent Propose Three-Month Pause") tagged as it stands is all names: its
 * capitalised words are read in lower case (offsets unchanged), acronyms kept.
 */
function asRunningText(text: string): string {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (words.length < 3 || capitalised < words.length - 1) return text;
  return text.replace(/\p{Lu}\p{Ll}[\p{L}'’]*(?:-\p{Lu}?\p{Ll}+)*/gu, (w) => w.toLowerCase());
}

const MODIFIER_POS = new Set(["ADJ", "NOUN", "NUM"]);
const COMPLEMENT_PREPOSITIONS = new Set(["of", "on", "for", "against", "per", "in", "at", "over", "between"]);
/** Modifiers that point or count, saying nothing of what the thing is. */
const EMPTY_MODIFIERS = new Set(["such", "same", "other", "another", "further", "more", "this", "that", "these", "those", "first", "last", "next", "latest", "proposed", "planned", "possible", "new"]);

/**
 * The noun phrase headed by `noun` in a tagged sentence, with the modifiers before it (adjectives,
 * nouns, numbers; a name's words when the noun ends a name, "a revived Health Service Commission")
 * and one complement after it ("of EUR 42 million"); undefined when it has neither.
 */
export function fullerMention(tokens: readonly TaggedToken[], noun: string): string | undefined {
  const wanted = singular(noun.toLowerCase());
  for (let k = 0; k < tokens.length; k++) {
    const head = tokens[k]!;
    const next = tokens[k + 1];
    // "a fine of EUR 42 million": a word the tagger read as an adjective heads a phrase between an article and a preposition.
    const headsPhrase = head.pos === "NOUN" || head.pos === "PROPN" || head.pos === "ADJ" && tokens[k - 1]?.pos === "DET" && next?.pos === "ADP";
    if (singular(head.lower) !== wanted || !headsPhrase) continue;
    // "closure order", "Commission Meeting", "the commission's guideline": the noun modifies another here.
    if (next && (next.pos === "NOUN" || next.pos === "PROPN" || /^['’]s?$/.test(next.text))) continue;
    const name = head.pos === "PROPN";
    const modifier = (j: number) => MODIFIER_POS.has(tokens[j]!.pos) || name && tokens[j]!.pos === "PROPN" || tokens[j]!.pos === "VERB" && /ed$/.test(tokens[j]!.lower) && tokens[j - 1]?.pos === "DET" || hyphenInWord(tokens, j);
    let from = k;
    while (from > 0 && modifier(from - 1)) from--;
    while (from < k && (EMPTY_MODIFIERS.has(tokens[from]!.lower) || tokens[from]!.pos === "PUNCT")) from++;
    // Its complements, as far as they run: "cap of 2x20 MHz per operator in the 700 MHz band".
    let to = k + 1;
    while (tokens[to] && COMPLEMENT_PREPOSITIONS.has(tokens[to]!.lower)) {
      let end = to + 1;
      if (tokens[end]?.pos === "DET") end++;
      const start = end;
      while (end < tokens.length && (MODIFIER_POS.has(tokens[end]!.pos) || tokens[end]!.pos === "PROPN" || tokens[end]!.pos === "SYM" || hyphenInWord(tokens, end))) end++;
      if (end === start || !/^(?:NOUN|PROPN|NUM)$/.test(tokens[end - 1]!.pos)) break;
      to = end;
    }
    if (from === k && to === k + 1) continue;
    const label = contentLabel(tokens.slice(from, to));
    if (label && label.toLowerCase() !== noun.toLowerCase()) return label;
  }
  return undefined;
}
