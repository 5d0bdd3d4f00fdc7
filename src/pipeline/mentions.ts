/**
 * Stage 4, mentions: a sentence → the names in it, each classified as a person, state,
 * organisation or place from the lexicon and the words around it (titles, demonyms,
 * prepositions, head nouns). Names with no cue stay "unknown" for the entity stage, which
 * sees the whole corpus.
 */
import type { EntityKind } from "../model/graph.js";
import type { Lexicon } from "../lexicon/index.js";
import { isLegalForm } from "../lexicon/legal-forms.js";
import { isAcronym, nameKey } from "../lexicon/normalize.js";
import { SMALL_TOWN } from "../lexicon/gazetteer.js";
import { FACILITY_HEADS, GROUP_NOUNS, HEAD_TITLES, isPersonNoun, ORGANIZATION_APPOSITIONS, ORGANIZATION_HEADS, PERSON_ROLES, PLACE_NAME_HEADS, REGION_HEADS, TITLE_WORDS, TRADE_HEADS } from "../lexicon/words.js";
import { ACTOR_VERB_FORMS } from "../lexicon/cues.js";
import { tokenize, type Token } from "./tokens.js";

export type MentionKind = EntityKind | "unknown";

export interface Mention {
  /** Offsets of the name (without titles) in the sentence text. */
  start: number;
  end: number;
  surface: string;
  kind: MentionKind;
  /** Facilities: the place name the facility is named after ("Zaporizhzhia" in "Zaporizhzhia nuclear plant"). */
  facilityOf?: string;
  /** Regions: the head noun that named it one ("region" in "the Donetsk and Luhansk regions"). */
  regionHead?: string;
  /** Named with a plural head noun after it ("the Seme and Kantchari border posts"), which the names before "and" share. */
  sharedHead?: boolean;
  /** State code for states, and for capitals or seats of power acting for their state. */
  state?: string;
  /** Organisations: the acronym the text defines for it ("Kuomintang (KMT)"), lower case. */
  acronym?: string;
  /** Organisations: the terms a release defines for it in brackets ('Veltria SAS ("Veltria" or "the Company")' → veltria, company), lower case. */
  definedAs?: string[];
  /** Organisations: the noun the sentence describes it by ("fund" in "Kestrel Harbour Capital, an activist fund"). */
  description?: string;
  title?: string;
  /** State a person speaks for, from "Ukrainian President", "Kremlin spokesman". */
  affiliation?: string;
  possessive: boolean;
  /** Strong: the lexicon or a cue says what it is. Weak: a guess the corpus may confirm. */
  strong: boolean;
  /** Index of the first token of the name in the sentence. */
  token: number;
}

const PRONOUNS = new Set(["i", "we", "you", "he", "she", "it", "they", "us", "our", "my", "your", "his", "her", "its", "their", "me", "them"]);

const CONNECTORS = new Set(["of", "the", "and", "&", "for", "de", "al", "bin", "von", "van", "da", "do", "dos", "das", "la", "le", "du", "des", "del", "der", "el", "di", "della", "delle", "dei", "degli"]);
const LOCATIVE = new Set(["in", "at", "from", "to", "near", "outside", "into", "inside", "across", "around", "toward", "towards", "via", "within", "through", "over", "visit", "visited", "visiting"]);
/** Month names that are also common words ("May", "March"), which the calendar list leaves out. */
const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** Prepositions after which a name no lexicon knows is a place ("in Natanz", "near Kantchari"). */
/** Titles whose holder leads a group ("Hamas leader", "Komeito chief"), not a person's aide ("Trump envoy"). */
const GROUP_LEADER_TITLES = new Set(["leader", "chairman", "chairwoman", "chair", "chief", "head", "spokesman", "spokeswoman", "spokesperson", "commander", "secretary-general", "founder"]);
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "outside", "inside", "into", "across", "around"]);
const PLACE_NOUN_AFTER = new Set(["resident", "residents", "court", "airport", "time", "mayor", "governor"]);
/** "Kampala-based", "NATO-led": a modifier made from a name, not part of the next name. */
const NAME_MODIFIER = /^(\p{Lu}[\p{L}.]*)-(based|led|backed|run|owned|controlled|brokered|drafted|proposed|authored|allied|born|made|administered|funded|sponsored|aligned|linked|headquartered)$/u;
/** Modifiers that make their name a location ("a Nairobi-based charity"). */
const LOCATION_MODIFIERS = new Set(["based", "headquartered", "born"]);
/** Determiners: a sentence-opening one is no part of a name; one may open an apposition. */
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "each", "every", "any", "some", "no", "our", "their", "its", "his", "her"]);
/** Possessives that stay inside an organisation's name: "Korean Metal Workers' Union", "Tigray People's Liberation Front". */
const GROUP_POSSESSIVE = /(?:s|^people|^women|^children|^men)$/;
const SLAVIC_SURNAME = /(ov|ova|ev|eva|enko|uk|chuk|sky|skyy|skiy|ski|ska|vich|yan|ian|adze|shvili|off)$/i;

interface Span {
  tokens: Token[];
  /** Index of the first token in the sentence. */
  first: number;
}

