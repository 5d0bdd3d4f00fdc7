/** The per-document stages, clean → sentences → mentions, as one pure function a worker can run. */
import type { Lexicon } from "../lexicon/index.js";
import { cleanDocument } from "./clean.js";
import { findMentions, type Mention } from "./mentions.js";
import type { RawDocument } from "./read.js";
import { splitSentences } from "./sentences.js";

export interface AnalyzedSentence {
  text: string;
  paragraph: number;
  mentions: Mention[];
}

export interface AnalyzedDocument {
  name: string;
  date?: string;
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
  return [m.surface, m.kind, m.strong ? 1 : 0, m.state ?? "", m.facilityOf ?? "", m.regionHead ?? "", m.title ?? "", m.affiliation ?? ""].join("\u0001");
}

/**
 * The document's names in order of first mention. Cloned because a mention's surface is a slice
 * of the text, and V8 keeps the whole text alive for as long as one slice of it lives.
 */
export function documentNames(doc: AnalyzedDocument): DocumentNames {
  const names = new Map<string, NameOccurrence>();
  doc.sentences.forEach((sentence, s) => {
    for (const { start: _start, end: _end, token: _token, possessive: _possessive, ...fields } of sentence.mentions) {
      const signature = nameSignature(fields);
      const seen = names.get(signature);
      if (seen) seen.count++;
      else names.set(signature, { ...fields, signature, count: 1, sentence: s });
    }
  });
  const { sentences: _sentences, ...rest } = doc;
  return structuredClone({ ...rest, names: [...names.values()] });
}

export function analyzeDocument(raw: RawDocument, lexicon: Lexicon): AnalyzedDocument {
  const clean = cleanDocument(raw.name, raw.text);
  const sentences = splitSentences(clean.paragraphs, (word) => lexicon.common.has(word)).map((s) => ({
    text: s.text,
    paragraph: s.paragraph,
    mentions: findMentions(s.text, lexicon),
  }));
  return {
    name: raw.name,
    date: clean.date,
    sentences,
    warnings: raw.warnings,
    dropped: clean.dropped,
    bytes: Buffer.byteLength(raw.text),
  };
}
