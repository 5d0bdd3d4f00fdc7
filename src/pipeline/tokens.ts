/** Word tokens with their offsets in the sentence; possessive "'s" (and a plural's "s'") is split off as a flag. */

export interface Token {
  text: string;
  start: number;
  end: number;
  lower: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Followed by a possessive 's, or a plural's possessive apostrophe ("Workers'"). */
  possessive: boolean;
  /** Punctuation rather than a word. */
  punct: boolean;
}

/** A word (letters and digits, with inner dots, hyphens, ampersands and apostrophes, and a final dot), captured, or any other single character. */
const TOKEN = /([\p{L}\p{N}]+(?:[.\-&'’][\p{L}\p{N}]+)*\.?)|[^\s\p{L}\p{N}]/gu;
const DOTTED = /^(\p{L}\.)+$/u;
const HAS_LETTER = /\p{L}/u;
/** A name's plural possessive apostrophe ("Korean Metal Workers' Union"), not one opening a word. */
const PLURAL_POSSESSIVE = /^['’](?![\p{L}\p{N}])/u;

/** Tokenising runs over every sentence: ASCII letters are told apart without making a lower-case copy. */
function isCapital(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return char !== char.toLowerCase();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pluralApostrophe = -1;
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    if (start === pluralApostrophe) continue;
    if (match[1] === undefined) {
      tokens.push({ text: raw, start, end: start + raw.length, lower: raw, cap: false, possessive: false, punct: true });
      continue;
    }
    let word = raw.endsWith(".") && !DOTTED.test(raw) ? raw.slice(0, -1) : raw;
    let possessive = word.length > 2 && (word.endsWith("'s") || word.endsWith("’s")) && HAS_LETTER.test(word.slice(0, -2));
    if (possessive) word = word.slice(0, -2);
    else if (word === raw && word.endsWith("s") && isCapital(word[0]!) && PLURAL_POSSESSIVE.test(text.slice(start + word.length, start + word.length + 2))) {
      possessive = true;
      pluralApostrophe = start + word.length;
    }
    tokens.push({ text: word, start, end: start + word.length, lower: word.toLowerCase(), cap: isCapital(word[0]!), possessive, punct: false });
    if (!possessive && word !== raw) {
      tokens.push({ text: ".", start: start + word.length, end: start + word.length + 1, lower: ".", cap: false, possessive: false, punct: true });
    }
  }
  return tokens;
}
