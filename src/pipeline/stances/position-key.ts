/**
 * A position's merge key, computed in one place from its label: the words read as concepts
 * (derived nouns as their verbs, WordNet's most frequent senses, a few synonyms), the action it
 * opens with, the noun its phrase is about, and for a short compound its head. positions.ts
 * compares keys; labels.ts renders the labels they are read from.
 */
import { CONCEPTS } from "../../lexicon/concepts.js";
import { VAGUE_CONTENT_NOUNS } from "../../lexicon/cues.js";
import { DERIVED_NOUNS } from "../../lexicon/derived-nouns.js";
import { HYPERNYMS } from "../../lexicon/hypernyms.js";
import { PERTAINYMS } from "../../lexicon/pertainyms.js";
import { NOMINALIZATIONS } from "./labels.js";

const STOP = new Set([
  "the", "a", "an", "of", "to", "for", "on", "in", "at", "from", "by", "with", "and", "or", "its", "their", "his", "her", "our", "any",
  "all", "be", "is", "are", "was", "were", "that", "this", "there", "should", "must", "would", "will", "up", "back", "out", "parts", "part",
]);
/** Five-letter stems that name the same action or thing. */
const SYNONYMS: Record<string, string> = {
  pull: "withdr", retre: "withdr", withd: "withdr", force: "troop", troop: "troop", soldi: "troop", army: "troop",
  truce: "ceasefire", cease: "cessa", halt: "cessa", stop: "cessa", assis: "aid", suppo: "aid", aid: "aid", guara: "guara",
  deal: "agree", accor: "agree",
};
/**
 * Lemmas whose concept the first-sense table misses: a pay rise, a fee hike, raising the price are
 * WordNet's "increase", named "gain"; "ceasefire", which WordNet spells "cease-fire", is its "truce"
 * (not a cessation of anything, as "halt of enrichment" is).
 */
const LEMMA_CONCEPTS: ReadonlyMap<string, string> = new Map([["raise", "gain"], ["rise", "gain"], ["hike", "gain"], ["ceasefire", "truce"]]);

/** A derived noun → its verb ("withdrawal" → "withdraw"), so that a noun and a gerund of one act meet. */
const VERB_OF_NOUN = new Map([...DERIVED_NOUNS].map(([verb, noun]) => [noun, verb]));

/** The base forms a word may have: itself, without a plural or verb ending. */
function baseForms(word: string): string[] {
  const forms = [word];
  if (/ies$/.test(word)) forms.push(`${word.slice(0, -3)}y`);
  if (/s$/.test(word) && !/ss$/.test(word)) forms.push(word.slice(0, -1));
  if (/ing$/.test(word)) forms.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  if (/ed$/.test(word)) forms.push(word.slice(0, -2), word.slice(0, -1));
  // "mediator" → "mediate", "negotiator" → "negotiate": an agent noun meets its act.
  if (/ator$/.test(word)) forms.push(`${word.slice(0, -2)}e`);
  return forms;
}

/** Verbs the concept table knows: those it names a sense by ("shut" for close and shut) and those it maps. */
const KNOWN_VERBS: ReadonlySet<string> = new Set([...CONCEPTS].flatMap(([key, concept]) => (key.endsWith(":v") ? [concept, key.slice(0, -2)] : [])));

/**
 * A gerund's verb ("shutting" → "shut", "paying" → "pay"): its base if that is a known verb or has a
 * derived noun, or the base a doubled consonant leaves ("cutting" → "cut").
 */
function verbOfGerund(word: string): string | undefined {
  if (!/ing$/.test(word) || word.length < 6) return undefined;
  const stem = word.slice(0, -3);
  const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : undefined;
  return [stem, `${stem}e`, undoubled].find((base) => base && (KNOWN_VERBS.has(base) || DERIVED_NOUNS.has(base) || LEMMA_CONCEPTS.has(base))) ?? undoubled;
}

/**
 * The word naming a word's concept: an adjective's noun's ("transitional" is "transition"), a gerund's verb's ("shutting" is "closure" is "shut"), a derived
 * noun's verb's, then the word WordNet's most frequent sense shares ("negotiation" → "talks",
 * "treaty" → "pact"); else the word itself.
 */
