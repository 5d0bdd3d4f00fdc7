/**
 * "urged IBAMA to suspend it", "called on Brussels to withdraw them": an act whose object is a
 * pronoun is about the thing the text named just before it, the object of a verb before the pronoun
 * in its sentence or in the sentence before ("The company received an installation licence…"),
 * agreeing in number; failing that, a noun of the same number in any role. The act's label is read
 * again with that phrase in the pronoun's place ("suspension of the installation licence"), and kept
 * beside the act alone: the stance stage uses it when the act meets no position of its story. A
 * label that keeps its pronoun ("paying for them…") takes the phrase where no stance of the
 * sentence names the thing first.
 * A stance noun ("accept it" after "the offer") is left to the stance stage, which knows positions.
 * A document-level pass at analysis time, beside fuller-mention.ts: only then is the tagger at hand
 * (one that tags each text once per document: the sentences here were tagged for their frames).
 */
import { ANAPHORIC_STANCE_NOUNS, BARE_REFERENTS, GROUP_DESCRIPTIONS, STATE_DESCRIPTIONS, TIME_ADJUNCT_NAMES, TIME_ADJUNCT_UNITS } from "../../lexicon/cues.js";
import { PERSON_NOUNS } from "../../lexicon/person-nouns.js";
import type { FramedSentence, StanceFrame } from "./frames.js";
import { contentLabel } from "./labels.js";
import type { TaggedToken, Tagger } from "./tagger.js";

/** An act and its pronoun object opening a content: "suspend it", "to withdraw them". */
const ACT_ON_PRONOUN = /^(?:to\s+)?[\p{L}-]+\s+(it|them)\b/iu;

/** The sentences with each act on a pronoun given the label its antecedent makes, where one is found. */
export function withPronounObjects<S extends FramedSentence>(sentences: readonly S[], tagger: Tagger): S[] {
  return sentences.map((sentence, s) => {
    const pronouns = sentence.frames?.map((frame) => pronounIn(sentence.text, frame)) ?? [];
    if (!pronouns.some(Boolean)) return sentence;
    const tokens = tagger.tag(sentence.text);
    const before = s > 0 ? tagger.tag(sentences[s - 1]!.text) : [];
    const frames = sentence.frames!.map((frame, f) => {
      const pronoun = pronouns[f];
      if (!pronoun) return frame;
      const plural = pronoun.word === "them";
      const inSentence = tokens.filter((t) => t.end <= frame.content.start + pronoun.at && !within(t, frame.holder));
      const searches = [true, false].flatMap((objectsOnly) => [() => lastPhrase(inSentence, sentence.text, plural, objectsOnly), () => lastPhrase(before, sentences[s - 1]?.text ?? "", plural, objectsOnly)]);
      let antecedent: string | null | undefined;
      for (let k = 0; k < searches.length && antecedent === undefined; k++) antecedent = searches[k]!();
      if (!antecedent) return frame;
      // "paying for them in ten annual instalments": the label keeps the pronoun where it stands.
      if (!pronoun.act) return { ...frame, antecedent: frame.label.replace(/\b(?:it|them)\b/, antecedent) };
      // "release them" alone reads as a noun: the infinitive's "to" makes the act a verb.
      const written = sentence.text.slice(frame.content.start, frame.content.end).replace(/^(?!to\s)/i, "to ");
      const at = pronoun.at + (written.length - (frame.content.end - frame.content.start));
      const label = contentLabel(tagger.tag(`${written.slice(0, at)}${antecedent}${written.slice(at + pronoun.word.length)}`));
      return /\s/.test(label) ? { ...frame, antecedent: label } : frame;
    });
    return { ...sentence, frames };
  });
}

/**
 * Where a frame's content is an act on "it" or "them" (its label the act alone), or its label keeps
 * the pronoun ("paying for them in ten annual instalments"): the pronoun and its offset in the content.
 */
function pronounIn(text: string, frame: StanceFrame): { word: string; at: number; act: boolean } | undefined {
  if (frame.anaphor || frame.pronoun || frame.amount) return undefined;
  const written = text.slice(frame.content.start, frame.content.end);
  const act = /\s/.test(frame.label) ? null : ACT_ON_PRONOUN.exec(written);
  if (act) return { word: act[1]!.toLowerCase(), at: act[0].length - act[1]!.length, act: true };
  const kept = /\b(?:it|them)\b/.test(frame.label) ? /(?<=\S\s+)\b(it|them)\b/.exec(written) : null;
  return kept ? { word: kept[1]!, at: kept.index, act: false } : undefined;
}

const within = (t: TaggedToken, span: { start: number; end: number } | undefined) => !!span && t.start >= span.start && t.end <= span.end;

/** Nouns that name who acts or when, not a thing acted on. */
const NOT_THINGS: ReadonlySet<string> = new Set([...GROUP_DESCRIPTIONS, ...STATE_DESCRIPTIONS, ...TIME_ADJUNCT_UNITS, ...TIME_ADJUNCT_NAMES, "day", "people"]);
const STANCE_NOUNS: ReadonlySet<string> = new Set([...BARE_REFERENTS, ...ANAPHORIC_STANCE_NOUNS.keys()]);
const MODIFIER_POS = new Set(["ADJ", "NOUN", "NUM", "PROPN"]);

/**
 * The last noun phrase of the tokens whose head agrees in number, as "the …" text: only the objects
 * of verbs (`objectsOnly`), or any; undefined when none is a thing, null when the nearest noun is a
 * stance noun (the search ends there).
 */
function lastPhrase(tokens: readonly TaggedToken[], text: string, plural: boolean, objectsOnly: boolean): string | null | undefined {
  for (let h = tokens.length - 1; h >= 0; h--) {
    const head = tokens[h]!;
    if (head.pos !== "NOUN" || !/^\p{Ll}/u.test(head.text) || tokens[h + 1]?.pos === "NOUN") continue;
    const lemma = head.lemma.toLowerCase();
    if (STANCE_NOUNS.has(lemma)) return null;
    // A plural ends in -s and is not its lemma ("licence" is lemmatised "license", one licence).
    if ((head.lower !== lemma && /s$/.test(head.lower)) !== plural || NOT_THINGS.has(lemma) || PERSON_NOUNS.has(lemma)) continue;
    let from = h;
    while (from > 0 && MODIFIER_POS.has(tokens[from - 1]!.pos)) from--;
    const determiner = tokens[from - 1]?.pos === "DET" ? from - 1 : from;
    if (objectsOnly && tokens[determiner - 1]?.pos !== "VERB") continue;
    return `the ${text.slice(tokens[from]!.start, head.end)}`;
  }
  return undefined;
}
