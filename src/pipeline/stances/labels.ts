/**
 * Position labels: the tagged content of a stance → a short nominal a reader understands out of
 * context ("withdraw its troops from Donbas" → "withdrawal of troops from Donbas"). Never cut
 * mid-phrase: a long content is cut before a preposition, conjunction or relative clause, and a
 * label never starts or ends on a function word.
 */
import { COMPLEMENT_STANCE_NOUNS, GROUP_DESCRIPTIONS, VAGUE_CONTENT_NOUNS } from "../../lexicon/cues.js";
import { DERIVED_NOUNS } from "../../lexicon/derived-nouns.js";
import { DOUBLE_OBJECT_VERBS } from "../../lexicon/double-object-verbs.js";
import { GROUP_NOUNS, isPersonNoun, ORGANIZATION_HEADS } from "../../lexicon/words.js";
import { bracketedAcronymAt, hyphenInWord, inNounPhrase, recipientNameEnd, relativeAsideEnd, restrictsItsNoun, saysWhatItDoes } from "./clause.js";
import { isModifierParticiple, isPastForm, nounTaggedAsVerb, type TaggedToken } from "./tagger.js";

/**
 * Verb → noun for the verbs that open most positions, where WordNet's derivations miss or mislead
 * (zero derivations such as "release", "cut"; "acceptance" rather than "acceptation"). Other verbs
 * take WordNet's derived noun (lexicon/derived-nouns.ts) or, without one, their gerund phrase.
 */
export const NOMINALIZATIONS: Readonly<Record<string, string>> = {
  withdraw: "withdrawal", pull: "withdrawal", retreat: "retreat", cease: "cessation", stop: "end", end: "end", halt: "halt",
  recognize: "recognition", recognise: "recognition", accept: "acceptance", abandon: "abandonment", deploy: "deployment", cede: "cession", surrender: "surrender", release: "release", return: "return", increase: "increase",
  reduce: "reduction", cut: "cut", lift: "lifting", impose: "imposition", sign: "signing", agree: "agreement",
  negotiate: "negotiation", disarm: "disarmament", demilitarize: "demilitarization", demilitarise: "demilitarisation", guarantee: "guarantee",
  provide: "provision", supply: "supply", restore: "restoration", respect: "respect", receive: "receipt",
  lose: "loss", hand: "handover", freeze: "freeze", resume: "resumption", discuss: "discussion", remove: "removal",
  evacuate: "evacuation", exchange: "exchange", extend: "extension", reopen: "reopening", open: "opening", close: "closure",
  suspend: "suspension", expel: "expulsion", publish: "publication", reinstate: "reinstatement", pay: "payment", investigate: "investigation", establish: "establishment", create: "creation", form: "formation", appoint: "appointment",
  elect: "election", implement: "implementation", enforce: "enforcement", protect: "protection", refer: "referral", transfer: "transfer", mediate: "mediation", dissolve: "dissolution", revoke: "revocation", repeal: "repeal",
  ban: "ban", limit: "limit", cap: "cap", adopt: "adoption", approve: "approval", ratify: "ratification",
  renounce: "renunciation", apologize: "apology", apologise: "apology", compensate: "compensation", fund: "funding",
  finance: "financing", invest: "investment", build: "building", reform: "reform", review: "review",
  abolish: "abolition", observe: "observance", monitor: "monitoring", verify: "verification", settle: "settlement", exercise: "exercise",
  deliver: "delivery", admit: "admission", cancel: "cancellation", relocate: "relocation", replace: "replacement",
  resign: "resignation", commit: "commitment", talk: "talks", meet: "meeting", visit: "visit",
  enter: "entry", move: "move", control: "control", lower: "lowering", reimpose: "reimposition", tighten: "tightening", ease: "easing",
  disband: "disbandment", contribute: "contribution", comply: "compliance", escalate: "escalation", cooperate: "cooperation",
  participate: "participation", consult: "consultation", intervene: "intervention", occupy: "occupation", annex: "annexation",
};

/** Verbs English makes no noun of: their position reads as a gerund phrase ("letting aid convoys back into Gaza"). */
const LIGHT_VERBS = new Set(["let", "make", "take", "give", "keep", "help", "show", "bring", "get", "have", "put", "set", "go", "come", "start", "continue", "do", "be", "become", "try", "seek", "avoid", "allow", "ensure"]);

/** The noun English makes of a verb, or undefined when its gerund phrase reads better. */
export function nounOf(lemma: string): string | undefined {
  if (LIGHT_VERBS.has(lemma)) return undefined;
  return NOMINALIZATIONS[lemma] ?? DERIVED_NOUNS.get(lemma);
}

const LEADING = new Set(["the", "a", "an", "any", "its", "their", "his", "her", "our", "my", "all", "such", "some", "this", "that", "these", "those", "of", "to", "for", "on", "also", "first", "immediately", "quickly", "fully", "then"]);
const EDGE = new Set(["a", "an", "and", "or", "but", "of", "to", "the", "for", "with", "by", "in", "on", "at", "from", "that", "which", "who", "as", "be", "is", "are", "was", "were", "its", "their", "his", "her", "this", "these", "those", "since", "if", "into", "over", "under", "than", "about", "out", "up", "back", "down", "off", "it", "them", "there"]);
/** "asking for what it costs to live": a free relative or an indirect question names no position. */
const WH_OPENERS = new Set(["what", "whatever", "how", "why", "where", "when", "whether"]);
const POSSESSIVE_DETERMINERS = new Set(["its", "their", "his", "her", "our", "my", "your"]);
const PARTICLES = new Set(["back", "out", "up", "down", "over", "off", "away", "in"]);
const MAX_WORDS = 12;

/** Verbs stressed on a final short syllable double its consonant ("recommitting", "referring", "controlling"). */
const STRESSED_FINAL = /(?:(?:com|ad|sub|trans|per|re|e|o)mit|(?:com|ex|pro|re|dis|im)pel|(?:oc|re|con|in)cur|(?:con|pa)trol|regret|(?:con|de|in|pre|re|trans)fer|(?:for|be)get|(?:up|re)set|annul|(?:ex|re)tol|(?:in|en)stil|fulfil)$/;

/** The gerund of a lemma: "restructure" → "restructuring", "stop" → "stopping". */
export function gerund(lemma: string): string {
  if (/ie$/.test(lemma)) return `${lemma.slice(0, -2)}ying`;
  if (/ue$/.test(lemma)) return `${lemma.slice(0, -1)}ing`;
  if (/[^aeiou]e$/.test(lemma) && lemma !== "be") return `${lemma.slice(0, -1)}ing`;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma) || STRESSED_FINAL.test(lemma)) return `${lemma}${lemma.slice(-1)}ing`;
  return `${lemma}ing`;
}

function text(tokens: readonly TaggedToken[]): string {
  let out = "";
  tokens.forEach((t, k) => {
    out += (k && tokens[k - 1]!.end < t.start ? " " : "") + t.text;
  });
  return out;
}