export function conceptOf(word: string): string {
  // "transitional period" and "transition": an adjective is the noun it pertains to.
  const noun = PERTAINYMS.get(word);
  if (noun) return conceptOf(noun);
  const gerund = verbOfGerund(word);
  if (gerund) return LEMMA_CONCEPTS.get(gerund) ?? CONCEPTS.get(`${gerund}:v`) ?? gerund;
  // "years" is WordNet's "old age" as a lemma of its own; a plural whose singular WordNet knows as a noun is that noun.
  const singular = /[^s]s$/.test(word) ? word.slice(0, -1) : undefined;
  if (singular && CONCEPTS.has(`${singular}:n`)) return conceptOf(singular);
  for (const form of baseForms(word)) {
    const verb = VERB_OF_NOUN.get(form);
    const named = LEMMA_CONCEPTS.get(form) ?? CONCEPTS.get(`${form}:n`) ?? CONCEPTS.get(`${form}:v`) ?? (verb && (CONCEPTS.get(`${verb}:v`) ?? verb));
    if (named) return named;
  }
  return word;
}

/** The verb a word names an act of: a gerund's ("designating") or a derived noun's ("designation"), else undefined. */
function verbOfAct(word: string): string | undefined {
  return verbOfGerund(word) ?? baseForms(word).map((form) => VERB_OF_NOUN.get(form)).find(Boolean);
}

/**
 * "ex-ante designation", "integration timetable": for a short label with no preposition or number,
 * the verb its last word names an act of.
 */
function shortAct(label: string): string | undefined {
  const words = label.toLowerCase().split(/\s+/);
  if (words.length > 3 || words.some((w) => PHRASE_PREPOSITIONS.has(w) || /\d/.test(w))) return undefined;
  return verbOfAct(words[words.length - 1]!);
}

/**
 * The acts a label does: its gerunds' verbs ("designating"), and its first word's verb if that is a
 * derived noun ("designation of the platforms"), not a noun an act is done to ("leaving designation out").
 */
function actsOf(label: string): string[] {
  const words = label.toLowerCase().split(/\s+/);
  return words.flatMap((w, k) => (k === 0 ? verbOfAct(w) : verbOfGerund(w)) ?? []);
}

export function stems(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}.]+/u)
    .map((w) => w.replace(/^\.+|\.+$/g, ""))
    .filter((w) => w && !STOP.has(w))
    .map((w) => CARDINALS.get(w) ?? w)
    .map((w) => {
      if (/^\d/.test(w)) return w;
      const stem = conceptOf(w).slice(0, 5);
      const synonym = SYNONYMS[stem] ?? SYNONYMS[w.slice(0, 5)] ?? SYNONYMS[verbOfGerund(w)?.slice(0, 5) ?? ""];
      // "forced mergers" are no troops: a participle names no armed force.
      return synonym === "troop" && /ed$/.test(w) ? stem : synonym ?? stem;
    });
}

/** "two-year deal" and "running for two years", "three-month pause" and "for 3 months": a number is its digits. */
const CARDINALS: ReadonlyMap<string, string> = new Map(
  ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"].map((word, k) => [word, String(k + 2)]),
);

/** Acts of accepting a thing, among them dropping one's objection to it ("dropping the objection to new plates"). */
const ACCEPTING = /^(?:acceptance of|agreement to|accepting|agreeing to|appointment of|appointing|(?:dropping|withdrawal of|withdrawing|lifting)\s+(?:the\s+|its\s+|their\s+)?(?:objections?|opposition|veto)\s+(?:to|on|of))\s+(?:the\s+|a\s+|an\s+|any\s+)?/i;
/** How soon or how fully, not what: "an immediate and unconditional ceasefire" and "a permanent ceasefire" are one demand. */
const MANNER_ADJECTIVES = /\b(?:immediate|unconditional|permanent|full|complete|comprehensive|lasting|durable|total|swift|urgent|genuine|real|meaningful|serious|credible)\b(?:\s+and\b)?/gi;

/**
 * "fee cap" and "commission cap" in one story about one cap: a short compound with no preposition
 * and no number is named by its last word's stem, which one document uses for one thing.
 */
function compoundHead(label: string): string | undefined {
  const words = label.toLowerCase().split(/\s+/);
  if (words.length < 2 || words.length > 3 || words.some((w) => PHRASE_PREPOSITIONS.has(w) || /\d/.test(w) || /ing$/.test(w))) return undefined;
  return `compound:${stems(words[words.length - 1]!)[0] ?? ""}`;
}