function isNameToken(t: Token, lexicon: Lexicon, next?: Token): boolean {
  // "al-Hayya", "bin Salman" stay lower-case inside Arabic names.
  if (/^(?:al|el|ad|ash|as|an|at|az|ez|es|ibn|bin)-\p{Lu}/u.test(t.text)) return true;
  // "Pharmaciens d'Officine", "Ca' d'Oro": an elided French or Italian particle before a capital.
  if (/^(?:d|l|dell|nell|sull)['’]\p{Lu}/u.test(t.text)) return true;
  if (!t.cap || t.punct) return false;
  if (t.text.includes("-") && NAME_MODIFIER.test(t.text)) return false;
  // "Jan 29" is a date, "Jan Vermeulen" a name: a calendar word before another capitalised word opens a name.
  if (lexicon.calendar.has(t.lower)) return !!next?.cap && !next.punct && !lexicon.calendar.has(next.lower) && t.text.length > 2 && !t.text.endsWith(".");
  // ALL-CAPS words longer than an acronym are headings ("KEY TAKEAWAYS") unless they are a known name.
  if (t.text.length > 5 && t.text === t.text.toUpperCase()) return knownName(t.lower, lexicon) || t.text.length <= 8 && !lexicon.common.has(t.lower);
  return true;
}

function knownState(key: string, lexicon: Lexicon): boolean {
  return lexicon.stateByName.has(key) || lexicon.seatByName.has(key) || lexicon.stateByDemonym.has(key);
}

function knownName(key: string, lexicon: Lexicon): boolean {
  return knownState(key, lexicon) || lexicon.placeByName.has(key);
}

/** Runs of capitalised tokens joined by name connectors ("Coalition of the Willing"). */
function findSpans(tokens: Token[], lexicon: Lexicon): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const modifier = tokens[i]!.cap && tokens[i]!.text.includes("-") ? NAME_MODIFIER.exec(tokens[i]!.text) : null;
    if (modifier) {
      const t = tokens[i]!;
      const name = modifier[1]!;
      spans.push({ tokens: [{ ...t, text: name, lower: name.toLowerCase(), end: t.start + name.length }], first: i });
      i++;
      continue;
    }
    if (!isNameToken(tokens[i]!, lexicon, tokens[i + 1])) { i++; continue; }
    const first = i;
    const run: Token[] = [tokens[i]!];
    i++;
    while (i < tokens.length && (!run[run.length - 1]!.possessive || possessiveInsideName(run[run.length - 1]!, tokens, i, lexicon))) {
      const t = tokens[i]!;
      // "Hong Kong-based": the modifier's name ends the run, which it belongs to.
      const modifier = t.cap && t.text.includes("-") ? NAME_MODIFIER.exec(t.text) : null;
      if (modifier) {
        run.push({ ...t, text: modifier[1]!, lower: modifier[1]!.toLowerCase(), end: t.start + modifier[1]!.length });
        i++;
        break;
      }
      if (isNameToken(t, lexicon) && !isHyphenPair(run[run.length - 1]!, lexicon, t)) { run.push(t); i++; continue; }
      // "Organization for Security and Co-operation in Europe (OSCE)": a name runs on through "in" where its acronym says so.
      const spelled = t.lower === "in" ? nameSpelledBy(run, tokens, i, lexicon) : 0;
      if (spelled) {
        run.push(...tokens.slice(i, spelled));
        i = spelled;
        continue;
      }
      if (CONNECTORS.has(t.lower) && !t.cap) {
        let j = i;
        while (j < tokens.length && CONNECTORS.has(tokens[j]!.lower) && !tokens[j]!.cap) j++;
        if (j < tokens.length && isNameToken(tokens[j]!, lexicon) && j - i <= 2) {
          run.push(...tokens.slice(i, j + 1));
          i = j + 1;
          continue;
        }
      }
      break;
    }
    // "the Benishangul-Gumuz region", "at Crans-Montana": a hyphenated name of one place stays whole.
    const onePlace = REGION_HEADS.has(tokens[i]?.lower ?? "") || LOCATIVE.has(tokens[first - 1]?.lower ?? "");
    spans.push(...splitSpan({ tokens: run, first }, lexicon, onePlace, tokens[i]));
  }
  return spans;
}

/** A group's possessive followed by the rest of an organisation's name ("Workers' Union"). */
function possessiveInsideName(t: Token, tokens: Token[], next: number, lexicon: Lexicon): boolean {
  if (!GROUP_POSSESSIVE.test(t.lower)) return false;
  for (let k = next; k < tokens.length && k < next + 4; k++) {
    const after = tokens[k]!;
    if (!isNameToken(after, lexicon) && !(CONNECTORS.has(after.lower) && !after.cap)) return false;
    if (ORGANIZATION_HEADS.has(after.lower)) return true;
    if (after.possessive) return false;
  }
  return false;
}

/** "Trump-Zelenskyy", "Ukraine-Russia", "EU-Mercosur": two names joined by a hyphen; "Jean-Paul Habimana" is one name, as a name follows. */
function isHyphenPair(t: Token, lexicon: Lexicon, next?: Token): boolean {
  if (!/^(?:\p{Lu}{2,5}|\p{Lu}\p{Ll}{2,})-(?:\p{Lu}{2,5}|\p{Lu}\p{Ll}{2,})$/u.test(t.text) || next?.cap && !next.punct) return false;
  // "Copa-Cogeca rejected…": two parts no lexicon knows, acting or standing alone, are one name;
  // "the Trump-Zelenskyy meeting" modifies a noun as a pair.
  const known = (part: string) => knownName(part, lexicon) || lexicon.firstNames.has(part) || lexicon.lastNames.has(part) || lexicon.organizations.has(part);
  if (t.lower.split("-").some(known)) return true;
  const head = next?.lower.replace(/s$/, "") ?? "";
  return !!next && !next.punct && !ACTOR_VERB_FORMS.has(next.lower) && !FACILITY_HEADS.has(head) && !REGION_HEADS.has(head);
}

