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