/** The last word before a label's first preposition, stemmed: what the phrase is about ("swap" in "land swap for peace"). */
function phraseHead(label: string): string {
  const all = label.toLowerCase().split(/\s+/);
  // "80 percent of the recruitment quota": an amount's phrase is about what it is an amount of.
  const amount = /^(?:\p{Sc}?\d[\d.,]*%?|\p{Sc})$/u.test(all[0] ?? "") ? all.findIndex((w, k) => k > 0 && k <= 2 && w === "of") : -1;
  const words = amount > 0 && !all.slice(1, amount).some((w) => !AMOUNT_UNITS.has(w)) ? all.slice(amount + 1) : all;
  const cut = words.findIndex((w, k) => k > 0 && PHRASE_PREPOSITIONS.has(w));
  const head = stems((cut > 0 ? words.slice(0, cut) : words).join(" "));
  return head[head.length - 1] ?? "";
}

/** Words that make a number an amount ("80 percent of", "2 billion of"). */
const AMOUNT_UNITS: ReadonlySet<string> = new Set(["percent", "per", "cent", "pc", "million", "billion", "trillion", "thousand", "hundred", "lakh", "crore"]);

const ADVERBS_AFTER_VERB = new Set(["first", "last", "now", "again", "too", "only", "back", "out", "up", "off", "down", "away", "more", "less", "soon", "later"]);
const DETERMINERS = new Set(["the", "a", "an", "any", "this", "that", "these", "those", "such"]);

/**
 * What a short description says ("fee cap", "the signalling demand" → signalling, "forced mergers"):
 * at most three words with no preposition and no number, ending on the noun it is about, or on a noun
 * that only says it was put forward ("demand", "package", "idea"), which is left out. Its stems, that
 * noun last.
 */