/** Splits coordinations ("Russia and Ukraine") and hyphen pairs; organisation names stay whole. */
function splitSpan(span: Span, lexicon: Lexicon, keepHyphenated = false, after?: Token): Span[] {
  // "Bosnia and Herzegovina", "Trinidad and Tobago": a state whose name is a coordination stays one name.
  if (span.tokens.some((t) => t.lower === "and") && lexicon.stateByName.has(nameKey(span.tokens.map((t) => t.text).join(" ")))) return [span];
  // A person's first and last name closing the span: after an office of something it is the office's holder
  // ("Minister of Amerindian Affairs Cheryl Boyce-Marks"); after a body's head word, a person apart ("Kenya Police Joseph Lagat").
  const holder = span.tokens.findIndex((t, k) => k >= 1 && lexicon.firstNames.has(t.lower) && span.tokens.length - k >= 2 && span.tokens.length - k <= 3);
  // A coordination ("Secretary of State Marco Rubio and National Security Adviser Michael Waltz") is split below first.
  if (holder > 0 && !span.tokens.some((t) => t.lower === "and" || t.lower === "&")) {
    const person = { tokens: span.tokens.slice(holder), first: span.first + holder };
    const before = span.tokens.slice(0, holder);
    if (holder >= 3 && TITLE_WORDS.has(before[0]!.lower.split("-")[0]!) && before.slice(1).some((t) => t.lower === "of")) return [person];
    if (ORGANIZATION_HEADS.has(before[before.length - 1]!.lower)) return [...splitSpan({ tokens: before, first: span.first }, lexicon, keepHyphenated), person];
  }
  // "Mariam Okoye of the Ocean Justice Network": a person's name, then the organisation she is of.
  const of = span.tokens.findIndex((t) => t.lower === "of");
  // "Vice Minister Lee Seung-min of the Ministry of Trade": a title may come before the name.
  let name = 0;
  while (name < of && TITLE_WORDS.has(span.tokens[name]!.lower)) name++;
  // A known first or last name opens it, or a romanised given name in two syllables follows ("Lee Seung-min").
  const personal = () => lexicon.firstNames.has(span.tokens[name]!.lower) || lexicon.lastNames.has(span.tokens[name]!.lower) || of - name === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(span.tokens[name + 1]!.text);
  if (of - name >= 2 && of - name <= 3 && personal() && span.tokens.slice(of).some((t) => ORGANIZATION_HEADS.has(t.lower)) && !span.tokens.slice(name, of).some((t) => ORGANIZATION_HEADS.has(t.lower) || TITLE_WORDS.has(t.lower))) {
    const rest = span.tokens.slice(of + 1);
    const skip = rest[0]?.lower === "the" ? 1 : 0;
    return [{ tokens: span.tokens.slice(0, of), first: span.first }, ...splitSpan({ tokens: rest.slice(skip), first: span.first + of + 1 + skip }, lexicon, false, after)];
  }
  const words = span.tokens.map((t) => t.lower);
  const organization = words.some((w) => ORGANIZATION_HEADS.has(w)) || lexicon.organizations.has(words.join(" "));
  const parts: Span[] = [];
  let current: Token[] = [];
  let currentFirst = span.first;
  // "the African Union and Qatar", "Vietnamese and Mekong River Commission experts": an organisation's name ends before "and" a state.
  // "the NPA and the Shippers' Council", "the AK Party and MHP", "the German Federation and the Spanish Federation": two
  // organisations, where "and" follows a head word or an acronym, or "the" or an acronym follows it.
  const joinsOrganization = (k: number) => {
    const [before, after] = [span.tokens[k - 1]!, span.tokens[k + 1]];
    // "Ministry of Energy and Mineral Resources": after "of", a head word may be a portfolio's.
    // A trade word is often one of two ("Korean Chemical and Textile Workers' Union").
    const headEnds = ORGANIZATION_HEADS.has(before.lower) && !TRADE_HEADS.has(before.lower) && !span.tokens.slice(0, k).some((t) => t.lower === "of");
    return !!after && (headEnds || isAcronym(before.text) || after.lower === "the" || isAcronym(after.text) && k + 2 === span.tokens.length);
  };
  const joinsState = (k: number) => (span.tokens[k]!.lower === "and" || span.tokens[k]!.lower === "&") && k > 0 && (ORGANIZATION_HEADS.has(span.tokens[k - 1]!.lower) && knownState(span.tokens.slice(k + 1).map((x) => x.lower).join(" "), lexicon) || k === 1 && knownState(span.tokens[0]!.lower, lexicon) || joinsOrganization(k));
  span.tokens.forEach((t, k) => {
    const breaks = (!organization || joinsState(k)) && (t.lower === "and" || t.lower === "&" || ((t.lower === "of" || t.lower === "for") && !k));
    if (breaks) {
      if (current.length) parts.push({ tokens: current, first: currentFirst });
      current = [];
      currentFirst = span.first + k + 1;
      return;
    }
    // After a first word, a hyphenated word ends the same name ("Reem Abdel-Ghani").
    if (!keepHyphenated && isHyphenPair(t, lexicon, span.tokens[k + 1] ?? after) && !current.length) {
      const [a, b] = t.text.split("-") as [string, string];
      const mid = t.start + a.length;
      parts.push({ tokens: [{ ...t, text: a, lower: a.toLowerCase(), end: mid, possessive: false }], first: span.first + k });
      current = [{ ...t, text: b, lower: b.toLowerCase(), start: mid + 1 }];
      currentFirst = span.first + k;
      return;
    }
    if (!current.length) currentFirst = span.first + k;
    current.push(t);
  });
  if (current.length) parts.push({ tokens: current, first: currentFirst });
  // Drop dangling connectors at either end.
  return parts
    .map((p) => {
      let a = 0;
      let b = p.tokens.length;
      while (a < b && CONNECTORS.has(p.tokens[a]!.lower) && !p.tokens[a]!.cap) a++;
      while (b > a && CONNECTORS.has(p.tokens[b - 1]!.lower) && !p.tokens[b - 1]!.cap) b--;
      return { tokens: p.tokens.slice(a, b), first: p.first + a };
    })
    .filter((p) => p.tokens.length);
}

/** Longest prefix of `tokens` (up to 4) that names a state, demonym or seat of power. */
function statePrefix(tokens: Token[], lexicon: Lexicon): { length: number; code: string } | undefined {
  for (let n = Math.min(4, tokens.length); n >= 1; n--) {
    const key = nameKey(tokens.slice(0, n).map((t) => t.text).join(" "));
    const code = lexicon.stateByName.get(key) ?? lexicon.stateByDemonym.get(key) ?? lexicon.seatByName.get(key);
    if (code) return { length: n, code };
  }
  return undefined;
}

function surfaceOf(sentence: string, tokens: Token[]): string {
  return sentence.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
}

/** Words a state calls itself by ("the Republic", "the Kingdom"). */
const STATE_SELF_DESCRIPTIONS = new Set(["republic", "kingdom"]);