const words = (tokens: readonly TaggedToken[]) => text(tokens).split(/\s+/).filter(Boolean).length;

/** The first verb of a clause and the subject before it, when the tokens read as "subject verb …". */
function clauseVerb(tokens: readonly TaggedToken[]): number {
  for (let k = 0; k < tokens.length && k < 10; k++) {
    const t = tokens[k]!;
    if (t.pos === "VERB" || t.pos === "AUX") return k;
    // "right to enrich uranium": a noun's infinitive is no clause.
    if (t.pos === "ADP" && k === 0 || t.pos === "PUNCT" && t.text !== "-" && !/^['’]s?$/.test(t.text) || t.lower === "to" && k > 0) return -1;
  }
  return -1;
}

/** "rejecting calls from investors": an -s form opening an object before a preposition is a plural noun. */
function pluralObjectTaggedAsVerb(t: readonly TaggedToken[], k: number): boolean {
  const token = t[k]!;
  return k === 0 && token.pos === "VERB" && /s$/.test(token.lower) && token.lemma !== token.lower && t[1]?.pos === "ADP";
}

/** Conjunctions that open a clause the label leaves out when a finite clause follows them. */
const CLAUSE_CUTS = new Set(["before", "after", "until", "unless", "while", "once", "because", "if", "when", "since"]);
const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const TIME_UNITS = /^(?:day|week|weekend|month|year|morning|evening|night|spring|summer|autumn|fall|winter)$/;

/** "subject verb": a determiner, pronoun or noun phrase followed within a few words by a finite verb or modal. */
function opensFiniteClause(t: readonly TaggedToken[], from: number): boolean {
  for (let k = from; k < t.length && k - from <= 5; k++) {
    const token = t[k]!;
    if (token.pos === "AUX" || token.pos === "VERB" && !/ing$/.test(token.lower) && k > from) return true;
    if (token.pos !== "DET" && token.pos !== "PRON" && token.pos !== "NOUN" && token.pos !== "PROPN" && token.pos !== "ADJ" && token.pos !== "NUM") return false;
  }
  return false;
}

/** Where a stance is voiced: "at a briefing", "in a short statement", "at a meeting of club chairmen in Riva". */
const OCCASIONS = new Set(["briefing", "meeting", "statement", "conference", "interview", "letter", "session", "summit", "speech", "rally", "hearing", "address", "broadcast", "post", "tweet", "op-ed", "communique", "communiqué"]);

/** The end of an occasion adjunct opening at k ("at"/"in"/"during" + its noun phrase and what qualifies it), or -1. */
function occasionEnd(tokens: readonly TaggedToken[], k: number): number {
  if (!/^(?:at|in|during)$/.test(tokens[k]!.lower)) return -1;
  let j = k + 1;
  while (tokens[j] && (tokens[j]!.pos === "DET" || tokens[j]!.pos === "ADJ" || tokens[j]!.pos === "NOUN" && !OCCASIONS.has(tokens[j]!.lemma)) && j - k <= 4) j++;
  if (!tokens[j] || !OCCASIONS.has(tokens[j]!.lemma) || tokens[j]!.pos !== "NOUN") return -1;
  // "of club chairmen", "in Riva", "to the governor": what qualifies the occasion goes with it.
  while (tokens[j + 1] && /^(?:of|in|with|on|to)$/.test(tokens[j + 1]!.lower) && tokens[j + 2] && tokens[j + 2]!.pos !== "VERB") {
    j += 2;
    while (tokens[j + 1] && (tokens[j + 1]!.pos === "NOUN" || tokens[j + 1]!.pos === "PROPN" || tokens[j + 1]!.pos === "ADJ" || tokens[j + 1]!.pos === "DET")) j++;
  }
  return j;
}

/** A time or manner the sentence gives its stance is no part of the position: "on Monday", "last month", "the same day", "within hours", "out of hand", "at a briefing". */
function withoutTimes(tokens: TaggedToken[]): TaggedToken[] {
  const out: TaggedToken[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const end = timeEnd(tokens, k);
    if (end < 0) { out.push(tokens[k]!); continue; }
    // "the suspension of chicken imports imposed last week": a participle that only dated its noun goes with the date.
    const last = out[out.length - 1];
    if (last?.pos === "VERB" && isPastForm(last) && (out[out.length - 2]?.pos === "NOUN" || out[out.length - 2]?.pos === "PROPN")) out.pop();
    k = end;
  }
  return out;
}

/** Where a time or manner adjunct opening at k ends (its last token), or -1. */
function timeEnd(tokens: readonly TaggedToken[], k: number): number {
  const [a, b, c] = [tokens[k]!.lower, tokens[k + 1]?.lower ?? "", tokens[k + 2]?.lower ?? ""];
  const occasion = k > 0 ? occasionEnd(tokens, k) : -1;
  if (occasion > 0) return occasion;
  // "dismissed the call out of hand", "rejected the cut in the strongest terms": how it was said, not what.
  if (k > 0 && a === "out" && b === "of" && c === "hand") return k + 2;
  if (k > 0 && a === "in" && b === "the" && c === "strongest" && tokens[k + 3]?.lower === "terms") return k + 3;
  if (a === "on" && WEEKDAYS.test(b)) return k + 1;
  if (k > 0 && /^(?:last|this|next)$/.test(a) && TIME_UNITS.test(b)) return k + 1;
  if (k > 0 && a === "within" && /^(?:hours|days|minutes)$/.test(b)) return k + 1;
  if (k > 0 && /^(?:yesterday|today|tonight)$/.test(a)) return k;
  if (k > 0 && a === "tomorrow") return TIME_UNITS.test(b) ? k + 1 : k;
  if (k > 0 && a === "in" && b === "the" && TIME_UNITS.test(c)) return k + 2;
  if (k > 0 && a === "the" && b === "same" && TIME_UNITS.test(c)) return k + 2;
  return -1;
}

/** Texts and offers that are put to someone. */
const PUT_FORWARD_NOUNS = new Set(["decree", "bill", "draft", "plan", "proposal", "offer", "text", "package", "deal"]);
/** Bodies a thing is put to ("the unions", "both companies", "the clubs"). */
const RECIPIENT_NOUNS = new Set(["union", "company", "club", "side", "party", "government", "member", "minister", "ministry", "council", "federation", "association", "employer", "worker", "chairman", "delegation", "operator"]);

/** "the unions", "both companies": a phrase that is all a body or bodies. */
function isRecipient(phrase: readonly TaggedToken[]): boolean {
  if (!phrase.length || phrase.length > 4) return false;
  const head = phrase[phrase.length - 1]!;
  return phrase.slice(0, -1).every((t) => t.pos === "DET" || t.pos === "ADJ" || /^(?:both|all)$/.test(t.lower)) && RECIPIENT_NOUNS.has(head.lemma);
}

/** Cuts a label to MAX_WORDS at the last phrase boundary, then trims function words at either end. */
function trim(tokens: TaggedToken[]): TaggedToken[] {
  let out = withoutTimes(tokens);
  // A subordinate clause is a condition or a time, not the position: "… so that they can", "… provided they were handed",
  // "… before there is a settlement", "guarantees that a future administration would not…".
  for (let k = 2; k < out.length; k++) {
    const word = out[k]!.lower;
    const clauseAfter = opensFiniteClause(out, k + 1);
    if (word === "so" && out[k + 1]?.lower === "that" || word === "provided" || word === "providing" || (CLAUSE_CUTS.has(word) || word === "that" && out[k - 1]!.pos === "NOUN") && clauseAfter) {
      out = out.slice(0, k);
      break;
    }
  }
  // A relative clause or a new finite clause ends the phrase: "five hilltop positions it has held".
  for (let k = 2; k < out.length; k++) {
    const t = out[k]!;
    if ((t.pos === "PRON" && /^(?:it|they|he|she|we|which|who|that)$/.test(t.lower) && out[k - 1]!.pos === "NOUN" && !restrictsItsNoun(out, k)) || (t.lower === "while" || t.lower === "as" && out[k + 1]?.lower !== "part" && out[k + 1]?.pos !== "DET")) {
      out = out.slice(0, k);
      break;
    }
  }
  // "a draft decree to the unions": who a text is put to ends the phrase, and is no part of it ("access to the Red Sea" is a destination).
  const recipient = out.findIndex((t, k) => k >= 1 && t.lower === "to" && PUT_FORWARD_NOUNS.has(out[k - 1]!.lemma) && isRecipient(out.slice(k + 1)));
  if (recipient > 0) out = out.slice(0, recipient);
  while (words(out) > MAX_WORDS) {
    let cut = -1;
    for (let k = out.length - 1; k > 0; k--) {
      const t = out[k]!;
      if ((t.pos === "ADP" || t.pos === "CCONJ" || t.pos === "SCONJ" || t.pos === "VERB" && k > 1) && words(out.slice(0, k)) <= MAX_WORDS) { cut = k; break; }
    }
    // "…chicken imports imposed | by China": a participle left before the cut goes with its phrase.
    if (cut > 1 && out[cut - 1]!.pos === "VERB" && isPastForm(out[cut - 1]!)) cut--;
    out = cut > 0 ? out.slice(0, cut) : out.slice(0, Math.max(1, out.length - 1));
  }
  // "a clean-up": a word joined to the one before by a hyphen ends the phrase as part of that word.
  while (out.length && !hyphenInWord(out, out.length - 2) && (EDGE.has(out[out.length - 1]!.lower) || out[out.length - 1]!.pos === "AUX" || out[out.length - 1]!.pos === "PUNCT" || out[out.length - 1]!.pos === "ADV" && /(?:ly|outright)$/.test(out[out.length - 1]!.lower) || out[out.length - 1]!.pos === "PART" && !/['’]/.test(out[out.length - 1]!.text))) out = out.slice(0, -1);
  return out;
}

/** Words that open a clause about the phrase before them. */
const CLAUSE_OPENERS = /^(?:which|whom|whose|whenever|wherever|where|whereby|what)$/;

/**
 * A relative or adverbial clause about the phrase is no part of it: "revenue-sharing model under
 * which clubs would receive…", "residual payments whenever a dubbed series is licensed…", "formal
 * apology from Doha for what he called…". A lone noun before it keeps its clause ("bill under which…").
 */
function withoutRelativeClause(tokens: TaggedToken[]): TaggedToken[] {
  for (let k = 1; k < tokens.length; k++) {
    if (!CLAUSE_OPENERS.test(tokens[k]!.lower)) continue;
    // "discuss what the armed forces should look like": the question's subject is what it is about.
    const topic = tokens[k]!.lower === "what" && (tokens[k - 1]!.pos === "ADP" || tokens[k - 1]!.pos === "VERB") ? questionSubject(tokens, k + 1) : undefined;
    if (topic) return [...tokens.slice(0, k), ...topic];
    if (k < 2) continue;
    const from = tokens[k - 1]!.pos === "ADP" ? k - 1 : k;
    return from >= 2 ? tokens.slice(0, from) : tokens;
  }
  return tokens;
}

/** The noun phrase that opens a question clause before its modal ("the armed forces" of "the armed forces should look like"). */
function questionSubject(tokens: readonly TaggedToken[], from: number): TaggedToken[] | undefined {
  let k = from;
  while (tokens[k] && ["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(tokens[k]!.pos) || tokens[k]?.pos === "PRON" && /^(?:its|their|his|her|our)$/.test(tokens[k]!.lower)) k++;
  return k > from && tokens[k]?.pos === "AUX" && tokens.slice(from, k).some((t) => t.pos === "NOUN" || t.pos === "PROPN") ? tokens.slice(from, k) : undefined;
}

/** Participles that say only that an event takes place: "a referendum to be held", "talks to be convened". */
const HAPPENING = new Set(["held", "conducted", "organised", "organized", "staged", "convened"]);

/** "the tender period, which currently closes on June 23, to be extended" → "the tender period to be extended". */
function withoutRelativeAside(tokens: readonly TaggedToken[]): readonly TaggedToken[] {
  const comma = tokens.findIndex((t, k) => t.text === "," && relativeAsideEnd(tokens, k) > 0);
  return comma < 0 ? tokens : [...tokens.slice(0, comma), ...tokens.slice(relativeAsideEnd(tokens, comma) + 1)];
}

/** "guarantee that there will be no forced layoffs" → "guarantee of no forced layoffs". */
function existentialOf(tokens: TaggedToken[]): TaggedToken[] {
  const that = tokens.findIndex((t, k) => k > 0 && t.lower === "that" && tokens[k + 1]?.lower === "there" && tokens[k - 1]!.pos === "NOUN");
  if (that < 0) return tokens;
  let k = that + 2;
  while (tokens[k] && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV") && tokens[k]!.lemma !== "be") k++;
  if (tokens[k]?.lemma !== "be" || !tokens[k + 1]) return tokens;
  const of = { ...tokens[that]!, text: "of", lower: "of", lemma: "of", pos: "ADP" as const, end: tokens[that]!.start + 2 };
  return [...tokens.slice(0, that), of, ...tokens.slice(k + 1)];
}

/** "a ceasefire to allow a referendum to be held on any concessions" → "… a referendum on any concessions". */
function withoutHappening(tokens: TaggedToken[]): TaggedToken[] {
  const k = tokens.findIndex((t, i) => i > 1 && t.lower === "to" && tokens[i + 1]?.lower === "be" && HAPPENING.has(tokens[i + 2]?.lower ?? "") && tokens[i - 1]!.pos === "NOUN");
  return k > 0 ? [...tokens.slice(0, k), ...tokens.slice(k + 3)] : tokens;
}

/**
 * The label of a stance's content. Returns "" when nothing nominal is left (a pronoun, a lone
 * function word), and the stance is then dropped.
 */
export function contentLabel(content: readonly TaggedToken[]): string {
  let tokens = withoutRelativeAside(content)
    .filter((t) => !/^["“”‘’]$/.test(t.text))
    // "the civil servant (ASN) recruitment quota": the acronym in brackets names what the text spells out.
    .filter((_, k, all) => ![k, k - 1, k - 2].some((open) => bracketedAcronymAt(all, open)))
    // "half of the money": a quantity the tagger read as an adverb is the phrase's head.
    .map((t, k, all) => (nounTaggedAsVerb(all, k) || pluralObjectTaggedAsVerb(all, k) || t.pos === "ADV" && all[k + 1]?.lower === "of" ? { ...t, pos: "NOUN" as const } : isModifierParticiple(all, k, true) ? { ...t, pos: "ADJ" as const } : t));
  // A stance noun with its own complement: "Israel's demand that it lay down its weapons" → its complement,
  // also past whose it is ("calls from investors to seek relief"); "the idea of naming three candidates" → its gerund's phrase.
  // "the plan to a Hamas delegation": "to" before a noun phrase gives the recipient, not the plan's content.
  const infinitive = (n: number) => tokens[n]?.lower !== "to" || tokens[n + 1]?.pos === "VERB" || tokens[n + 1]?.pos === "ADV" || tokens[n + 1]?.pos === "AUX";
  const opensComplement = (n: number) => /^(?:that|to|for)$/.test(tokens[n]?.lower ?? "") && infinitive(n) || tokens[n]?.lower === "of" && /ing$/.test(tokens[n + 1]?.lower ?? "");
  const complementAt = (k: number): number => {
    if (opensComplement(k + 1)) return k + 1;
    if (!/^(?:from|by)$/.test(tokens[k + 1]?.lower ?? "")) return -1;
    // "a demand by holdout rebel groups for a new transitional period": "for" right after the maker's noun phrase.
    const maker = (n: number) => tokens.slice(k + 2, n).every((t) => t.pos === "DET" || t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "NUM");
    for (let n = k + 2; n < tokens.length && n - k <= 16; n++) if (tokens[n]!.lower === "to" || tokens[n]!.lower === "that" || tokens[n]!.lower === "for" && (tokens[n - 1]!.text === "," || tokens[k + 1]!.lower === "by" && maker(n))) return n;
    return -1;
  };
  // "Demands for an auction were rejected": a sentence's first word may be tagged a name for its capital.
  const stanceWord = (t: TaggedToken, k: number) => COMPLEMENT_STANCE_NOUNS.has(t.lemma) || k === 0 && t.pos === "PROPN" && COMPLEMENT_STANCE_NOUNS.has(t.lower.replace(/s$/, ""));
  const stanceNoun = tokens.findIndex((t, k) => k <= 4 && (t.pos === "NOUN" || t.pos === "PROPN" && k === 0) && stanceWord(t, k) && complementAt(k) >= 0);
  const opener = stanceNoun >= 0 ? complementAt(stanceNoun) : -1;
  if (opener >= 0 && tokens.length > opener + 2) tokens = tokens.slice(opener + 1);
  // An adverb goes ("immediately withdraw") unless it modifies a modifier ("legally binding agreement").
  const modifiesModifier = () => (tokens[1]?.pos === "ADJ" || tokens[1]?.pos === "VERB" && /(?:ing|ed)$/.test(tokens[1].lower)) && tokens[2]?.pos === "NOUN";
  // "first" says when ("first withdraw") unless it is an ordinal before its noun ("the first phase of the truce").
  const ordinal = () => tokens[0]!.lower === "first" && (tokens[1]?.pos === "NOUN" || tokens[1]?.pos === "ADJ");
  while (tokens.length && (LEADING.has(tokens[0]!.lower) && !(tokens[0]!.lower === "that" && tokens[1]?.pos === "NOUN" && tokens.length === 2) && !ordinal() || tokens[0]!.pos === "ADV" && !modifiesModifier() || tokens[0]!.pos === "PUNCT")) tokens = tokens.slice(1);
  if (!tokens.length || WH_OPENERS.has(tokens[0]!.lower)) return "";
  // "(insists) must go to a Shi'ite Muslim": a modal left at the front by a relative clause's missing subject.
  if (tokens[0]!.pos === "AUX" && /^(?:must|should|shall|would|will|can|could)$/.test(tokens[0]!.lower) && tokens[1]?.pos === "VERB") tokens = tokens.slice(1);
  tokens = boundedQuantity(tokens) ?? tokens;
  const passive = passiveInfinitive(tokens, content) ?? copularInfinitive(tokens);
  if (passive) tokens = passive;
  else tokens = actorInfinitive(tokens) ?? tokens;
  tokens = vagueNounClause(tokens) ?? tokens;
  tokens = withoutHappening(withoutRelativeClause(existentialOf(tokens)));
  // "a joint evaluation team of Otsus consisting of Kemendagri, MRP, …": who makes it up is detail, and its list is cut at a comma.
  const members = tokens.findIndex((t, k) => k >= 3 && COMPOSED_OF.has(t.lemma) && t.pos === "VERB" && (tokens[k - 1]!.pos === "NOUN" || tokens[k - 1]!.pos === "PROPN"));
  if (members > 0) tokens = tokens.slice(0, members);
  const outOf = outOfPlace(tokens) ?? wantedBack(tokens, content);
  if (outOf) tokens = outOf;
  const verb = clauseVerb(tokens);
  if (verb > 0) {
    // "the rebels pull out of Goma": a named or pronoun subject goes (the graph has it); a common-noun subject stays.
    const subject = tokens.slice(0, verb).filter((t) => t.pos !== "ADV");
    const rest = tokens.slice(verb);
    // "must first dredge": "first" before the verb is an adverb, and after a modal a base form the tagger read as a noun is the verb.
    const adverbial = (t: TaggedToken, k: number) => t.pos === "ADV" || /^(?:first|also|still|now|then|again)$/.test(t.lower) && (rest[k + 1]?.pos === "VERB" || rest[k + 1]?.pos === "NOUN" && rest[k - 1]?.pos === "AUX");
    const auxiliaries = rest.findIndex((t, k) => t.pos !== "AUX" && t.pos !== "PART" && !adverbial(t, k));
    const main = auxiliaries < 0 ? rest : rest.slice(auxiliaries);
    // "the deal signed before the end of the year": a bare participle after its object reads as a passive.
    // "the league run by a company": a participle like its base form, known by its agent.
    const bareParticiple = auxiliaries === 0 && (isPastForm(rest[0]!) || rest[0]!.pos === "VERB" && rest[1]?.lower === "by");
    const passive = bareParticiple || rest.slice(0, Math.max(0, auxiliaries)).some((t) => t.lemma === "be");
    // "the Kazakh side pays the debt": a party described by its body noun goes too, as an actor the graph names.
    // "The bank must cut": the label's opening took its article, but "the" still made it the party the story names.
    // "the militia (must) disarm" alone is the militia's disarmament: the party stays as what the act is of.
    const definite = subject.length === 1 && content[content.indexOf(subject[0]!) - 1]?.lower === "the" && !main.slice(1).every((t) => t.pos === "ADV" || t.pos === "PUNCT");
    const describedParty = (subject.length > 1 || definite) && GROUP_DESCRIPTIONS.has(subject[subject.length - 1]!.lemma) && subject.slice(0, -1).every((t) => t.pos === "DET" && !/^(?:no|neither|any|every|each)$/.test(t.lower) || t.pos === "PROPN" || t.pos === "ADJ" && /^\p{Lu}/u.test(t.text));
    // "recommended that the agency's tribunal approve the deal": a singular subject with a bare base form is a mandative
    // subjunctive, its subject the addressee asked to act, as in "urged the tribunal to approve the deal".
    const head = subject[subject.length - 1];
    const subjunctive = auxiliaries === 0 && rest[0]!.pos === "VERB" && rest[0]!.lower === rest[0]!.lemma && !!head && head.pos === "NOUN" && head.lower === head.lemma && !/s$/.test(head.lower) && ["DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON"].includes(rest[1]?.pos ?? "");
    const namedSubject = describedParty || subjunctive || subject.every((t) => t.pos === "PROPN" || t.pos === "PRON" || t.pos === "DET" || t.pos === "PART" || t.text === "-");
    if (!main.length) return "";
    // "the price of fishing for it must reflect that": what is to be done is only a pronoun.
    if (main.length === 2 && /^(?:it|that|this|them)$/.test(main[1]!.lower)) return "";
    const [first, ...after] = main;
    // The subject with its article, for labels that make it the object of its act.
    const object = withItsArticle(subject, content);
    // "a treaty adopted by vote", "a plan drawn up by Niger" are a treaty and a plan, with their agents.
    // "paid directly by the government": an adverb may stand before the agent.
    const agent = after.findIndex((t) => t.pos !== "ADV");
    const by = after[agent]?.lower === "by" ? agent : PARTICLES.has(after[agent]?.lower ?? "") && after[agent + 1]?.lower === "by" ? agent + 1 : -1;
    // "raised by 10%", "extended by 30 business days", "cut by at least 500 basis points": "by" before an amount says how much, not who.
    const withAgent = by >= 0 && !isAmountAt(after, by + 1);
    // "Algerian troops left the border zone": a past form with an object is an active past, not a participle.
    // "the walkout was suspended first": "first" says when, it is no object.
    const timing = TIMING_ADVERBS.has(after[0]?.lower ?? "");
    const withObject = ["DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON"].includes(after[0]?.pos ?? "") && !timing;
    if (passive && GIVING_PARTICIPLES.has(first!.lower) && withObject) {
      // "the chiefs (must be) given the right to veto new mines": the right is the position.
      tokens = after.slice(after.findIndex((t) => !ARTICLES.has(t.lower)));
    } else if (passive && first!.pos === "VERB" && !namedSubject && !withAgent && !withObject) {
      // "investment funds barred from buying homes", "the subsidy reinstated in full": what is done to the subject
      // reads as the act ("barring investment funds from…", "reinstatement of the subsidy in full"), with its article.
      // "rebel fighters (be) screened and integrated into the army": both acts, as gerunds, before their one object.
      const second = after[0]?.pos === "CCONJ" && after[1]?.pos === "VERB" && isPastForm(after[1]) ? after[1] : undefined;
      if (second) {
        const acts = [{ ...first!, text: gerund(first!.lemma), lower: gerund(first!.lemma) }, after[0]!, { ...second, text: gerund(second.lemma), lower: gerund(second.lemma) }];
        return finish(trim([...placedBefore(acts, object[0]?.start ?? first!.start), ...object, ...after.slice(2)]));
      }
      tokens = [...placedBefore([{ ...first!, text: first!.lemma, lower: first!.lemma }], object[0]?.start ?? first!.start), ...object, ...after.slice(timing ? 1 : 0)];
    } else if (passive || !namedSubject) {
      // "the work", "every rental contract"; not "a bill under which licences".
      const plainSubject = subject.every((t, k) => ["DET", "ADJ", "NOUN", "NUM", "PROPN"].includes(t.pos) || t.text === "-" || k > 0 && /^['’]s?$/.test(t.text));
      // "every rental contract (must) be open-ended": the state asked for is one to bring about.
      if (!passive && plainSubject && first!.lemma === "be" && after[0]?.pos === "ADJ") return finish(trim([...placedBefore([{ ...first!, text: "making", lower: "making", lemma: "make", pos: "VERB" }], object[0]!.start), ...object, ...after]));
      // "the work must continue": an act with no object is its noun, of what it is said of ("continuation of the work").
      // "the rebels (must) pull out of Goma": with a place or time after it too, for the acts whose noun is sure.
      const alone = after.every((t) => t.pos === "ADV" || t.pos === "PUNCT");
      // "cut by at least 500 basis points" says how much, not where: "by" opens no place.
      const placed = after[0]?.pos === "ADP" && !/^(?:to|of|by)$/.test(after[0].lower) || after[0]?.lower === "out" && after[1]?.lower === "of";
      const act = passive || !plainSubject ? undefined : alone ? NOMINALIZATIONS[first!.lemma] ?? DERIVED_NOUNS.get(first!.lemma) : placed ? NOMINALIZATIONS[first!.lemma] : undefined;
      if (act) {
        const the = ARTICLES.has(object[0]!.lower) ? [] : [{ ...object[0]!, text: "the", lower: "the", lemma: "the", pos: "DET" as const }];
        const of = placedBefore([{ ...first!, text: act, lower: act, pos: "NOUN" }, { ...first!, text: "of", lower: "of", lemma: "of", pos: "ADP" }, ...the], object[0]!.start);
        // "withdrawal of the rebels out of Goma" is from Goma.
        const rest = after[0]?.lower === "out" ? [{ ...after[1]!, text: "from", lower: "from", lemma: "from" }, ...after.slice(2)] : after;
        return finish(trim([...of, ...object, ...rest]));
      }
      // "any support must come from existing programmes", "any new offer would have to arrive before March": where and when it comes is the position.
      if (!passive && plainSubject && ARRIVING.has(first!.lemma) && after[0]?.pos === "ADP") return finish(trim([...subject, ...after]));
      // "the audit (be) made by an independent company": a participle that says only that it is done goes, its agent stays.
      if (passive && withAgent && plainSubject && (HAPPENING.has(first!.lower) || first!.lemma === "make" || first!.lemma === "do")) return finish(trim([...subject, ...after]));
      // "nurses' salaries (be) paid directly by the national government": the act's noun, of the subject, by its agent.
      const agentAct = passive && withAgent && plainSubject ? NOMINALIZATIONS[first!.lemma] : undefined;
      if (agentAct) return finish(trim([...placedBefore([{ ...first!, text: agentAct, lower: agentAct, pos: "NOUN" }, { ...first!, text: "of", lower: "of", lemma: "of", pos: "ADP" }], object[0]!.start), ...object, ...after]));
      const verbWord = passive ? first! : { ...first!, text: gerund(first!.lemma), lower: gerund(first!.lemma) };
      return finish(trim([...subject, verbWord, ...after]));
    } else tokens = main[0]!.pos === "NOUN" && auxiliaries > 0 ? [{ ...main[0]!, pos: "VERB" }, ...main.slice(1)] : main;
  }
  // "do it now", "make it happen": a light verb and a pronoun restate what was said before; they name nothing.
  if ((tokens[0]!.pos === "VERB" || tokens[0]!.pos === "AUX") && /^(?:do|make|get|have)$/.test(tokens[0]!.lemma) && /^(?:it|that|this|so|them)$/.test(tokens[1]?.lower ?? "") && tokens.slice(2).every((t) => t.pos === "ADV" || t.pos === "PUNCT" || t.pos === "VERB")) return "";
  // "(would not) start now": a verb of starting or going on with nothing to start names what was said before, and nothing.
  if (tokens[0]!.pos === "VERB" && ASPECTUAL_VERBS.has(tokens[0]!.lemma) && tokens.length > 1 && tokens.slice(1).every((t) => t.pos === "ADV" || t.pos === "PUNCT")) return "";
  // "give to Lisbon one more year": English gives the recipient as the first object.
  if (tokens[0]!.pos === "VERB" && tokens[1]?.lower === "to" && DOUBLE_OBJECT_VERBS.has(tokens[0]!.lemma) && recipientNameEnd(tokens, 2)) tokens = [tokens[0]!, ...tokens.slice(2)];
  // "(must be) given the right to say yes or no", "granted access": what is to be given is the position.
  if (tokens[0]!.pos === "VERB" && GIVING_PARTICIPLES.has(tokens[0]!.lower) && tokens.length > 2) tokens = tokens.slice(1);
  // "(any agreement must) end with a permanent ceasefire", "lead to elections": the outcome is the position.
  const outcome = OUTCOME_VERBS.get(tokens[0]!.lemma);
  if (tokens[0]!.pos === "VERB" && outcome && tokens[1]?.lower === outcome && tokens.length > 2) tokens = tokens.slice(2);
  const first = tokens[0]!;
  // A gerund the tagger read as a noun ("restructuring the debt") still takes its object with "of".
  const gerundNoun = first.pos === "NOUN" && /ing$/.test(first.lower) && (tokens[1]?.pos === "DET" || POSSESSIVE_DETERMINERS.has(tokens[1]?.lower ?? ""));
  if (first.pos === "VERB" || first.pos === "AUX" || gerundNoun) {
    let rest = tokens.slice(1);
    // "lift the suspension of chicken imports imposed (last week)": a participle left by the time its content lost dates its noun only.
    const dangling = rest[rest.length - 1];
    if (rest.length > 2 && dangling && isPastForm(dangling) && (rest[rest.length - 2]!.pos === "NOUN" || rest[rest.length - 2]!.pos === "PROPN")) rest = rest.slice(0, -1);
    // The tagger's lemma can be wrong for a base form ("lay" → "lie"); a base form is its own lemma.
    const lemma = gerundNoun ? first.lower.replace(/ing$/, "") : /(?:s|ed|ing)$/.test(first.lower) ? first.lemma : first.lower;
    // "pay every affected user EUR 200": with two objects the act's noun has no "of" to give, the gerund keeps both.
    const tableNoun = gerundNoun || DOUBLE_OBJECT_VERBS.has(lemma) && secondObjectAt(rest) > 0 ? undefined : nounOf(lemma);
    const particle = rest[0] && PARTICLES.has(rest[0].lower) && rest.length > 1 ? rest[0] : undefined;
    // "pull out of" → "withdrawal from"; a noun that is only the gerund keeps the particle ("signing up to a treaty").
    if (particle && tableNoun && !/ing$/.test(tableNoun)) rest = rest.slice(1);
    const verbal = gerundNoun ? first.lower : gerund(lemma);
    if (!tableNoun) {
      // "keeping the buildings open", "taking full control of the Donbass": the gerund keeps its object as written.
      while (rest[0] && rest[0].pos === "ADV" && /ly$/.test(rest[0].lower)) rest = rest.slice(1);
      if (!rest.length || rest.every((t) => t.pos === "PUNCT")) return "";
      // "let the buses in" → "letting in the buses": a particle ending the object's phrase goes before it.
      const particleAfter = rest[rest.length - 1]!;
      if (rest.length > 2 && PARTICLES.has(particleAfter.lower) && ARTICLES.has(rest[0]!.lower) && rest.slice(1, -1).every((t) => t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "PROPN")) rest = [...placedBefore([particleAfter], rest[0]!.start), ...rest.slice(0, -1)];
      const phrase = trim([{ ...first, text: verbal, lower: verbal, end: rest[0]!.start - 1 }, ...rest]);
      return phrase.length > 1 ? finish(phrase) : "";
    }
    // A preposition stays ("return to the negotiating table"); adverbs go; articles, quantifiers and possessives stay
    // ("signing of the treaty", "monitoring of any ceasefire", "increase of the annual contribution": finish() makes "its" "the").
    while (rest[0] && rest[0].pos !== "ADP" && (LEADING.has(rest[0].lower) && !ARTICLES.has(rest[0].lower) && !KEPT_DETERMINERS.has(rest[0].lower) || rest[0].pos === "ADV")) rest = rest.slice(1);
    // A bare verb's own noun ("mediation") names a position.
    if (!rest.length) return tableNoun;
    const linked = rest[0]!.pos === "ADP" ? rest : [{ ...rest[0]!, text: "of", lower: "of", lemma: "of", pos: "ADP" as const, end: rest[0]!.start - 1, start: rest[0]!.start - 3 }, ...rest];
    const nominal = trim([{ ...first, text: tableNoun, lower: tableNoun, end: linked[0]!.start - 1 }, ...linked]);
    return finish(nominal.length > 1 ? nominal : [nominal[0]!]);
  }
  if (first.pos === "PRON" && tokens.length === 1) return "";
  return finish(trim(tokens));
}

/** An amount opens at k: a number, or a bound before one ("at least 500 basis points", "up to 20%"). */
function isAmountAt(tokens: readonly TaggedToken[], k: number): boolean {
  let at = k;
  while (/^(?:at|least|most|up|to|about|around|roughly|nearly|almost|some|more|less|than|over|another|a|further|just)$/.test(tokens[at]?.lower ?? "") && at - k < 3) at++;
  return tokens[at]?.pos === "NUM" || /^\p{Sc}?\d/u.test(tokens[at]?.text ?? "") || /^(?:half|third|quarter|fifth|tenth|percent)$/.test(tokens[at]?.lower ?? "");
}

/**
 * "the state to send a mediator", "the Commission to adopt allocation rules": who is to act is
 * an addressee, and the act is the position ("sending a mediator"). A thing that is to happen
 * stays ("elections to go ahead").
 */
function actorInfinitive(tokens: TaggedToken[]): TaggedToken[] | undefined {
  const to = tokens.findIndex((t, k) => k > 0 && t.lower === "to" && tokens[k + 1]?.pos === "VERB" && tokens[k + 1]!.lemma !== "be");
  if (to < 1 || to > 7 || tokens.slice(0, to).some((t) => t.pos === "VERB" || t.pos === "AUX" || t.pos === "ADP")) return undefined;
  const head = tokens[to - 1]!;
  const forms = [head.lower, head.lemma, head.lower.replace(/ies$/, "y"), head.lower.replace(/s$/, "")];
  const actor = head.pos === "PROPN" || head.pos === "NOUN" && forms.some((w) => isPersonNoun(w) || GROUP_NOUNS.has(w) || ORGANIZATION_HEADS.has(w) || w === "state" || w === "side");
  return actor && tokens.length > to + 2 ? tokens.slice(to + 1) : undefined;
}

/** Verbs that say what something comes to, with the preposition that names the outcome. */
const OUTCOME_VERBS = new Map([["end", "with"], ["lead", "to"], ["result", "in"], ["culminate", "in"], ["conclude", "with"]]);

const ARTICLES = new Set(["the", "a", "an"]);
/** Determiners an act's object keeps after its noun: "of any ceasefire", "of all hostages", "of its contribution". */
const KEPT_DETERMINERS = new Set(["any", "all", ...POSSESSIVE_DETERMINERS]);
/** Words that say when, after a participle ("was suspended first"), not what. */
const TIMING_ADVERBS = new Set(["first", "again", "now", "immediately", "soon", "too", "also", "only"]);
const GIVING_PARTICIPLES = new Set(["given", "granted", "awarded", "guaranteed", "promised", "allowed", "offered"]);

/**
 * "the subsidy to be restored", "wages to be topped up", "the price to be raised to that level": an
 * object with a passive infinitive reads as the act done to it ("restore the subsidy", "raise the
 * price to that level"), which the verb reading then names.
 */
function passiveInfinitive(tokens: TaggedToken[], content: readonly TaggedToken[]): TaggedToken[] | undefined {
  // "cut", "set", "put": a participle may look like its base form.
  const to = tokens.findIndex((t, k) => k > 0 && t.lower === "to" && tokens[k + 1]?.lower === "be" && tokens[k + 2] && (isPastForm(tokens[k + 2]!) || tokens[k + 2]!.pos === "VERB"));
  if (to < 1 || to > 8 || tokens.slice(0, to).some((t) => t.pos === "VERB" && !isModifierParticiple(tokens, tokens.indexOf(t)) || t.pos === "AUX")) return undefined;
  const verb = tokens[to + 2]!;
  let after = to + 3;
  // "topped up every six months" has a particle; "held in June", "restored in full" a preposition.
  const preposition = /^(?:in|on)$/.test(tokens[after]?.lower ?? "") && ["PROPN", "NUM", "DET", "NOUN", "ADJ"].includes(tokens[after + 1]?.pos ?? "");
  const particle = tokens[after] && PARTICLES.has(tokens[after]!.lower) && !preposition ? tokens[after] : undefined;
  if (particle) after++;
  const head = { ...verb, text: verb.lemma, lower: verb.lemma, pos: "VERB" as const };
  // The object keeps its article, which the label's opening lost ("bringing back the subsidy").
  const object = withItsArticle(tokens.slice(0, to), content);
  const complement = tokens.slice(after);
  // "the city to be designated a special employment crisis area": what it is to be named is "as" a thing.
  const named = AS_COMPLEMENT_VERBS.has(verb.lemma) && !particle && ["DET", "ADJ", "NOUN"].includes(complement[0]?.pos ?? "");
  const rest = named ? [...placedBefore([{ ...complement[0]!, text: "as", lower: "as", lemma: "as", pos: "ADP" }], complement[0]!.start), ...complement] : complement;
  // "put back out to tender": a particle before another stays after the object ("putting the rights back out to tender").
  if (particle && PARTICLES.has(rest[0]?.lower ?? "")) {
    const end = object[object.length - 1]!.end;
    return [...placedBefore([head], object[0]!.start), ...object, { ...particle, start: end + 1, end: end + 1 + particle.text.length }, ...rest];
  }
  return [...placedBefore(particle ? [head, particle] : [head], object[0]!.start), ...object, ...rest];
}

/**
 * A phrase with the article the label's opening stripped from before it ("the subsidy"), in lower
 * case like a determiner that opened the sentence ("Every rental contract"), as it moves inside the label.
 */
function withItsArticle(phrase: readonly TaggedToken[], content: readonly TaggedToken[]): TaggedToken[] {
  const article = phrase.length ? content[content.indexOf(phrase[0]!) - 1] : undefined;
  const whole = article && ARTICLES.has(article.lower) ? [article, ...phrase] : [...phrase];
  return whole.map((t, k) => (k === 0 && t.pos === "DET" ? { ...t, text: t.lower } : t));
}

/** Verbs whose passive takes what the thing is to be named ("designated a crisis area", "declared a disaster zone"). */
const AS_COMPLEMENT_VERBS = new Set(["designate", "declare", "name", "appoint", "recognise", "recognize", "list", "classify", "certify"]);

/** "every rental contract to be open-ended" → "every rental contract being open-ended": what the object is to be. */
function copularInfinitive(tokens: TaggedToken[]): TaggedToken[] | undefined {
  const to = tokens.findIndex((t, k) => k > 0 && t.lower === "to" && tokens[k + 1]?.lower === "be" && tokens[k + 2]?.pos === "ADJ");
  if (to < 1 || to > 8 || !tokens.slice(0, to).every(inNounPhrase)) return undefined;
  const being = { ...tokens[to + 1]!, text: "being", lower: "being", start: tokens[to]!.start, end: tokens[to]!.start + 5, pos: "VERB" as const };
  return [...tokens.slice(0, to), being, ...tokens.slice(to + 2)];
}

/**
 * Words moved in front of a phrase ("restore" before "the subsidy"), given offsets that end just
 * before it: labels are spaced by offsets, so moved words keep the spacing of written text.
 */
function placedBefore(moved: readonly TaggedToken[], at: number): TaggedToken[] {
  let start = at - moved.reduce((n, t) => n + t.text.length + 1, 0);
  return moved.map((t) => {
    const placed = { ...t, start, end: start + t.text.length };
    start = placed.end + 1;
    return placed;
  });
}

const CAUSATIVES = new Set(["let", "allow", "help", "make", "enable"]);

/** "a deal that would limit Ethiopia's right to…" → "deal limiting Ethiopia's right to…": the clause says what the vague noun is, or what a proposed thing would do. */
function vagueNounClause(tokens: TaggedToken[]): TaggedToken[] | undefined {
  const that = tokens.findIndex((t, k) => k > 0 && k <= 3 && /^(?:that|which)$/.test(t.lower) && tokens[k - 1]!.pos === "NOUN");
  const whatItWouldDo = that > 0 && saysWhatItDoes(tokens, that);
  if (that < 0 || !VAGUE_CONTENT_NOUNS.has(tokens[that - 1]!.lemma) && !whatItWouldDo) return undefined;
  let v = that + 1;
  while (tokens[v] && (tokens[v]!.pos === "AUX" || tokens[v]!.pos === "ADV")) v++;
  // "a rule that would let it designate…": what the causer is let do is what the rule does.
  if (CAUSATIVES.has(tokens[v]?.lemma ?? "") && tokens[v + 1]?.pos === "PRON" && tokens[v + 2]?.pos === "VERB") v += 2;
  const verb = tokens[v];
  // After "would", a base form the tagger read as a noun is the verb ("would limit").
  if (!verb || !(verb.pos === "VERB" || verb.pos === "NOUN" && v > that + 1) || verb.lemma === "be") return undefined;
  const text = gerund(verb.lemma);
  // "require express written consent": a base form between the verb and its noun modifies the noun.
  // "let private cars carry paying passengers": the causative's bare infinitive stays as written, no clause of its own.
  const causative = CAUSATIVES.has(verb.lemma);
  const object = tokens.slice(v + 1).map((t, k, rest) => (k === 0 && t.pos === "VERB" && t.lower === t.lemma && (rest[1]?.pos === "ADJ" || rest[1]?.pos === "NOUN") ? { ...t, pos: "ADJ" as const } : causative && k > 0 && k <= 4 && t.pos === "VERB" && t.lower === t.lemma && rest.slice(0, k).every(inNounPhrase) ? { ...t, pos: "NOUN" as const } : t));
  return [...tokens.slice(0, that), { ...verb, text, lower: text, start: tokens[that]!.start, pos: "ADJ" as const }, ...object];
}

/** "(holding out for) at least $600 million a season" → "minimum of $600 million a season": a bound on an amount, in a phrase that opens on a noun. */
function boundedQuantity(tokens: TaggedToken[]): TaggedToken[] | undefined {
  const bound = tokens[0]?.lower === "at" ? { least: "minimum", most: "maximum" }[tokens[1]?.lower ?? ""] : undefined;
  const amount = tokens[2];
  if (!bound || !amount || (amount.pos !== "NUM" && amount.pos !== "SYM")) return undefined;
  const words = [bound, "of"].map((word) => ({ ...tokens[0]!, text: word, lower: word, lemma: word, pos: word === "of" ? ("ADP" as const) : ("NOUN" as const) }));
  return [...placedBefore(words, amount.start), ...tokens.slice(2)];
}

/** "(push) Ukrainian troops out of Donbass": a noun phrase sent "out of" a place is withdrawn from it. */
function outOfPlace(tokens: TaggedToken[]): TaggedToken[] | undefined {
  const out = tokens.findIndex((t, k) => k > 0 && t.lower === "out" && tokens[k + 1]?.lower === "of");
  if (out < 1 || out > 6 || !tokens.slice(0, out).every((t) => t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "ADJ" || t.pos === "DET" || t.pos === "NUM")) return undefined;
  // People or forces sent out of a named place: "troops out of Donbas", not "a way out of sorts".
  const place = tokens[out + 2]?.lower === "the" ? tokens[out + 3] : tokens[out + 2];
  if (!/s$/.test(tokens[out - 1]!.lower) || !place || !/^\p{Lu}/u.test(place.text)) return undefined;
  const verb = { ...tokens[0]!, text: "withdraw", lower: "withdraw", lemma: "withdraw", pos: "VERB" as const };
  const from = { ...tokens[out + 1]!, text: "from", lower: "from", lemma: "from" };
  return [...placedBefore([verb], tokens[0]!.start), ...tokens.slice(0, out), from, ...tokens.slice(out + 2)];
}

/** Participles that list what a thing is made of ("consisting of", "comprising", "composed of"). */
const COMPOSED_OF = new Set(["consist", "comprise", "compose"]);

/**
 * Where a second object starts after the first ("every affected user | EUR 200", "the union | a
 * raise"): a common noun ending the first, then an article, a number or an amount; or -1.
 */
function secondObjectAt(rest: readonly TaggedToken[]): number {
  for (let k = 1; k < rest.length && k <= 6; k++) {
    const before = rest[k - 1]!;
    if (!inNounPhrase(before)) return -1;
    const next = rest[k]!;
    if (before.pos === "NOUN" && (/^(?:a|an|the)$/.test(next.lower) || next.pos === "NUM" || next.pos === "SYM" || /^(?:[A-Z]{3}|\p{Sc})$/u.test(next.text))) return k;
  }
  return -1;
}

/** Verbs of starting and going on: alone, they point at an act named before. */
const ASPECTUAL_VERBS = new Set(["start", "begin", "continue", "resume", "proceed"]);

/** Verbs that say only that a thing comes: "support coming from existing programmes" is support from them. */
const ARRIVING = new Set(["come", "arrive"]);

/** "(wants) the monarchy back", "its fishermen back": a thing wanted back is its return. */
function wantedBack(tokens: TaggedToken[], content: readonly TaggedToken[]): TaggedToken[] | undefined {
  const back = tokens.length - 1;
  if (back < 1 || back > 6 || tokens[back]!.lower !== "back" || !tokens.slice(0, back).every(inNounPhrase) || !tokens.slice(0, back).some((t) => t.pos === "NOUN" || t.pos === "PROPN")) return undefined;
  const verb = { ...tokens[0]!, text: "return", lower: "return", lemma: "return", pos: "VERB" as const };
  const thing = withItsArticle(tokens.slice(0, back), content);
  return [...placedBefore([verb], thing[0]!.start), ...thing];
}

/** The label's text. A possessive pronoun becomes "the" ("withdrawal of the troops"), except before "own" ("determining their own future"). */
function finish(tokens: TaggedToken[]): string {
  // "amend its constitution" → "amending the constitution": the possessor is the actor, who is on the edge already.
  // "of its choosing" keeps its possessive, as "own" does.
  const kept = tokens.map((t, k) => (POSSESSIVE_DETERMINERS.has(t.lower) && k > 0 && !/^(?:own|choosing)$/.test(tokens[k + 1]?.lower ?? "") ? { ...t, text: "the" } : t));
  let label = text(kept).replace(/\s+/g, " ").trim();
  label = label.replace(/^[^\p{L}\p{N}\p{Sc}]+/u, "").replace(/[\s,.;:—–-]+$/, "");
  if (!label || !/\p{L}{3,}/u.test(label)) return "";
  const first = label.split(" ")[0]!.toLowerCase();
  if (EDGE.has(first)) return "";
  return label;
}