function describedWords(label: string): string[] | undefined {
  // A maker's possessive says whose, not what: "rebels' transition demand" is about a transition.
  const words = label.toLowerCase().split(/\s+/).filter((w, k) => (k > 0 || !DETERMINERS.has(w)) && !/['’]s?$/.test(w));
  if (!words.length || words.length > 3 || words.some((w) => PHRASE_PREPOSITIONS.has(w) || /\d/.test(w))) return undefined;
  const last = words.length - 1;
  // A clause ("walkout suspended first") describes nothing: the description ends on its noun.
  if (/(?:ed|ing|ly)$/.test(words[last]!) || ADVERBS_AFTER_VERB.has(words[last]!)) return undefined;
  const vague = VAGUE_CONTENT_NOUNS.has(words[last]!.replace(/s$/, ""));
  if (vague && !last) return undefined;
  return stems(words.slice(0, vague ? last : last + 1).join(" "));
}

function describableWords(label: string): string[] {
  const words = label.toLowerCase().split(/\s+/);
  // "pressure to set up an association of Serb-majority municipalities" is about an association; "settlement for less than a full clean-up" is no clean-up.
  const end = words.findIndex((w, k) => /ing$/.test(w) || k > 0 && PHRASE_PREPOSITIONS.has(w) && w !== "to" && w !== "of");
  return stems(words.slice(0, end === 0 ? 1 : end < 0 ? words.length : end).join(" "));
}

/** Nouns that name an act done to a thing ("reinstatement", "acceptance", "withdrawal"). */
const ACT_NOUNS: ReadonlySet<string> = new Set([...VERB_OF_NOUN.keys(), ...Object.values(NOMINALIZATIONS)]);
const OBJECT_DETERMINERS = new Set([...DETERMINERS, "its", "their", "his", "her", "our", "all", "every", "each", "some", "no"]);

/**
 * What an act is done to: the noun heading the object of a label that opens with an act ("reinstatement
 * of the diesel subsidy in full", "bringing back the diesel subsidy", "dipping into the reserves",
 * "acceptance of deportation flights from Santiago"), as a stem; undefined for a label that names a thing.
 */
function themeOf(label: string): string | undefined {
  const words = label.toLowerCase().split(/\s+/);
  let at: number;
  if (/^\p{L}{3,}ing$/u.test(words[0]!) && !ACT_NOUNS.has(words[0]!)) {
    // A gerund, with its particle ("bringing back") or the preposition its verb takes ("drawing on", "dipping into").
    at = 1;
    if (PARTICLES_AFTER_VERB.has(words[at] ?? "")) at++;
    if (PHRASE_PREPOSITIONS.has(words[at] ?? "") || words[at] === "into" || words[at] === "onto") at++;
  } else if (ACT_NOUNS.has(words[0]!) && words[1] === "of") at = 2;
  else return undefined;
  while (OBJECT_DETERMINERS.has(words[at] ?? "") || /['’]s?$/.test(words[at] ?? "")) at++;
  const end = words.findIndex((w, k) => k > at && (PHRASE_PREPOSITIONS.has(w) || OBJECT_ENDS.has(w)));
  const object = words.slice(at, end < 0 ? words.length : end);
  if (!object.length || object.some((w) => /\d/.test(w))) return undefined;
  return stems(object[object.length - 1]!)[0];
}

/** Words after which an object's noun phrase has ended ("reforms before any vote", "hostages and prisoners"). */
const OBJECT_ENDS = new Set(["before", "after", "until", "during", "within", "without", "as", "into", "through", "across", "around", "near", "beyond", "instead", "while", "if", "unless", "and", "or", "than", "so"]);
const PARTICLES_AFTER_VERB = new Set(["back", "out", "up", "off", "down", "away", "in"]);

const PHRASE_PREPOSITIONS = new Set(["of", "for", "in", "on", "to", "from", "with", "at", "by", "over", "under", "between", "against", "worth"]);

export interface PositionKey {
  /** The label as keyed: without "acceptance of" and manner words, unless that leaves one word. */
  keyed: string;
  /** Its content words as concept stems, in order. */
  words: string[];
  /** The action or thing it opens with. */
  head: string;
  /** The stem of the noun its phrase is about ("swap" in "land swap for peace"). */
  phraseHead: string;
  /** For a two- or three-word noun compound ("fee cap"), its head noun's stem. */
  compound: string | undefined;
  /** For a short description ("fee cap", "the signalling demand"), its stems, the noun it is about last. */
  described: string[] | undefined;
  /** The stems a description may name: the words before a preposition other than "to" or "of" or a second act ("rival amendment", not the "designation" it leaves out), or an act alone. */
  describable: string[];
  /** The one word left once acceptance and manner words go ("agreement to a ceasefire" → "ceasefire"), as a stem. */
  core: string | undefined;
  /** For a label that opens with an act, the stem of the noun heading its object ("subsidy" in "reinstatement of the diesel subsidy in full"). */
  theme: string | undefined;
  /** The stem of the more general noun WordNet names for its first word ("vote" for "elections to go ahead"). */
  broader: string | undefined;
  /** The verbs its words name acts of ("designate" in "draft rule designating the largest platforms"). */
  acts: string[];
  /** For a short label ending on an act ("ex-ante designation"), that act's verb. */
  shortAct: string | undefined;
}

/** The stem of the direct hypernym of a label's first word, singular or as written. */
function broaderOf(label: string): string | undefined {
  const first = label.toLowerCase().split(/\s+/)[0] ?? "";
  const general = HYPERNYMS.get(first) ?? HYPERNYMS.get(first.replace(/s$/, ""));
  return general ? stems(general)[0] : undefined;
}

export function positionKey(label: string): PositionKey {
  // "acceptance of deportation flights", "agreement to a ceasefire": a stance on accepting a thing is one on the thing.
  // A key stripped to one word would meet every label on that word's concept ("ceasefire" / "halt of the drills"): it keeps its words.
  const stripped = label.replace(ACCEPTING, "").replace(MANNER_ADJECTIVES, "").replace(/\s+/g, " ").trim();
  const keyed = stripped.split(" ").length >= 2 ? stripped : label;
  const words = stems(keyed);
  const bare = stems(stripped.replace(/^(?:a|an|the)\s+/i, ""));
  return { keyed, words, head: words[0] ?? label.toLowerCase(), phraseHead: phraseHead(keyed), compound: compoundHead(keyed), described: describedWords(keyed), describable: describableWords(keyed), core: bare.length === 1 ? bare[0] : undefined, theme: themeOf(label), broader: broaderOf(keyed), acts: actsOf(keyed), shortAct: shortAct(keyed) };
}
