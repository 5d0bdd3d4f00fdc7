/**
 * Actors: a frame's holder or speaker span → the entities it names, once the corpus is resolved.
 * A span names an entity through the mentions inside it ("Egypt and Qatar", "Kinshasa's
 * delegation" → the possessor when nothing else is named), a pronoun (the person or group named
 * last), or a definite description ("the Ukrainian president", "the union").
 */
import { ANAPHORIC_STANCE_NOUNS, DESCRIPTION_NAME_WORDS, GROUP_DESCRIPTIONS, NON_STATE_DESCRIPTIONS, POSITION_NOUNS, STATE_BODIES, STATE_DESCRIPTIONS, UNNAMED_SPEAKERS } from "../../lexicon/cues.js";
import type { Lexicon } from "../../lexicon/index.js";
import { foldForSearch, nameKey } from "../../lexicon/normalize.js";
import { ORGANIZATION_APPOSITIONS, TITLE_WORDS } from "../../lexicon/words.js";
import type { AnalyzedSentence } from "../analyze.js";
import type { ActorFacts, DocumentResolution } from "../entities.js";
import type { Span } from "./clause.js";

const ACTOR_KINDS = new Set(["person", "state", "organization"]);
const PERSON_PRONOUNS = /^(?:he|she|him|his|her)$/i;
const GROUP_PRONOUNS = /^(?:it|its|they|their|them)$/i;
const FIRST_PERSON = /^(?:i|we|my|our|us)$/i;
/** "Everyone wants a seat": a generalisation, nobody's stance. */
const INDEFINITE_PRONOUNS = /^(?:everyone|everybody|no-one|nobody|someone|somebody|anyone|anybody)$/i;

export interface ActorMention {
  key: string;
  start: number;
  end: number;
  possessive: boolean;
}

/** What the document has said so far: who "he" and "it" mean next. */
export interface DiscourseState {
  lastPerson?: string;
  lastGroup?: string;
  /** The state named last: "the government" is a state's, even when a rebel group was named since. */
  lastState?: string;
  /** The organisation named last: "the company" is a body's, even when a state was named since. */
  lastBody?: string;
  /** Groups named only by a description ("the ruling bloc", "women's groups"): key → label. */
  groups?: Map<string, string>;
  /** The speaker an interview's answer names before a colon, for the paragraph it opens. */
  voice?: { paragraph: number; key: string };
  /** Who a question-and-answer interview's "A:" paragraphs are, once its lead-in has said who "spoke to" the outlet. */
  interviewee?: string;
  /** A "Q:" has been asked: the lead-in is over. */
  questioned?: boolean;
  /** The organisation each officer named so far speaks for ("Yeni Metal-İş chairman Kemal Arıkan"): person key → organisation key. */
  officers?: Map<string, string>;
}

export interface SentenceActors {
  sentence: AnalyzedSentence;
  mentions: ActorMention[];
}

