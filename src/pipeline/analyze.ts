/** The per-document stages, clean → sentences → mentions and stance frames, as one pure function a worker can run. */
import type { Lexicon } from "../lexicon/index.js";
import { cleanDocument } from "./clean.js";
import { findMentions, type Mention } from "./mentions.js";
import type { RawDocument } from "./read.js";
import { splitSentences } from "./sentences.js";
import { findFrames, mayHoldStance, type StanceFrame } from "./stances/frames.js";
import { withFullerMentions } from "./stances/fuller-mention.js";
import { withPronounObjects } from "./stances/pronoun-object.js";
import type { TaggedToken, Tagger } from "./stances/tagger.js";

export interface AnalyzedSentence {
  text: string;
  paragraph: number;
  mentions: Mention[];
  /** Stance frames, for the sentences that have a cue (only those are tagged). */
  frames?: StanceFrame[];
}

export interface AnalyzedDocument {
  name: string;
  date?: string;
  /** A dateline's month and day when the page gives no year (see CleanDocument). */
  monthDay?: string;
  headline?: string;
  outlet?: string;
  sentences: AnalyzedSentence[];
  warnings: string[];
  dropped: Record<string, number>;
  bytes: number;
}

/** A name as entity resolution sees it: the mentions of one document that agree on every field it reads. */
export interface NameOccurrence extends Omit<Mention, "start" | "end" | "token" | "possessive"> {
  /** Key of these fields (see `nameSignature`). */
  signature: string;
  count: number;
  /** The first sentence that has it (an affiliation quotes it). */
  sentence: number;
}

/** What resolution reads of a document: its distinct names, so memory follows entities per document, not words. */
export interface DocumentNames extends Omit<AnalyzedDocument, "sentences"> {
  names: NameOccurrence[];
}

export function nameSignature(m: Omit<Mention, "start" | "end" | "token" | "possessive">): string {
  return [m.surface, m.kind, m.strong ? 1 : 0, m.state ?? "", m.facilityOf ?? "", m.regionHead ?? "", m.title ?? "", m.affiliation ?? "", m.acronym ?? "", m.definedAs?.join(",") ?? ""].join("\u0001");
}

/**
 * The document's names in order of first mention. Cloned because a mention's surface is a slice
 * of the text, and V8 keeps the whole text alive for as long as one slice of it lives; cloned
 * through JSON, as the cache stores them, so a build from the cache sees the very same values.
 */
export function documentNames(doc: AnalyzedDocument): DocumentNames {
  const names = new Map<string, NameOccurrence>();
  doc.sentences.forEach((sentence, s) => {
    for (const { start: _start, end: _end, token: _token, possessive: _possessive, ...fields } of sentence.mentions) {
      const signature = nameSignature(fields);
      const seen = names.get(signature);
      if (seen) {
        seen.count++;
        if (!seen.description && fields.description) seen.description = fields.description;
      }
      else names.set(signature, { ...fields, signature, count: 1, sentence: s });
    }
  });
  const { sentences: _sentences, ...rest } = doc;
  return JSON.parse(JSON.stringify({ ...rest, names: [...names.values()] })) as DocumentNames;
}

/**
 * A name no lexicon knows that holds or reports a stance is an actor: one word is a group
 * ("Hezbollah would never accept…"), as is a name in capitals; two or three words are a person. Resolution may still find a
 * lone surname's person first.
 */
function classifyHolders(mentions: Mention[], frames: readonly StanceFrame[], tagged: readonly TaggedToken[]): Mention[] {
  const spans = frames.flatMap((f) => [f.holder, f.speaker]).filter((x) => x !== undefined);
  return mentions.map((m) => {
    if (m.kind !== "unknown" || !spans.some((x) => m.start >= x.start && m.end <= x.end)) return m;
    // "31 European asset managers": a capitalised word the tagger reads before a common noun modifies it; the noun acts.
    const next = tagged.find((t) => t.start >= m.end);
    if (next?.pos === "NOUN" && /^\p{Ll}/u.test(next.text)) return m;
    const words = m.surface.split(/\s+/).length;
    // "WALHI NTT": a name in capitals throughout is a group's, however many words it has.
    if (words === 1 || m.surface === m.surface.toUpperCase()) return { ...m, kind: "organization" };
    return words <= 3 ? { ...m, kind: "person" } : m;
  });
}

/** Longer "sentences" are page debris run together (tables, lists without stops): they are not read for stances. */
export const MAX_TAGGED_CHARS = 3000;

export function analyzeDocument(raw: RawDocument, lexicon: Lexicon, tagger: Tagger): AnalyzedDocument {
  const clean = cleanDocument(raw.name, raw.text);
  // The document-level passes read sentences the frames were found in again: they are tagged once.
  const tags = new Map<string, TaggedToken[]>();
  const taggedOnce: Tagger = { tag: (text) => tags.get(text) ?? tags.set(text, tagger.tag(text)).get(text)! };
  const sentences = withPronounObjects(withFullerMentions(splitSentences(clean.paragraphs, (word) => lexicon.common.has(word)).map((s): AnalyzedSentence => {
    const tagged = s.text.length <= MAX_TAGGED_CHARS && mayHoldStance(s.text) ? taggedOnce.tag(s.text) : [];
    const frames = tagged.length ? findFrames(tagged) : [];
    const mentions = classifyHolders(findMentions(s.text, lexicon), frames, tagged);
    return { text: s.text, paragraph: s.paragraph, mentions, ...(frames.length ? { frames } : {}) };
  }), taggedOnce), taggedOnce);
  const overlong = sentences.filter((s) => s.text.length > MAX_TAGGED_CHARS).length;
  return {
    name: raw.name,
    ...(clean.date ? { date: clean.date } : {}),
    ...(clean.monthDay ? { monthDay: clean.monthDay } : {}),
    ...(clean.headline ? { headline: clean.headline } : {}),
    ...(clean.outlet ? { outlet: clean.outlet } : {}),
    sentences,
    warnings: overlong ? [...raw.warnings, `${overlong} sentence(s) longer than ${MAX_TAGGED_CHARS} characters not read for stances`] : raw.warnings,
    dropped: clean.dropped,
    bytes: Buffer.byteLength(raw.text),
  };
}
