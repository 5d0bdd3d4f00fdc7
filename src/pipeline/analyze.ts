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

/** What entity resolution reads of a document: its mentions, sentence by sentence, without the text. */
export interface DocumentMentions {
  name: string;
  date?: string;
  sentences: { mentions: Mention[] }[];
  warnings: string[];
  dropped: Record<string, number>;
  bytes: number;
}

export interface AnalyzedDocument extends DocumentMentions {
  sentences: AnalyzedSentence[];
}

/**
 * The document without its text: what the builder keeps in memory while the corpus streams by.
 * Cloned because a mention's surface is a slice of the text, and V8 keeps the whole text alive
 * for as long as one slice of it lives.
 */
export function mentionsOnly(doc: AnalyzedDocument): DocumentMentions {
  return structuredClone({ ...doc, sentences: doc.sentences.map((s) => ({ mentions: s.mentions })) });
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
