/** Text keys used to compare names across spellings. */

const DIACRITICS = /[\u0300-\u036f]/g;
const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** Lower case, no diacritics, no possessive, no dots, no leading "the": how the scorer compares names. */
export function nameKey(name: string): string {
  // Most names are plain ASCII words: the same key without the Unicode passes.
  if (PLAIN_WORDS.test(name)) {
    const lower = name.toLowerCase();
    return lower.startsWith("the ") ? lower.slice(4) : lower;
  }
  return name
    .normalize("NFKD")
    .replace(DIACRITICS, "")
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/\./g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

/** Case- and diacritics-insensitive folding for search boxes and CLI arguments. */
export function foldForSearch(text: string): string {
  return text.normalize("NFKD").replace(DIACRITICS, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * A consonant skeleton that survives the usual transliteration differences of one word:
 * Zelensky / Zelenskyy / Zelenskiy, Kiev / Kyiv, Donbas / Donbass, Luhansk / Lugansk,
 * Zaporizhzhia / Zaporozhye, Yury / Yuri. Vowels after the first letter are dropped,
 * h is read as g, zh as j, doubled letters are folded.
 */
export function skeleton(word: string): string {
  const w = nameKey(word).replace(/\s+/g, "");
  if (!w) return "";
  const body = w
    .slice(1)
    .replace(/zh/g, "j")
    .replace(/kh/g, "k")
    .replace(/h/g, "g")
    .replace(/[aeiouy]/g, "")
    .replace(/(.)\1+/g, "$1");
  const folded = (w[0] + body).replace(/(.)\1+/g, "$1");
  // Two consonants are too little to tell names apart (Seoul / Şişli, Hyun / Hoon): short names keep their letters.
  return folded.length >= 3 ? folded : w.replace(/(.)\1+/g, "$1");
}

/** A stable, readable node key. */
export function slug(text: string): string {
  return nameKey(text).replace(/\s+/g, "-") || "x";
}

/** "NATO", "M23", "E3": capitals, maybe with digits, two to six characters. */
export function isAcronym(text: string): boolean {
  // "U.N.", "U.S.": an acronym written with its stops.
  const letters = /^(?:\p{Lu}\.){2,6}$/u.test(text) ? text.replace(/\./g, "") : text;
  return /^[\p{Lu}\d]{2,6}$/u.test(letters) && /\p{Lu}/u.test(letters);
}