export function findMentions(sentence: string, lexicon: Lexicon): Mention[] {
  const tokens = tokenize(sentence);
  const spans = findSpans(tokens, lexicon);
  const mentions: Mention[] = [];
  const firstWord = tokens.findIndex((t) => !t.punct);
  let previous: Mention | undefined;
  let previousEnd = -1;
  for (const span of spans) {
    let core = span.tokens;
    let first = span.first;
    // A capitalised ordinary word opening the sentence is no name ("Despite", "Several").
    // It is a name when what would remain is only an organisation's head word ("Amnesty International").
    const onlyHeadLeft = () => core.length === 2 && ORGANIZATION_HEADS.has(core[1]!.lower) && !DETERMINERS.has(core[0]!.lower) && !lexicon.functionWords.has(core[0]!.lower);
    // "North Korea's ministry": the word opens a known name.
    const opensKnownName = () => core.length >= 2 && !DETERMINERS.has(core[0]!.lower) && ((statePrefix(core, lexicon)?.length ?? 0) >= 2 || knownName(nameKey(surfaceOf(sentence, core)), lexicon));
    // "Thapa Magar: We want…": a pronoun is never a name, wherever a capital puts it.
    if (core.length === 1 && PRONOUNS.has(core[0]!.lower) && (core[0]!.text !== core[0]!.text.toUpperCase() || core[0]!.text === "I")) continue;
    // "the Republic would only sign up…", "the Kingdom rejected…": a state's own description, which the stance stage reads, is no name.
    if (core.length === 1 && STATE_SELF_DESCRIPTIONS.has(core[0]!.lower) && DETERMINERS.has(tokens[first - 1]?.lower ?? "")) continue;
    const legalFormFirst = () => core.length >= 2 && isLegalForm(core[0]!.text, lexicon.legalForms);
    // "AR: Has Peru asked…": a speaker's tag and its colon open the sentence as well.
    const opensSentence = first === firstWord || tokens[first - 1]?.text === ":" || tokens[first - 1]?.text === "|";
    // "MESS dismissed…": an acronym in a sentence of lower-case words is a name, whatever word it spells.
    const acronym = () => isAcronym(core[0]!.text) && !!tokens[first + 1] && !tokens[first + 1]!.cap;
    const honour = () => lexicon.honorifics.has(`${core[0]!.lower} ${core[1]?.lower}`);
    if (opensSentence && lexicon.common.has(core[0]!.lower) && !acronym() && !honour() && !knownState(core[0]!.lower, lexicon) && !onlyHeadLeft() && !opensKnownName() && !legalFormFirst()) {
      core = core.slice(1);
      first++;
      while (core.length && CONNECTORS.has(core[0]!.lower)) { core = core.slice(1); first++; }
      if (!core.length) continue;
    }
    const titleWords: string[] = [];
    let affiliation: string | undefined;
    // Left context in lower case: "Kremlin spokesman", "US peace envoy", "Ukraine's President,".
    let j = first - 1;
    // "Gen. Rodolphe Haykal": the dot of an abbreviated title.
    const abbreviationDot = (k: number) => tokens[k]!.text === "." && k > 0 && isTitleWord(tokens[k - 1]!.lower, lexicon);
    while (j >= 0 && (isTitleWord(tokens[j]!.lower, lexicon) || tokens[j]!.text === "," || abbreviationDot(j)) && first - j <= 5) {
      if (tokens[j]!.text !== "," && tokens[j]!.text !== ".") titleWords.unshift(tokens[j]!.lower);
      j--;
    }
    // "the governor of Osaka": the name after "of" is the office's domain, not its holder.
    if (titleWords[titleWords.length - 1] === "of" || titleWords.slice(-2).join(" ") === "of the") titleWords.length = 0;
    if (titleWords.length && previous && previousEnd === j && previous.kind === "state" && previous.state) affiliation = previous.state;
    // "Komeito leader Tetsuo Saito", "Hamas leader Khalil al-Hayya": a name no cue classed, right before a leader's title, is the group led.
    if (previous && previousEnd === j && previous.kind === "unknown" && titleWords.some((w) => GROUP_LEADER_TITLES.has(w))) {
      previous.kind = "organization";
      previous.strong = true;
    }
    // Titles and modifiers inside the capitalised run: "Russian President", "Secretary of State".
    while (core.length > 1) {
      const prefix = statePrefix(core, lexicon);
      // "Palestinian Authority President Mahmoud Abbas": the organisation before a head title is named too, then its officer.
      const titleAt = core.findIndex((t, k) => k > (prefix?.length ?? 0) && HEAD_TITLES.has(t.lower));
      if (prefix && titleAt > 0 && titleAt < core.length - 1 && ORGANIZATION_HEADS.has(core[titleAt - 1]!.lower)) {
        const organizationTokens = core.slice(0, titleAt);
        mentions.push({ start: organizationTokens[0]!.start, end: organizationTokens[titleAt - 1]!.end, surface: surfaceOf(sentence, organizationTokens), kind: "organization", possessive: false, strong: true, token: first });
        affiliation ??= prefix.code;
        core = core.slice(titleAt);
        first += titleAt;
        continue;
      }
      // "Nigeria Labour Congress", "Sudanese Armed Forces", "Taiwan Affairs Office": the state names the organisation.
      // A title introduces a person unless the organisation's name goes on after it ("Kenya Premier League Clubs Association").
      const rest = core.slice(prefix?.length ?? 0);
      const personTitle = rest.some((t, k) => HEAD_TITLES.has(t.lower) && !rest.slice(k + 1).some((x) => ORGANIZATION_HEADS.has(x.lower)));
      const organization = prefix && rest.some((t) => ORGANIZATION_HEADS.has(t.lower)) && !personTitle;
      // "Taiwan Strait", "Philippine Sea": the state names the place.
      const place = PLACE_NAME_HEADS.has(core[core.length - 1]!.lower);
      if (prefix && prefix.length < core.length && !organization && !place) {
        affiliation ??= prefix.code;
        pushStateModifier(mentions, sentence, core.slice(0, prefix.length), prefix.code, first);
        core = core.slice(prefix.length);
        first += prefix.length;
        continue;
      }
      const w = core[0]!.lower;
      if (isTitleWord(w, lexicon) && !ORGANIZATION_HEADS.has(core[core.length - 1]!.lower)) {
        titleWords.push(w);
        core = core.slice(1);
        first++;
        continue;
      }
      // A two-word honour before a name ("Tan Sri"): neither word alone is one ("Tan" is a surname, "Sri Lanka" a state).
      const pair = `${w} ${core[1]?.lower}`;
      if (lexicon.honorifics.has(pair) && core.length > 3) {
        titleWords.push(pair);
        core = core.slice(2);
        first += 2;
        continue;
      }
      break;
    }
    // "Minister for Fisheries", "Director of Geothermal": a portfolio with no name after it names no one.
    if (titleWords.length && (core[0]!.lower === "for" || core[0]!.lower === "of") && core.length < 4) continue;
    // "Minister of State for Labour Babatunde Olaniyan": after a title, "for" opens a portfolio and the name is the run's last words.
    if (titleWords.length && (core[0]!.lower === "for" || core[0]!.lower === "of") && core.length >= 4) {
      const nameLength = lexicon.firstNames.has(core[core.length - 3]!.lower) ? 3 : 2;
      titleWords.push(...core.slice(0, core.length - nameLength).map((t) => t.lower));
      first += core.length - nameLength;
      core = core.slice(core.length - nameLength);
    }
    // "Labour Minister Babatunde Olaniyan", "Authority President Mahmoud Abbas": a head title inside the run opens the person's name.
    const innerTitle = core.findIndex((t, k) => k > 0 && k <= 3 && HEAD_TITLES.has(t.lower));
    if (innerTitle > 0 && core.length - innerTitle - 1 >= 2 && core.slice(innerTitle + 1).filter((t) => !CONNECTORS.has(t.lower)).length <= 3 && !ORGANIZATION_HEADS.has(core[core.length - 1]!.lower)) {
      titleWords.push(...core.slice(0, innerTitle + 1).map((t) => t.lower));
      first += innerTitle + 1;
      core = core.slice(innerTitle + 1);
    }
    if (!core.length || core.every((t) => isTitleWord(t.lower, lexicon))) continue;
    const mention = classify(sentence, tokens, core, first, lexicon);
    if (!mention) continue;
    // "to Bamako, Ouagadougou and Niamey": capitals listed after a place are places too.
    const listed = tokens[first - 1]?.text === "," || tokens[first - 1]?.lower === "and" || tokens[first - 1]?.lower === "or";
    if (mention.kind === "state" && listed && previous?.kind === "place" && previousEnd === first - 2 && lexicon.seatByName.has(nameKey(mention.surface))) {
      mention.kind = "place";
      delete mention.state;
    }
    // "Director of Geothermal", "Chairman of MRP": what follows "of" is the office's domain, not its holder.
    const domain = /^(?:of|for)$/.test(titleWords[titleWords.length - 1] ?? "");
    const hasHeadTitle = !domain && titleWords.some((w) => HEAD_TITLES.has(w) || HEAD_TITLES.has(w.split("-").pop()!) || lexicon.honorifics.has(w));
    if (hasHeadTitle && mention.kind !== "state" && mention.kind !== "organization" && !mention.facilityOf) {
      mention.kind = "person";
      mention.strong = true;
      mention.title = titleText(titleWords, lexicon);
      if (affiliation) mention.affiliation = affiliation;
    }
    if (mention.kind === "organization" || mention.kind === "unknown") {
      const description = descriptionOf(tokens, first, first + core.length);
      if (description) mention.description = description;
    }
    mentions.push(mention);
    if (mention.regionHead || mention.sharedHead) shareRegionHead(mentions, tokens, first);
    previous = mention;
    previousEnd = first + core.length - 1;
  }
  placesInLists(sentence, mentions, lexicon);
  const all = [...mentions, ...institutionMentions(sentence, tokens, mentions)].sort((a, b) => a.start - b.start);
  // A Title Case headline capitalises every word, so its capitals name nothing the lexicon does not know.
  return all.length && isTitleCase(tokens) ? all.filter((m) => m.kind === "state" || m.kind === "place" && m.strong) : all;
}

