/** Stage 3, sentences: paragraphs → sentences, each an exact substring of its paragraph. */

export interface Sentence {
  /** Index of the sentence in the document. */
  index: number;
  paragraph: number;
  text: string;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "sr", "jr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "maj", "adm", "cmdr",
  "rev", "hon", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
  "oct", "nov", "dec", "mt", "ft", "approx", "est", "fig", "pres", "dept", "univ", "assn",
]);

/** Where a sentence may end: terminal punctuation, closing quotes, then space and a capital, digit or quote. */
const WORD_CHAR = /[\p{L}.]/u;
const BOUNDARY = /([.!?…]+)(["”’')\]]*)\s+(?=["“‘'(\[]?[\p{Lu}\d])/gu;

/** Start of the run of letters and dots that ends at `end` (a backward scan: an end-anchored regex would rescan the paragraph at every boundary). */
function wordStart(paragraph: string, from: number, end: number): number {
  let k = end;
  while (k > from && WORD_CHAR.test(paragraph[k - 1]!)) k--;
  return k;
}

/**
 * @param isCommonWord tells whether a lower-cased word is ordinary vocabulary; after "U.S." a
 * sentence ends only if the next word is one ("...with U.S. backing. Agreement on...").
 */
export function splitSentences(paragraphs: readonly string[], isCommonWord: (word: string) => boolean): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    let start = 0;
    for (const match of paragraph.matchAll(BOUNDARY)) {
      const end = match.index + match[1]!.length + match[2]!.length;
      if (match[1] === "." && !match[2]) {
        const lastWord = paragraph.slice(wordStart(paragraph, start, match.index), match.index);
        const nextWord = /^["“‘'(\[]?([\p{L}]+)/u.exec(paragraph.slice(match.index + match[0].length))?.[1] ?? "";
        if (ABBREVIATIONS.has(lastWord.toLowerCase())) continue;
        // A single initial ("Donald J. Trump") or a dotted acronym ("U.S.") mid-sentence.
        if (/^\p{Lu}$/u.test(lastWord)) continue;
        if (/^(\p{L}\.)+\p{L}$/u.test(lastWord) && !isCommonWord(nextWord.toLowerCase())) continue;
      }
      const text = paragraph.slice(start, end).trim();
      if (text) sentences.push({ index: sentences.length, paragraph: p, text });
      start = match.index + match[0].length;
    }
    const rest = paragraph.slice(start).trim();
    if (rest) sentences.push({ index: sentences.length, paragraph: p, text: rest });
  });
  return sentences;
}
