/**
 * Places the text says are parts of another: "Donbas — comprising the Donetsk and Luhansk regions
 * —", "the Sahel, which includes Mali and Niger". A position about a part is then also about the
 * whole, so "withdrawal from parts of the Donetsk region" meets "withdrawal from the Donbas".
 * Only what the corpus says counts; no gazetteer hierarchy is assumed.
 */
import type { AnalyzedSentence } from "../analyze.js";

/** What comes between the whole and its first part. */
const OPENS_PARTS = /^\s*(?:[—–(,-]\s*)?(?:which\s+(?:comprises|includes|is made up of|consists of|covers)|comprising|including|made up of|consisting of|that is)\s+(?:the\s+)?$/i;
/** Where the list of parts ends. */
const CLOSES_PARTS = /[—–);.]|\bas well as\b/;

/** [part, whole] entity keys from one sentence; `keyOf` gives a mention's place entity, if it is one. */
export function partsOfPlaces(sentence: AnalyzedSentence, keyOf: (index: number) => string | undefined): [string, string][] {
  const pairs: [string, string][] = [];
  const { mentions, text } = sentence;
  mentions.forEach((whole, w) => {
    const wholeKey = keyOf(w);
    if (!wholeKey) return;
    const next = mentions[w + 1];
    if (!next || !OPENS_PARTS.test(text.slice(whole.end, next.start))) return;
    for (let p = w + 1; p < mentions.length; p++) {
      if (p > w + 1 && CLOSES_PARTS.test(text.slice(mentions[p - 1]!.end, mentions[p]!.start))) break;
      const partKey = keyOf(p);
      if (partKey && partKey !== wholeKey) pairs.push([partKey, wholeKey]);
    }
  });
  return pairs;
}