/**
 * "Union Rejects Federation's Offer As Clubs Threaten Boycott", "16:48 - Business Group Weighs In": a
 * line of four or more words all capitalised (five or more nearly all), with no closing full stop, is
 * a headline or a section label.
 */
export function isTitleCase(tokens: readonly Token[]): boolean {
  if (tokens.length < 4 || tokens[tokens.length - 1]!.text === ".") return false;
  const words = tokens.filter((t) => !t.punct && /^\p{L}/u.test(t.text));
  if (words.length < 4) return false;
  const capitalised = words.filter((t) => t.cap).length;
  return capitalised === words.length || words.length >= 5 && capitalised / words.length >= 0.85;
}

const LIST_JOINT = /^\s*(?:,|,?\s*(?:and|or))\s*(?:the\s+)?$/;

/** "in Raqqa, Hasakah and Deir ez-Zor", "at Natanz, Fordow and Isfahan": a name with no cue listed beside a place is a place. */
function placesInLists(sentence: string, mentions: Mention[], lexicon: Lexicon): void {
  for (let changed = true; changed; ) {
    changed = false;
    mentions.forEach((m, k) => {
      // "the Amazon, Indigenous leaders…": a name that modifies the noun after it is listed with nothing.
      const next = /^\s+(\p{Ll}+)/u.exec(sentence.slice(m.end))?.[1];
      const modifies = !!next && !lexicon.functionWords.has(next);
      if (m.kind !== "unknown" || MONTHS.test(m.surface.toLowerCase()) || modifies) return;
      const before = mentions[k - 1];
      const after = mentions[k + 1];
      const listedWith = (other: Mention | undefined, from: number, to: number) => other?.kind === "place" && LIST_JOINT.test(sentence.slice(from, to));
      if (listedWith(before, before?.end ?? 0, m.start) || listedWith(after, m.end, after?.start ?? 0)) {
        m.kind = "place";
        changed = true;
      }
    });
  }
}

const INSTITUTION_HEADS = new Set(["ministry", "council", "parliament", "agency", "committee", "commission", "court", "service", "bank", "cabinet"]);

/** Institutions named in lower case after their state: "Ukraine's energy ministry", "Russia's security council". */
function institutionMentions(sentence: string, tokens: Token[], mentions: Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const m of mentions) {
    if (m.kind !== "state") continue;
    let lastToken = m.token;
    while (lastToken < tokens.length && tokens[lastToken]!.end < m.end) lastToken++;
    if (tokens[lastToken]?.end !== m.end || !tokens[lastToken]!.possessive && !/an$|ish$|ese$|ch$/.test(tokens[lastToken]!.lower)) continue;
    for (let k = lastToken + 1; k < tokens.length && k <= lastToken + 4; k++) {
      const t = tokens[k]!;
      if (t.cap || t.punct) break;
      if (INSTITUTION_HEADS.has(t.lower) && k > lastToken + 1) {
        const surface = sentence.slice(m.start, t.end);
        found.push({ start: m.start, end: t.end, surface, kind: "organization", possessive: t.possessive, strong: true, token: m.token });
        break;
      }
    }
  }
  return found;
}

/** "the Donetsk and Luhansk regions": the name before "and" is a region too. */
function shareRegionHead(mentions: Mention[], tokens: Token[], first: number): void {
  const last = mentions[mentions.length - 1]!;
  const before = mentions[mentions.length - 2];
  if (!before || before.kind !== "place" && before.kind !== "unknown" || tokens[first - 1]?.lower !== "and") return;
  if (tokens[before.token + 1]?.lower !== "and") return;
  before.kind = "place";
  before.strong = true;
  before.regionHead = last.regionHead;
}

/** Services a district is a body for ("School District", "Water District"). */
const SERVICE_DISTRICTS = new Set(["school", "water", "irrigation", "fire", "transit", "hospital", "sanitation", "utility", "park", "conservation"]);

/** "vice-minister", "inspector-general", "director-general": a compound title ends on a head title. */
const TITLE_PREFIXES = /^(?:vice|deputy|inspector|director|attorney|auditor|surgeon|solicitor|secretary|under|lieutenant|major)$/;

/** Asked of the words before every name: the cheap tests first, and a word split only when it has a hyphen. */
function isTitleWord(word: string, lexicon: Lexicon): boolean {
  if (TITLE_WORDS.has(word) || lexicon.honorifics.has(word.endsWith(".") ? word.slice(0, -1) : word)) return true;
  if (!word.includes("-")) return false;
  const [first, last, ...more] = word.split("-");
  return !!last && !more.length && TITLE_PREFIXES.test(first!) && HEAD_TITLES.has(last);
}