export function actorMentions(sentence: AnalyzedSentence, keys: readonly (string | undefined)[], resolved: DocumentResolution, lexicon: Lexicon): ActorMention[] {
  const actors: ActorMention[] = [];
  sentence.mentions.forEach((m, i) => {
    const key = keys[i];
    const entity = key ? resolved.entities.get(key) : undefined;
    if (!key || !entity || !ACTOR_KINDS.has(entity.kind)) return;
    // "Ukrainian" in "Ukrainian President Volodymyr Zelensky" modifies the person, who is the actor;
    // in "Kenyan clubs", "Brazilian exporters" it says where a group is from, not that the state acts
    // ("a Chilean offer" is still Chile's).
    if (entity.kind === "state" && (lexicon.stateByDemonym.has(m.surface.toLowerCase()) || m.possessive)) {
      const after = /^(?:['’]s?)?((?:\s+[\p{L}-]+){1,2})/u.exec(sentence.text.slice(m.end, m.end + 60))?.[1]?.trim().split(/\s+/) ?? [];
      const next = after[0];
      // A plural among the next two lower-case words names the people of a group: "health workers", "poultry exporters".
      // After a possessive a headline's capitals are no names: "Mexico's Dubbing Actors Reject…".
      const words = after.filter((w) => m.possessive || /^\p{Ll}/u.test(w)).map((w) => w.toLowerCase());
      // So does a group noun: "the Spanish federation", "a Japanese firm".
      const group = words.some((w) => /[^s]s$/.test(w) && !STATE_BODIES.has(w) && !ANAPHORIC_STANCE_NOUNS.has(w.slice(0, -1)) || ORGANIZATION_APPOSITIONS.has(w) && !STATE_BODIES.has(w)) && !words.some((w) => STATE_BODIES.has(w));
      if (next && (/^\p{Lu}/u.test(next) && !m.possessive || group)) return;
    }
    actors.push({ key, start: m.start, end: m.end, possessive: m.possessive });
  });
  return actors;
}

export type SpanReading = { keys: string[]; how: "named" | "pronoun" | "first-person" | "description" | "indefinite" } | undefined;

/** The entities a span names, and how: by name, by a pronoun, or by a description. */
export function readSpan(span: Span, context: SentenceActors, discourse: DiscourseState, resolved: DocumentResolution, lexicon: Lexicon): SpanReading {
  const { sentence, mentions } = context;
  const coordinated = coordinatedParts(span, sentence.text, mentions);
  if (coordinated) {
    // "Both the union and Hanbit's management": each part names its own actor, by name or by description.
    const readings = coordinated.map((part) => readSpan(part, context, discourse, resolved, lexicon));
    if (readings.every((r) => r?.keys.length)) return { keys: [...new Set(readings.flatMap((r) => r!.keys))], how: readings.some((r) => r!.how === "named") ? "named" : "description" };
  }
  // "the medical students' national coordination committee (CNEMP)", "Paraná (FAEP)": a description or a place the
  // sentence abbreviates in brackets is the organisation the abbreviation names.
  const abbreviated = abbreviationAfter(span, context, resolved);
  if (abbreviated) return { keys: [abbreviated], how: "named" };
  // "the union's leadership", "the company's negotiators": a body's own people speak for the body the description names.
  const people = POSSESSOR_PEOPLE.exec(sentence.text.slice(span.start, span.end));
  if (people) {
    const possessor = readSpan({ start: span.start, end: span.start + people[1]!.length }, context, discourse, resolved, lexicon);
    if (possessor?.keys.length) return possessor;
  }
  // A name the tagger split ("National Citizen/NOUN Party") still names the span it ends, or the span its head opens ("Fellowship" of "Fellowship of Churches in Papua").
  // So does a name the span's first word is part of ("Countries group" of "The Least Developed Countries group").
  // So does a name the span stops inside ("Organization for Security and Co-operation" of "… in Europe (OSCE)").
  const inside = mentions.filter((m) => m.start >= span.start && m.end <= span.end || m.start < span.start && m.end === span.end || m.start === span.start || m.start < span.start && m.end > span.start && m.end <= span.end || m.start > span.start && m.start < span.end && m.end > span.end);
  const words = sentence.text.slice(span.start, span.end).toLowerCase().replace(/['’]s\b/g, "").split(/[^\p{L}-]+/u).filter(Boolean);
  // "Some in Santiago", "critics in Lima": unnamed people, whatever place they are in.
  if (UNNAMED_SPEAKERS.has(words[0] ?? "") && (words.length === 1 || words[1] === "in" || words[1] === "of")) return { keys: [], how: "indefinite" };
  // "Arıkan's union": the body an officer named before speaks for.
  const officer = inside.length === 1 && inside[0]!.possessive ? discourse.officers?.get(inside[0]!.key) : undefined;
  const owned = /\b([\p{L}-]+)\s*$/u.exec(sentence.text.slice(span.start, span.end))?.[1]?.toLowerCase() ?? "";
  if (officer && (GROUP_HEADS.has(owned) || GROUP_DESCRIPTIONS.has(owned))) return { keys: [officer], how: "named" };
  // "The Arunachal Pradesh government", "the Madrid regional government": a region's government is a body of its own.
  const regional = regionGovernment(sentence.text.slice(span.start, span.end), lexicon);
  if (regional) {
    const key = `organization:${nameKey(regional)}`;
    (discourse.groups ??= new Map()).set(key, regional);
    return { keys: [key], how: "description" };
  }
  // "The state government has offered…" in a story about Arunachal Pradesh: the region's government it named before, not a state.
  if (/^the (?:state|provincial|regional|county|municipal) (?:government|administration|authorities)$/.test(words.join(" "))) {
    const named = [...(discourse.groups ?? new Map<string, string>()).keys()].pop();
    return named ? { keys: [named], how: "description" } : undefined;
  }
  const last = words[words.length - 1] ?? "";
  // "The German Canoe Federation and its Hungarian counterpart": the document's body whose name has that demonym.
  if (/^counterparts?$/.test(last)) {
    // The demonym nearest the noun: "The German Canoe Federation and its Hungarian counterpart" means a Hungarian body.
    const adjective = [...words].reverse().find((w) => lexicon.stateByDemonym.has(w));
    const bodies = adjective ? [...resolved.entities].filter(([, e]) => e.kind === "organization" && e.names.some((n) => n.toLowerCase().split(/\s+/).includes(adjective))) : [];
    // The names coordinated with it hold the stance too ("The German Canoe Federation and …").
    const named = inside.filter((m) => resolved.entities.get(m.key)?.kind === "organization" || resolved.entities.get(m.key)?.kind === "person").map((m) => m.key);
    return bodies.length === 1 ? { keys: [...new Set([...named, bodies[0]![0]])], how: "description" } : undefined;
  }
  // "South Korea's competition regulator", "Japan's biggest carmaker firm": a state's possessive before a description of a
  // regulator or a company is the one the document names, not the state.
  if (inside.length === 1 && inside[0]!.possessive && resolved.entities.get(inside[0]!.key)?.kind === "state" && POSSESSED_BODIES.has(last)) {
    const body = organizationNamed(last, discourse, resolved);
    if (body) return { keys: [body], how: "description" };
  }
  if (inside.length) return { keys: [...headOf(inside, sentence.text), ...spokenFor(inside, mentions, sentence.text, resolved)], how: "named" };
  if (words.length === 1 && PERSON_PRONOUNS.test(last)) return discourse.lastPerson ? { keys: [discourse.lastPerson], how: "pronoun" } : undefined;
  // "The NPA has stuck to its demand", "Washington dropped its demand", "Its chairman dismissed…": a group's possessive is
  // the group the sentence names just before it, else the one named last; its officer speaks for it.
  // "dismissed the Council's compact proposal, saying it asks for more money": "it" is the proposal, which holds no stance.
  // A person's clause cannot mean himself by "it": with only people (and possessors) named before it, "it" is the thing.
  const namedBefore = mentions.filter((m) => m.end <= span.start && !m.possessive);
  if (words.length === 1 && last === "it" && namedBefore.length && namedBefore.every((m) => resolved.entities.get(m.key)?.kind === "person") && POSITION_NOUN_BEFORE.test(sentence.text.slice(0, span.start))) return { keys: [], how: "indefinite" };
  const groupPossessive = /^(?:its|their)$/.test(words[0]!);
  if (words.length === 1 && GROUP_PRONOUNS.test(last) || words.length <= 4 && groupPossessive && words.slice(1).every((w) => TITLE_WORDS.has(w))) {
    const before = mentions.filter((m) => m.end <= span.start && !m.possessive && resolved.entities.get(m.key)?.kind !== "person");
    const nearest = before[before.length - 1];
    // "The holding company, Shirakawa Kosan, went further: it will not sell": the one group the sentence names before "it"
    // outside a prepositional phrase ("a challenge at the Constitutional Court") is what "it" means, before the group the story named last.
    const only = before.length === 1 && !PREPOSITION_BEFORE.test(sentence.text.slice(Math.max(0, nearest!.start - 12), nearest!.start)) ? nearest : undefined;
    const key = groupPossessive && nearest ? nearest.key : only?.key ?? discourse.lastGroup;
    return key ? { keys: [key], how: "pronoun" } : undefined;
  }
  // "Officials in Ankara": the officials of the state whose seat it is, whether the span holds the place or stops before it.
  const placed = words.length === 1 ? /^\s+in\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u.exec(sentence.text.slice(span.end))?.[1] : undefined;
  if (STATE_BODIES.has(words[0]!) && (words[1] === "in" && words.length <= 4 || placed)) {
    const seat = lexicon.seatByName.get(nameKey(placed ?? sentence.text.slice(span.start, span.end).replace(/^\S+\s+in\s+/i, "")));
    if (seat && resolved.entities.has(`state:${seat}`)) return { keys: [`state:${seat}`], how: "description" };
  }
  // "We", and "Our forum": the speaker's own body ("our voters" are others).
  if (words.length === 1 && FIRST_PERSON.test(last) || words.length === 2 && /^(?:our|my)$/.test(words[0]!) && (GROUP_HEADS.has(last) || GROUP_DESCRIPTIONS.has(last))) return { keys: [], how: "first-person" };
  if (words.length === 1 && INDEFINITE_PRONOUNS.test(last) || words.join(" ") === "no one") return { keys: [], how: "indefinite" };
  if (words[0] !== "the" && words[0] !== "this" && words[0] !== "that") return describedGroup(span, sentence.text, words, discourse, lexicon);
  const demonym = words.map((w) => lexicon.stateByDemonym.get(w)).find(Boolean);
  if (TITLE_WORDS.has(last) || last === "general") {
    // "The former general" is the person the story titled "former army general", whoever was named last.
    const described = demonym ? describedPerson(demonym, last, resolved) : titledPerson(words.slice(1), resolved);
    const key = described ?? discourse.lastPerson;
    return key ? { keys: [key], how: "description" } : undefined;
  }
  // "the clubs", "the district", "the chamber": the document's organisation whose name has the head noun.
  if (!GROUP_DESCRIPTIONS.has(last) && !demonym && words.length <= 3) {
    const key = organizationNamed(last, discourse, resolved, true);
    return key ? { keys: [key], how: "description" } : describedGroup(span, sentence.text, words, discourse, lexicon);
  }
  if (GROUP_DESCRIPTIONS.has(last)) {
    // "the Kyrgyz side", "the Sudanese government": a state's own body; "the Spanish federation" is a group of that state.
    if (demonym && resolved.entities.has(`state:${demonym}`) && (STATE_BODIES.has(last) || STATE_DESCRIPTIONS.has(last))) return { keys: [`state:${demonym}`], how: "description" };
    const lastGroup = discourse.lastGroup && !(NON_STATE_DESCRIPTIONS.has(last) && resolved.entities.get(discourse.lastGroup)?.kind === "state") ? discourse.lastGroup : NON_STATE_DESCRIPTIONS.has(last) ? discourse.lastBody : undefined;
    // "the main French farm union" is no "European Union": a name that says another state or bloc is another body.
    const named = organizationNamed(last, discourse, resolved);
    const statesIn = (name: string) => name.split(/\s+/).filter((w) => lexicon.stateByDemonym.has(w.toLowerCase()) || lexicon.stateByName.has(w.toLowerCase()) || /^\p{Lu}\p{Ll}+(?:an|ean)$/u.test(w)).map((w) => lexicon.stateByDemonym.get(w.toLowerCase()) ?? lexicon.stateByName.get(w.toLowerCase()) ?? w);
    const fits = (key: string) => !demonym || (resolved.entities.get(key)?.names ?? []).every((n) => statesIn(n).every((code) => code === demonym));
    if (named && fits(named)) return { keys: [named], how: "description" };
    // A modified description ("the ruling bloc", "the special committee") names a group of its own, not the one named last.
    const group = describedGroup(span, sentence.text, words, discourse, lexicon);
    if (group) return group;
    const key = STATE_DESCRIPTIONS.has(last) ? discourse.lastState ?? lastGroup : lastGroup;
    return key && fits(key) ? { keys: [key], how: "description" } : undefined;
  }
  return undefined;
}

/** A position noun in the words just before "it" ("… the Council's compact proposal out of hand, saying it"). */
const POSITION_NOUN_BEFORE = new RegExp(`\\b(?:${[...POSITION_NOUNS].join("|")})s?\\b[^.;]{0,40}$`, "i");

const REGION_GOVERNMENT = /^(?:[Tt]he\s+)?(?!The\s)(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s+(regional\s+|provincial\s+|state\s+|county\s+|city\s+|municipal\s+)?(?:government|administration|authorities)$/u;

/** The label of a region's or city's government the span names ("Arunachal Pradesh government"), if the gazetteer knows the place or the span says "provincial", "regional"…, and it is no state or, unless the span says so, no seat of one. */
function regionGovernment(text: string, lexicon: Lexicon): string | undefined {
  const named = REGION_GOVERNMENT.exec(text.replace(/\s+/g, " ").trim());
  const place = named ? nameKey(named[1]!) : "";
  if (!named || lexicon.stateByName.has(place)) return undefined;
  // "the Kyiv government" is Ukraine's; "the Madrid regional government" is the region's, and so is
  // "the Jeonbuk provincial government" where the gazetteer does not know the province.
  if (lexicon.seatByName.has(place) ? !named[2] : !lexicon.placeByName.has(place) && !named[2]) return undefined;
  return text.replace(/^the\s+/i, "").replace(/\s+/g, " ").trim();
}

/** A preposition, and an article, right before a name: the name is no subject. */
const PREPOSITION_BEFORE = /\b(?:at|to|in|on|by|for|with|from|of|against|into|before|after)\s+(?:the\s+)?$/i;

/** Descriptions a state's possessive may come before that name a body of their own, not the state's government. */
const POSSESSED_BODIES: ReadonlySet<string> = new Set(["regulator", "watchdog", "company", "firm"]);

/** An organisation's abbreviation in brackets right after the span, when the span names no person or organisation itself. */
function abbreviationAfter(span: Span, { sentence, mentions }: SentenceActors, resolved: DocumentResolution): string | undefined {
  const brackets = /^\s*\(\s*\p{Lu}[\p{Lu}\p{N}&.-]{1,11}\s*\)/u.exec(sentence.text.slice(span.end));
  if (!brackets) return undefined;
  const kind = (m: ActorMention) => resolved.entities.get(m.key)?.kind;
  if (mentions.some((m) => m.start < span.end && m.end > span.start && (kind(m) === "person" || kind(m) === "organization"))) return undefined;
  return mentions.find((m) => m.start > span.end && m.end <= span.end + brackets[0].length && kind(m) === "organization")?.key;
}

/** "the union's leadership": a description's possessive, then the people of the body it names. */
const POSSESSOR_PEOPLE = /^(the\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)['’]s?\s+(?:leadership|management|leaders|members|negotiators|officials|executives|delegation|delegates|representatives|bargaining team)$/iu;

/**
 * "Both the union and Hanbit's management" → "the union", "Hanbit's management": the parts of a span
 * joined by "and" outside any name, when one of them is a description the names inside cannot give.
 */
function coordinatedParts(span: Span, text: string, mentions: readonly ActorMention[]): Span[] | undefined {
  const written = text.slice(span.start, span.end);
  const joints = [...written.matchAll(/\s+(?:and|&)\s+/g)].map((m) => ({ start: span.start + m.index, end: span.start + m.index + m[0].length }));
  const free = joints.filter((j) => !mentions.some((m) => m.start < j.start && m.end > j.end));
  if (free.length !== 1) return undefined;
  const lead = /^(?:both|either)\s+/i.exec(written)?.[0].length ?? 0;
  const parts = [{ start: span.start + lead, end: free[0]!.start }, { start: free[0]!.end, end: span.end }];
  // Parts that are each a name already read as a pair through the names inside.
  const described = parts.some((p) => !mentions.some((m) => m.start >= p.start && m.end <= p.end));
  return described ? parts : undefined;
}

/** Head nouns of a formal body a description may name on its own ("women's groups", "the ruling bloc", "the special committee"). */
const GROUP_HEADS = new Set(["group", "groups", "bloc", "committee", "council", "federation", "union", "association", "board", "party", "coalition", "alliance", "commission", "chamber", "caucus", "faction", "network", "forum", "confederation", "syndicate", "consortium"]);
/** A preposition makes a description a phrase about someone ("a spokesperson for the firm"), not a group's name. */
const APPOSITION_WORDS = /^(?:for|of|from|in|at|with|by|on)$/;
/** Modifiers that count or hedge rather than name ("three juntas", "certain groups", "opposition groups"). */
const VAGUE_MODIFIERS = /^(?:some|many|several|other|others|both|all|most|few|certain|various|its|their|his|her|our|opposition|rebel|armed|one|two|three|four|five|six|seven|eight|nine|ten|\d.*|.*-member)$/;

/**
 * "the ruling bloc", "the special committee", "Women's groups": a group the text names only by a
 * description with a modifier of its own becomes an organisation labelled by it. A bare "the
 * union" says too little to stand alone, and "officials" or "the government" speak for a state.
 */
function describedGroup(span: Span, text: string, words: readonly string[], discourse: DiscourseState, lexicon: Lexicon): SpanReading {
  const content = words.filter((w) => !/^(?:the|this|that|these|those|a|an)$/.test(w));
  const last = content[content.length - 1] ?? "";
  if (content.length < 2 || content.length > 3 || !GROUP_HEADS.has(last) || content.some((w) => INDEFINITE_PRONOUNS.test(w) || VAGUE_MODIFIERS.test(w) || APPOSITION_WORDS.test(w))) return undefined;
  const label = text.slice(span.start, span.end).replace(/^(?:the|this|that|these|those)\s+/i, "").replace(/\s+/g, " ");
  // A capital after the first word is a name or a headline ("Logging Firm Offers…"); a name's possessive ("Arıkan's union",
  // "Istanbul's chamber") is a named group's, not a new one ("Women's groups" is a description).
  const possessor = /^([\p{L}-]+)['’]s?\s/u.exec(label)?.[1]?.toLowerCase();
  if (/\s\p{Lu}/u.test(label) || possessor && !lexicon.common.has(possessor)) return undefined;
  // "the Least Developed Countries group": a description that ends a name is no group of its own.
  if (/\p{Lu}[\p{L}-]*\s+$/u.test(text.slice(Math.max(0, span.start - 40), span.start))) return undefined;
  const key = `organization:${nameKey(label)}`;
  // "Women's groups in Pattani…" opens the sentence; "Spanish federation" keeps its demonym's capital.
  const first = /^[\p{L}-]+/u.exec(label)?.[0] ?? "";
  const shown = lexicon.stateByDemonym.has(first.toLowerCase()) ? label : label.charAt(0).toLowerCase() + label.slice(1);
  (discourse.groups ??= new Map()).set(key, shown);
  return { keys: [key], how: "description" };
}

/** "Egypt and Qatar" → both; "Senegal's Prime Minister Ousmane Sonko" → the person; "Kinshasa's delegation" → the possessor. */
function headOf(inside: ActorMention[], text: string): string[] {
  // "Maria Santos of the Andean Farmers Federation": the name before "of" is the head.
  const named = inside.filter((m, k) => !m.possessive && !(k > 0 && /^\s+of\s+(?:the\s+)?$/.test(text.slice(inside[k - 1]!.end, m.start))));
  const pool = named.length ? named : inside.slice(-1);
  const head = pool[pool.length - 1]!;
  const group = [head];
  for (let k = pool.length - 2; k >= 0; k--) {
    const between = text.slice(pool[k]!.end, group[0]!.start);
    // "Egypt and Qatar", "the NPU (…) and the Korean Student Union Network", "the governments of the Netherlands and of Austria",
    // "Christodoulides and Greece's Prime Minister Kyriakos Mitsotakis" (a possessive and a title before the second name).
    const joint = /^\s*\)?\s*(?:,|and|&|,\s*and)\s*(?:of\s+)?(?:the\s+)?(.*)$/su.exec(between);
    const titled = joint?.[1]!.trim().split(/\s+/).filter(Boolean).every((w) => /['’]s?$/u.test(w) || TITLE_WORDS.has(w.toLowerCase()));
    if (!joint || !titled) break;
    group.unshift(pool[k]!);
  }
  if (group.length > 1) return [...new Set(group.map((m) => m.key))];
  return [head.key];
}

/**
 * "Galatasaray's president, Cemil Yurtsever", "MAT's chief executive, Rodrigo Figueiredo": an
 * organisation's officer speaks for it, so the stance is the organisation's too (FORMAT.md: "Peskov's
 * and Russia's"). A state's officer stays his own: the state has its own edges where it acts.
 */
function spokenFor(inside: readonly ActorMention[], mentions: readonly ActorMention[], text: string, resolved: DocumentResolution): string[] {
  const person = inside[inside.length - 1];
  if (!person || resolved.entities.get(person.key)?.kind !== "person") return [];
  // The possessor may open the span or stand before it, when the name in apposition is the subject.
  return mentions.filter((m) => m.end <= person.start && resolved.entities.get(m.key)?.kind === "organization" && (m.possessive ? OFFICER_BETWEEN.test(text.slice(m.end, person.start)) : isOfficerTitle(text.slice(m.end, person.start)))).map((m) => m.key);
}

/** The officers a sentence names with their organisation, as [person, organisation] keys. */
export function officersIn(context: SentenceActors, resolved: DocumentResolution): [string, string][] {
  return context.mentions
    .filter((m) => resolved.entities.get(m.key)?.kind === "person")
    .flatMap((person) => spokenFor([person], context.mentions, context.sentence.text, resolved).map((org): [string, string] => [person.key, org]));
}

/** "'s president, ", "'s chief executive ": a possessive, a role of one to three words, and an optional comma. */
const OFFICER_BETWEEN = /^['’]s?\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2},?\s+$/u;
/** "Yeni Metal-İş chairman Kemal Arıkan": the organisation's name as the modifier of a title of one to three words (no "former"). */
function isOfficerTitle(between: string): boolean {
  const words = between.trim().toLowerCase().split(/\s+/);
  return /^\s+\S.*\s+$/.test(between) && words.length <= 3 && words.every((w) => TITLE_WORDS.has(w) && !/^(?:of|the|former)$/.test(w));
}

/**
 * "the union" → the document's organisation with "union" in its name ("the company" → one named
 * "… Industries"): the group named last if it has it, else the most mentioned one.
 */
function organizationNamed(head: string, discourse: DiscourseState, resolved: DocumentResolution, headOnly = false): string | undefined {
  const nameWords = DESCRIPTION_NAME_WORDS.get(head) ?? [head, head.replace(/s$/, "")];
  // Outside the known descriptions, the noun must head the name ("the district": "… School District", "the chamber":
  // "… Chamber of Tradesmen") or name its members ("the clubs": "… Clubs Association"); "the mainland" is no "Mainland Affairs Council".
  const heads = (name: string) => {
    const words = name.toLowerCase().split(/\s+/);
    if (!headOnly || /s$/.test(head)) return words;
    const of = words.indexOf("of");
    return [words[words.length - 1]!, ...(of > 0 ? [words[of - 1]!] : [])];
  };
  // "the collective" → "Collectif Eau Claire", "the federation" → "Federación…": a name in a head-first language opens
  // with its head, which may be the noun's Romance cognate.
  const cognates = new Set(nameWords.map(cognate));
  const foreignHead = (name: string) => {
    const first = name.toLowerCase().split(/\s+/)[0]!;
    return !nameWords.includes(first) && cognates.has(cognate(first));
  };
  const fits = (entity: ActorFacts | undefined) => entity?.kind === "organization" && (entity.names.some((n) => heads(n).some((w) => nameWords.includes(w)) || foreignHead(n)) || entity.descriptions.some((d) => nameWords.includes(d)));
  if (discourse.lastGroup && fits(resolved.entities.get(discourse.lastGroup))) return discourse.lastGroup;
  let best: { key: string; prominence: number } | undefined;
  for (const [key, entity] of resolved.entities) {
    if (fits(entity) && (!best || entity.prominence < best.prominence)) best = { key, prominence: entity.prominence };
  }
  return best?.key;
}

/** A word folded to compare across Romance spellings of one noun: "federación", "associação" → "federation", "association"; "collectif" → "collective". */
function cognate(word: string): string {
  return foldForSearch(word).replace(/(?:cion|cao)$/, "tion").replace(/if$/, "ive");
}

/** "the Russian leader" → the document's most mentioned person affiliated with Russia who holds that title. */
/** The one person of the document whose title has the description's role and all its other words ("former general": "Former army general"). */
function titledPerson(description: readonly string[], resolved: DocumentResolution): string | undefined {
  const role = description[description.length - 1];
  if (!role) return undefined;
  const titled = [...resolved.entities].filter(([, entity]) => entity.kind === "person" && entity.titles.some((title) => {
    const words = title.toLowerCase().split(/\s+/);
    return words.includes(role) && description.every((w) => words.includes(w));
  }));
  return titled.length === 1 ? titled[0]![0] : undefined;
}

function describedPerson(code: string, role: string, resolved: DocumentResolution): string | undefined {
  let best: { key: string; prominence: number } | undefined;
  for (const [key, entity] of resolved.entities) {
    if (entity.kind !== "person" || !entity.affiliations.includes(code)) continue;
    if (!entity.titles.some((t) => t.toLowerCase().includes(role))) continue;
    if (!best || entity.prominence < best.prominence) best = { key, prominence: entity.prominence };
  }
  return best?.key;
}
