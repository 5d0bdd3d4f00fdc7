/** Word tokens with their offsets in the sentence; possessive "'s" is split off as a flag. */

export interface Token {
  text: string;
  start: number;
  end: number;
  lower: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Followed by a possessive 's. */
  possessive: boolean;
  /** Punctuation rather than a word. */
  punct: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[.\-&'’][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;
const DOTTED = /^(\p{L}\.)+$/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let word = match[0];
    const start = match.index;
    let possessive = false;
    if (word.endsWith(".") && !DOTTED.test(word)) {
      word = word.slice(0, -1);
    }
    const poss = /^(.+?)['’]s$/u.exec(word);
    if (poss && /\p{L}/u.test(poss[1]!)) {
      word = poss[1]!;
      possessive = true;
    }
    const punct = !/[\p{L}\p{N}]/u.test(word);
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      lower: word.toLowerCase(),
      cap: /^\p{Lu}/u.test(word),
      possessive,
      punct,
    });
    if (possessive === false && match[0].endsWith(".") && word !== match[0]) {
      tokens.push({ text: ".", start: start + word.length, end: start + word.length + 1, lower: ".", cap: false, possessive: false, punct: true });
    }
  }
  return tokens;
}