function titleText(words: string[], lexicon: Lexicon): string {
  const titles = words.filter((w) => !lexicon.honorifics.has(w.replace(/\.$/, "")));
  const text = (titles.length ? titles : words).join(" ").replace(/^((of|the)\s+)+/, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Russian" in "Russian President Vladimir Putin" mentions Russia too. */
function pushStateModifier(mentions: Mention[], sentence: string, tokens: Token[], code: string, first: number): void {
  mentions.push({
    start: tokens[0]!.start,
    end: tokens[tokens.length - 1]!.end,
    surface: surfaceOf(sentence, tokens),
    kind: "state",
    state: code,
    possessive: false,
    strong: true,
    token: first,
  });
}

function classify(sentence: string, tokens: Token[], core: Token[], first: number, lexicon: Lexicon): Mention | undefined {
  const last = core[core.length - 1]!;
  const surface = surfaceOf(sentence, core);
  const key = nameKey(surface);
  const before = tokens[first - 1];
  const before2 = tokens[first - 2];
  const after = tokens[first + core.length];
  const base: Mention = { start: core[0]!.start, end: last.end, surface, kind: "unknown", possessive: last.possessive, strong: false, token: first };
  const words = core.map((t) => t.lower);
  // "In Ramallah, …": a preposition opening the sentence is capitalised.
  const lowerBefore = !!before && (!before.cap || first === 1);
  // "according to U.N. figures" locates nothing.
  const located = !!before && lowerBefore && before2?.lower !== "according" && (LOCATIVE.has(before.lower) || (before.lower === "the" && !!before2 && LOCATIVE.has(before2.lower)) || (before.lower === "of" && !!before2 && /^(town|city|village|capital|region|province|port|island|district|county|governorate|enclave|territory|outskirts|north|south|east|west|northeast|northwest|southeast|southwest)$/.test(before2.lower)));
  const modifierOfNoun = !!after && !after.cap && !last.possessive && PLACE_NOUN_AFTER.has(after.lower);
  const capitalApposition = (!!before && /^(capital|city|town)$/.test(before.lower)) || LOCATION_MODIFIERS.has(NAME_MODIFIER.exec(tokens[first]!.text)?.[2] ?? "");

  // Facilities: "Zaporizhzhia nuclear power station", "Mar-a-Lago club".
  // "a Nigerian port", "the Sudanese region": a demonym before the head noun names no place.
  const demonymOnly = core.length === 1 && lexicon.stateByDemonym.has(key) && !lexicon.stateByName.has(key);
  const facility = demonymOnly ? undefined : facilityAfter(tokens, first + core.length);
  if (facility && !last.possessive) {
    // "the Rafah and Kerem Shalom crossings": a plural head names several places, each by its own name.
    if (facility.plural) return { ...base, kind: "place", strong: true, sharedHead: true };
    return { ...base, end: facility.end, surface: sentence.slice(base.start, facility.end), facilityOf: surface, kind: "place", strong: true, possessive: facility.possessive };
  }
  // Regions named by their head noun: "Donetsk region", "the Donetsk and Luhansk regions".
  const region = regionAfter(tokens, first + core.length);
  if (region && !demonymOnly && !lexicon.stateByName.has(key) && !words.some((w) => ORGANIZATION_HEADS.has(w))) {
    return { ...base, kind: "place", strong: true, regionHead: region };
  }
  // "Marshall Islands", "Solomon Islands": a state's name before a place's head word; "the Government of Guyana" is Guyana.
  const governmentOf = /^(?:government|republic|kingdom|state) of (.+)$/.exec(key)?.[1];
  const stateCode = lexicon.stateByName.get(key) ?? lexicon.stateByDemonym.get(key) ?? (governmentOf ? lexicon.stateByName.get(governmentOf) : undefined);
  if (stateCode) return { ...base, kind: "state", state: stateCode, strong: true };
  // "the South American Mercosur bloc", "the Adani group": a name between "the" and a group noun names that group.
  const groupAfter = tokens[first + core.length];
  if (before?.lower === "the" && groupAfter && !groupAfter.cap && ORGANIZATION_APPOSITIONS.has(groupAfter.lower) && !lexicon.placeByName.has(key) && !lexicon.seatByName.has(key)) return { ...base, kind: "organization", strong: true };
  if (core.length > 1 && (PLACE_NAME_HEADS.has(last.lower) || (PLACE_NAME_HEADS.has(words[0]!) && words[1] === "of"))) return { ...base, kind: "place", strong: true };
  const seat = lexicon.seatByName.get(key);
  if (seat) {
    const location = located || modifierOfNoun || capitalApposition || isDateline(tokens, first, core.length);
    if (location) return { ...base, kind: "place", strong: true };
    return { ...base, kind: "state", state: seat, strong: true };
  }
  const acronym = definedAcronym(tokens, first + core.length);
  const definedAs = definedTerms(tokens, first + core.length);
  const named = { acronym, ...(definedAs ? { definedAs } : {}) };
  // "Harlow Valley Unified School District": a district that runs a service is a body, not a region.
  const serviceDistrict = core.length > 2 && last.lower === "district" && SERVICE_DISTRICTS.has(words[words.length - 2]!);
  if ((words.some((w) => ORGANIZATION_HEADS.has(w)) || serviceDistrict) && core.length > 1) return { ...base, kind: "organization", strong: true, ...named };
  // "PT Daya Bumi Flores", "Hellwig Pharma GmbH": a company's legal form.
  if (core.length > 1 && (isLegalForm(last.text, lexicon.legalForms) || isLegalForm(core[0]!.text, lexicon.legalForms))) return { ...base, kind: "organization", strong: true, ...named };
  if (lexicon.organizations.has(key) && (key.length > 2 || surface === surface.toUpperCase())) return { ...base, kind: "organization", strong: true };
  const place = lexicon.placeByName.get(key);
  const firstIsName = lexicon.firstNames.has(words[0]!) && core.length > 1;
  // "UN", "AR": an acronym is a place only where the text puts something in it.
  // "in Monte Carlo": a place the gazetteer names in full, where the text puts something, whatever its first word.
  if (place && (!firstIsName || located && place.population >= SMALL_TOWN) && !MONTHS.test(key) && !(isAcronym(surface) && !located && !isDateline(tokens, first, core.length)) && (place.population >= SMALL_TOWN || place.isRegion || located || isDateline(tokens, first, core.length))) {
    return { ...base, kind: "place", strong: place.population >= 100_000 || place.isRegion || located };
  }
  if (acronym && !firstIsName && !isAcronym(surface)) return { ...base, kind: "organization", strong: true, ...named };
  if (core.length === 1 && isAcronym(core[0]!.text)) {
    // "18:40 BRT", "500,000 TEU", "N500": a time zone, a unit or an amount; "TV", "TB": a common noun.
    const acts = !!after && ACTOR_VERB_FORMS.has(after.lower);
    const measure = /\d/.test(core[0]!.text) || /^\d/.test(before?.text ?? "") || lexicon.common.has(key) && !acts;
    return measure ? base : { ...base, kind: "organization", strong: acts };
  }
  // "Khalil al-Hayya", "Ali al-Sistani": a given name and an Arabic family name with its article.
  const arabic = core.length >= 2 && core.length <= 3 && /^(?:al|el|ad|ash|as|an|at|az|ez|es)-\p{Lu}/u.test(last.text) && !located && !core.some((t) => ORGANIZATION_HEADS.has(t.lower));
  if (arabic && !lexicon.organizations.has(key)) return { ...base, kind: "person", strong: false };
  // "Hayashi Kenjiro", "Tanaka Hiroshi": a family name first, as East Asian names are written.
  const familyFirst = core.length === 2 && lexicon.lastNames.has(words[0]!) && !lexicon.common.has(last.lower) && !place && !located;
  if (core.length >= 2 && core.length <= 4 && (firstIsName || (lexicon.lastNames.has(last.lower) && core.length === 2) || familyFirst || (SLAVIC_SURNAME.test(last.lower) && core.length <= 3))) {
    return { ...base, kind: "person", strong: firstIsName };
  }
  // "farmers' organisation Copa-Cogeca", "the far-right party Chega": a body's noun right before the name says what it is.
  if (before && !before.cap && !before.punct && (GROUP_NOUNS.has(before.lower) || ORGANIZATION_HEADS.has(before.lower) && !TRADE_HEADS.has(before.lower)) && !lexicon.firstNames.has(words[0]!)) return { ...base, kind: "organization", strong: true };
  const apposition = appositionKind(tokens, first + core.length);
  if (apposition === "person" && core.length >= 2 && core.length <= 4) return { ...base, kind: "person", strong: true };
  if (apposition === "organization" && !last.possessive) return { ...base, kind: "organization", strong: true };
  const nameEnds = !after || after.punct || ACTOR_VERB_FORMS.has(after.lower);
  if (core.length >= 2 && core.length <= 4 && nameEnds && roleBefore(tokens, first) && !(lexicon.common.has(last.lower) && last.lower.length >= 5)) return { ...base, kind: "person", strong: true };
  // "Malawi's Chikondi Banda": a two- or three-word name a state's possessive introduces.
  if (before?.possessive && knownState(before.lower, lexicon) && core.length >= 2 && core.length <= 3) return { ...base, kind: "person", strong: false };
  const speech = (after && ACTOR_VERB_FORMS.has(after.lower)) || (before && ACTOR_VERB_FORMS.has(before.lower) && !located);
  // "the Liberal Democrats rejected…": a name after "the", or ending on a common noun's plural, is a group, not a person ("Thanos Plevris" is one).
  if (speech && core.length >= 2 && core.length <= 3 && (before?.lower === "the" || /[^su]s$/.test(last.lower) && lexicon.common.has(last.lower.slice(0, -1)))) return { ...base, kind: "organization", strong: false };
  // "The Liberal Democrats and the Conservatives both rejected…", "Labour and the Greens": a plural of a common word after
  // "the", coordinated with another actor, is a party or a group.
  const coordinated = after?.lower === "and" || after?.lower === "both" || before2?.lower === "and";
  // Its last word is a plural of people ("Conservatives"), of a common word alone ("Greens"), or of a word the vocabulary
  // does not know after one it does ("Liberal Democrats"); "Commonwealth Games" is no group.
  const singular = last.lower.slice(0, -1);
  const pluralOfWord = /[^su]s$/.test(last.lower) && (isPersonNoun(singular) || core.length === 1 && lexicon.common.has(singular) || core.length >= 2 && !lexicon.common.has(singular) && lexicon.common.has(words[0]!));
  if (coordinated && !located && before?.lower === "the" && core.length <= 3 && pluralOfWord) return { ...base, kind: "organization", strong: true };
  // "Kestrel Harbour Capital pressed for…": a name no first name opens that ends on a common word is a firm, not a person.
  // Short words are names too in many languages ("Pham Thu Hang").
  if (speech && core.length >= 2 && core.length <= 3 && lexicon.common.has(last.lower) && last.lower.length >= 5) return { ...base, kind: "organization", strong: false };
  if (speech && core.length >= 2 && core.length <= 3) return { ...base, kind: "person", strong: false };
  // A single unknown name that says, rejects or demands something is a group ("Hamas rejected…"); a lone surname resolves first.
  if (after && ACTOR_VERB_FORMS.has(after.lower) && core.length === 1 && !last.possessive) return { ...base, kind: "organization", strong: false };
  if (located && place && !MONTHS.test(key)) return { ...base, kind: "place", strong: false };
  // "the port of Apapa", "the region of Darfur": what a place noun is "of" is a place.
  if (located && before?.lower === "of" && !lexicon.firstNames.has(words[0]!)) return { ...base, kind: "place", strong: true };
  // "in African trials", "in Soviet times", "at KSh 50,000": a word modifying the noun or number after it is no place.
  // A plural noun after it is what it modifies; a verb ("at Chacalluta must", "at Saint-Aurèle contaminated") is not.
  const modifies = !!after && !after.punct && !after.cap && (/^\d/.test(after.text) || /[^s]s$/.test(after.lower) && after.lower.length > 3 && !lexicon.functionWords.has(after.lower));
  // "waves at Johoreans": a people's plural is no place.
  const people = core.length === 1 && /[^aeiou](?:e|i)?ans$/.test(key);
  if (before && lowerBefore && PLACE_PREPOSITIONS.has(before.lower) && !lexicon.firstNames.has(words[0]!) && !MONTHS.test(key) && surface !== surface.toUpperCase() && !modifies && !people && !/\d/.test(surface)) return { ...base, kind: "place", strong: false };
  return base;
}

/**
 * Where a name continued over the word at `from` would end if the acronym in brackets after it
 * spells its initials ("Association of Container Lines in West Africa (ACLWA)"), else 0.
 */
function nameSpelledBy(run: readonly Token[], tokens: Token[], from: number, lexicon: Lexicon): number {
  let j = from + 1;
  while (j < tokens.length && isNameToken(tokens[j]!, lexicon)) j++;
  const acronym = j > from + 1 ? definedAcronym(tokens, j) : undefined;
  if (!acronym) return 0;
  const initials = [...run, ...tokens.slice(from + 1, j)].filter((t) => !CONNECTORS.has(t.lower) && t.lower !== "in").map((t) => t.lower[0]).join("");
  return initials === acronym ? j : 0;
}

/** "Kuomintang (KMT)": the acronym the text gives a name in brackets. */
function definedAcronym(tokens: Token[], from: number): string | undefined {
  const [open, word, close] = [tokens[from], tokens[from + 1], tokens[from + 2]];
  if (open?.text !== "(" || close?.text !== ")" || !word || !isAcronym(word.text)) return undefined;
  return word.lower;
}

const QUOTE_MARK = /^["“”‘’']$/;

/**
 * The terms a release defines for an organisation in brackets after its name, each the last word of
 * a quoted term: 'Veltria SAS ("Veltria" or "the Company")' → ["veltria", "company"].
 */
function definedTerms(tokens: Token[], from: number): string[] | undefined {
  if (tokens[from]?.text !== "(") return undefined;
  const terms: string[] = [];
  for (let k = from + 1; k < tokens.length && k - from < 20; ) {
    if (!QUOTE_MARK.test(tokens[k]!.text)) return undefined;
    k++;
    if (tokens[k]?.lower === "the") k++;
    const start = k;
    while (k - start < 3 && tokens[k]?.cap && !tokens[k]!.punct) k++;
    if (k === start || !QUOTE_MARK.test(tokens[k]?.text ?? "")) return undefined;
    terms.push(tokens[k - 1]!.lower);
    k++;
    if (tokens[k]?.text === ")") return terms;
    if (tokens[k]?.lower !== "or" && tokens[k]?.lower !== "and" && tokens[k]?.text !== ",") return undefined;
    k++;
  }
  return undefined;
}

const APPOSITION_STOPS = new Set(["of", "at", "in", "for", "from", "with", "on", "who", "which", "that", "whose", "and", "to", "by"]);

/**
 * The head noun of an apposition after a name, lower case: "X, a senior official" → "official"
 * (not "official" in "official media"), "Kestrel Harbour Capital, an activist fund" → "fund"; an
 * acronym in brackets may come first ("the KFTC (…), the country's competition regulator"), and
 * hyphenated modifiers stay inside ("a Boston-based private equity firm").
 */
function appositionHead(tokens: Token[], from: number): string | undefined {
  let k = from;
  while (tokens[k]?.text === "(" && tokens[k + 2]?.text === ")") k += 3;
  if (tokens[k]?.text !== ",") return undefined;
  k++;
  if (DETERMINERS.has(tokens[k]?.lower ?? "")) k++;
  for (let n = 0; n < 6 && k < tokens.length; n++, k++) {
    const t = tokens[k]!;
    // "the Patriarchate, urged the government to…": a determiner inside means a verb came before it, not an apposition.
    if (t.punct && t.text !== "-" || APPOSITION_STOPS.has(t.lower) || DETERMINERS.has(t.lower)) return undefined;
    if (t.possessive || t.cap || t.punct) continue;
    const next = tokens[k + 1];
    const isHead = !next || next.punct && next.text !== "-" || APPOSITION_STOPS.has(next.lower);
    if (isHead) return t.lower;
  }
  return undefined;
}

const ROLE_COMPLEMENTS = new Set(["of", "for"]);

/**
 * A role introduces the name: "former Bank of Japan official Tanaka Yumiko", "CHP councillor Burak
 * Şahin", or an apposition before it, "its managing partner, Chan Wai-ming," "the director of WALHI
 * NTT, Mrs. Yuliana Bara Lewa." (the role noun right before the comma, or before its "of" complement).
 */
function roleBefore(tokens: Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (!before) return false;
  if (!before.cap && !before.punct) return isPersonNoun(before.lower);
  if (before.text !== ",") return false;
  for (let k = first - 2, n = 0; k >= 0 && n < 8; k--, n++) {
    const t = tokens[k]!;
    if (t.punct && t.text !== "-") return false;
    const role = isPersonNoun(t.lower) && !t.possessive;
    if (role && (k === first - 2 || ROLE_COMPLEMENTS.has(tokens[k + 1]!.lower))) return true;
  }
  return false;
}

/** "X, a researcher at…" is a person, "X, the largest Islamist party" an organisation: the head noun of an apposition. */
function appositionKind(tokens: Token[], from: number): "person" | "organization" | undefined {
  // "Ojing Tayeng, 61, a retired schoolteacher": an age in apposition.
  if (tokens[from]?.text === "," && /^\d{1,3}$/.test(tokens[from + 1]?.text ?? "") && Number(tokens[from + 1]!.text) <= 120 && tokens[from + 2]?.text === ",") return "person";
  const head = appositionHead(tokens, from);
  if (!head) return undefined;
  if (ORGANIZATION_APPOSITIONS.has(head)) return "organization";
  return isPersonNoun(head) ? "person" : undefined;
}

/**
 * The noun a sentence describes a group by, for "the fund" or "the regulator" to find it later:
 * an apposition's head or a group noun right before the name ("private equity firm Aoba Partners").
 */
function descriptionOf(tokens: Token[], first: number, end: number): string | undefined {
  const before = tokens[first - 1];
  if (before && !before.cap && !before.punct && GROUP_NOUNS.has(before.lower)) return before.lower;
  const head = appositionHead(tokens, end);
  return head && !PERSON_ROLES.has(head) && !HEAD_TITLES.has(head) && /^\p{L}{3,}$/u.test(head) ? head : undefined;
}

/** Lower-case words after a name that end in a facility noun: "nuclear power station", "border posts". */
function facilityAfter(tokens: Token[], from: number): { words: string; end: number; possessive: boolean; plural: boolean } | undefined {
  const words: string[] = [];
  for (let k = from; k < tokens.length && k < from + 3; k++) {
    const t = tokens[k]!;
    if (t.cap || t.punct) return undefined;
    words.push(t.lower);
    if (FACILITY_HEADS.has(t.lower)) return { words: words.join(" "), end: t.end, possessive: t.possessive, plural: false };
    if (/s$/.test(t.lower) && FACILITY_HEADS.has(t.lower.slice(0, -1))) return { words: words.join(" "), end: t.end, possessive: t.possessive, plural: true };
    if (!/^(nuclear|power|railway|rail|military|air|naval|gas|oil|thermal|hydroelectric|coal|chemical|steel|sea|river|border|golf|country|private)$/.test(t.lower)) return undefined;
  }
  return undefined;
}

function regionAfter(tokens: Token[], from: number): string | undefined {
  const t = tokens[from];
  // "Yei and Morobo counties": the head may be plural.
  const head = t && (REGION_HEADS.has(t.lower) ? t.lower : t.lower.replace(/ies$/, "y"));
  if (!t || !head || t.cap || !REGION_HEADS.has(head) || /^(state|city|town|capital|bank|territory)$/.test(head)) return undefined;
  return head.replace(/s$/, "");
}

/** "KYIV —", "LONDON, United Kingdom, Dec 7 —": the place a story was filed from. */
function isDateline(tokens: Token[], first: number, length: number): boolean {
  if (first !== 0) return false;
  const next = tokens[length];
  return !!next && (next.text === "—" || next.text === "–" || next.text === ",") && tokens[0]!.text === tokens[0]!.text.toUpperCase();
}
