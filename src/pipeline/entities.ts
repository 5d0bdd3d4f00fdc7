/**
 * Stage 5, entities: the mentions of the whole corpus → resolved entities. Spelling variants
 * and transliterations meet on a consonant skeleton, a surname alone goes to the full name it
 * belongs to, a first name alone ("Sir Keir") to the one person of the document who has it,
 * and names with no cue of their own take the kind the rest of the corpus gives them.
 */
import type { EntityKind } from "../model/graph.js";
import type { Lexicon } from "../lexicon/index.js";
import { isAcronym, nameKey, skeleton } from "../lexicon/normalize.js";
import { nameSignature, type DocumentNames, type NameOccurrence } from "./analyze.js";
import type { Mention } from "./mentions.js";
import { ORGANIZATION_HEADS } from "../lexicon/words.js";

export interface Entity {
  key: string;
  kind: EntityKind;
  label: string;
  /** surface form → count */
  surfaces: Map<string, number>;
  mentions: number;
  docs: Set<string>;
  /** document → its mentions there. */
  mentionsIn: Map<string, number>;
  titles: Map<string, number>;
  /** state code → sentences saying so */
  affiliations: Map<string, { doc: string; sentence: number }[]>;
  /** State code, for states. */
  state?: string;
  /** Nouns the texts describe it by ("fund", "regulator") → count. */
  descriptions: Map<string, number>;
}

/** For each document: name signature → entity key (names that resolve to nothing are absent). */
export type MentionIndex = Map<string, Map<string, string>>;

export interface ResolvedEntities {
  entities: Map<string, Entity>;
  mentionEntity: MentionIndex;
}

interface PersonRecord {
  key: string;
  surname: string;
  firstNames: Set<string>;
  mentions: number;
}

const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);
/** Words an acronym leaves out, in English and the Romance languages ("Conselho Administrativo de Defesa Econômica" → CADE). */
const INITIALS_SKIPPED = new Set(["of", "the", "and", "for", "de", "da", "do", "das", "dos", "des", "du", "del", "della", "di", "la", "le", "les", "el", "los", "las", "y", "e", "et", "d"]);

function nameWords(surface: string): string[] {
  return nameKey(surface).split(" ").filter((w) => w && !SUFFIXES.has(w));
}

/** "Mekong River", "River Nile": a river is one place with or without its head word. */
function withoutRiverHead(words: string[]): string[] {
  return words.length > 1 ? words.filter((w) => w !== "river") : words;
}

function placeKey(m: NameOccurrence): string {
  const name = withoutRiverHead(nameWords(m.facilityOf ?? m.surface)).map(skeleton).join("-");
  if (!m.facilityOf) return `place:${name}`;
  const extra = nameWords(m.surface.slice(m.facilityOf.length));
  return `place:${name}:${extra.includes("nuclear") ? "nuclear" : extra[extra.length - 1]}`;
}

/** What the stance pass reads of an entity. */
export interface ActorFacts {
  kind: EntityKind;
  /** Label and aliases: "the union" finds its organisation by them. */
  names: string[];
  /** Nouns the texts describe it by: "the fund" finds "Kestrel Harbour Capital, an activist fund". */
  descriptions: string[];
  /**
   * For persons and organisations, the rank of the document's mentions of it among those of its
   * kind in the slice (1: most mentioned); 0 for the others, which nothing ranks. The stance pass
   * only compares them; another document's mentions change no rank, so the slice, and the cached
   * stances keyed by it, stay valid when other documents come and go.
   */
  prominence: number;
  /** State codes. */
  affiliations: string[];
  titles: string[];
}

/**
 * The corpus-wide resolution as one document's stance pass needs it: its mentions' entities, and
 * every state ("the Ukrainian side" names one). Small and cloneable, so a worker can take it.
 */
export interface DocumentResolution {
  /** Name signature → entity key. */
  mentionEntity: Map<string, string>;
  entities: Map<string, ActorFacts>;
}

/** Each document's slice of the resolution; the states are listed once for all of them. */
export function resolutionsByDocument(resolved: ResolvedEntities): (doc: string) => DocumentResolution {
  const facts = (entity: Entity, prominence: number): ActorFacts => ({ kind: entity.kind, names: [...entity.surfaces.keys()], descriptions: [...entity.descriptions.keys()], prominence, affiliations: [...entity.affiliations.keys()], titles: [...entity.titles.keys()] });
  // A state's facts are the same in every slice (states are not ranked): made once, shared by all.
  const stateFacts = new Map([...resolved.entities.values()].filter((e) => e.kind === "state").map((e) => [e.key, facts(e, 0)]));
  return (doc) => {
    const mentionEntity = resolved.mentionEntity.get(doc) ?? new Map<string, string>();
    const own = [...new Set(mentionEntity.values())].filter((key) => !stateFacts.has(key)).map((key) => resolved.entities.get(key)!);
    // Ranked by the document's own mentions: another document's mentions change no slice but its own.
    const here = (e: Entity) => e.mentionsIn.get(doc) ?? 0;
    const counts = (kind: EntityKind) => [...new Set(own.filter((e) => e.kind === kind).map(here))].sort((a, b) => b - a);
    const ranked = { person: counts("person"), organization: counts("organization") };
    const rank = (e: Entity) => (e.kind === "person" || e.kind === "organization" ? ranked[e.kind].indexOf(here(e)) + 1 : 0);
    return { mentionEntity, entities: new Map([...stateFacts, ...own.map((e): [string, ActorFacts] => [e.key, facts(e, rank(e))])]) };
  };
}

/** The entity a mention of the document resolved to. */
export function entityOf(resolution: DocumentResolution, mention: Mention): string | undefined {
  return resolution.mentionEntity.get(nameSignature(mention));
}

/** Resolution reads only the states of the lexicon, so a build from the cache need not load the rest. */
export function resolveEntities(docs: readonly DocumentNames[], lexicon: Pick<Lexicon, "states">): ResolvedEntities {
  const entities = new Map<string, Entity>();
  const mentionEntity: MentionIndex = new Map();
  const people = new Map<string, PersonRecord[]>();
  const placeBySkeleton = new Map<string, string>();
  const orgByInitials = new Map<string, string>();
  // A release's defined terms ('("Veltria" or "the Company")') hold only in its own document.
  const definedTerms = new Map<string, Map<string, string>>();
  const definedIn = (doc: string) => definedTerms.get(doc) ?? definedTerms.set(doc, new Map()).get(doc)!;

  const ensure = (key: string, kind: EntityKind, label: string, state?: string): Entity => {
    let entity = entities.get(key);
    if (!entity) {
      entity = { key, kind, label, surfaces: new Map(), mentions: 0, docs: new Set(), mentionsIn: new Map(), titles: new Map(), affiliations: new Map(), state, descriptions: new Map() };
      entities.set(key, entity);
    }
    return entity;
  };
  const stateEntity = (m: NameOccurrence): string => {
    const key = `state:${m.state}`;
    ensure(key, "state", lexicon.states.get(m.state!)?.label ?? m.surface, m.state);
    return key;
  };
  // A defined term ("the Company") counts as a mention but is no name to label the entity by.
  const record = (entity: Entity, m: NameOccurrence, doc: string, isName = true) => {
    if (isName) entity.surfaces.set(m.surface, (entity.surfaces.get(m.surface) ?? 0) + m.count);
    if (m.regionHead) {
      const named = `${m.surface} ${m.regionHead}`;
      entity.surfaces.set(named, (entity.surfaces.get(named) ?? 0) + m.count);
    }
    entity.mentions += m.count;
    entity.docs.add(doc);
    entity.mentionsIn.set(doc, (entity.mentionsIn.get(doc) ?? 0) + m.count);
    if (m.title) entity.titles.set(m.title, (entity.titles.get(m.title) ?? 0) + m.count);
    if (m.description) entity.descriptions.set(m.description, (entity.descriptions.get(m.description) ?? 0) + 1);
    if (m.affiliation && entity.kind === "person") {
      const list = entity.affiliations.get(m.affiliation) ?? [];
      list.push({ doc, sentence: m.sentence });
      entity.affiliations.set(m.affiliation, list);
    }
  };

  // Pass 1: mentions whose kind and name are settled by themselves.
  // A name the corpus surely calls an organisation ("Yeni Metal-İş chairman Kemal Arıkan") is one where a mention only guesses a person.
  const surelyOrganizations = new Set(docs.flatMap((doc) => doc.names.filter((m) => m.kind === "organization" && m.strong).map((m) => nameKey(m.surface))));
  const deferred: { doc: DocumentNames; m: NameOccurrence }[] = [];
  for (const doc of docs) {
    const keys = new Map<string, string>();
    mentionEntity.set(doc.name, keys);
    const shortForms = organizationShortForms(doc);
    for (const m of doc.names) {
        let key: string | undefined;
        const fullName = m.strong && m.kind !== "organization" && m.kind !== "unknown" ? undefined : shortForms(m.surface);
        if (fullName) {
          key = fullName.key;
          ensure(key, "organization", fullName.surface);
        } else if (m.kind === "state" && m.state && !BLOC_SEATS.has(nameKey(m.surface))) {
          // A bloc's seat ("Brussels") is read in pass 2, once the bloc's own mentions have their entity.
          key = stateEntity(m);
        } else if (m.kind === "place" && m.strong) {
          key = placeKey(m);
          ensure(key, "place", m.surface);
          const bare = `place:${nameWords(m.facilityOf ?? m.surface).map(skeleton).join("-")}`;
          if (!placeBySkeleton.has(bare) || key === bare) placeBySkeleton.set(bare, key);
        } else if (m.kind === "organization" && m.strong && !isAcronym(m.surface) || m.kind === "person" && !m.strong && surelyOrganizations.has(nameKey(m.surface))) {
          key = `organization:${nameKey(m.surface)}`;
          ensure(key, "organization", m.surface);
          const initials = nameWords(m.surface).filter((w) => !INITIALS_SKIPPED.has(w)).map((w) => w[0]).join("");
          if (initials.length >= 2) orgByInitials.set(initials, key);
          if (m.acronym) orgByInitials.set(m.acronym, key);
          for (const term of m.definedAs ?? []) definedIn(doc.name).set(term, key);
        } else if (m.kind === "person" && nameWords(m.surface).length >= 2 && (m.strong || !trailingOfFullName(m.surface, doc))) {
          key = personKey(people, m.surface, m.count);
          ensure(key, "person", m.surface);
        }
        if (key) {
          keys.set(m.signature, key);
          record(entities.get(key)!, m, doc.name);
        } else {
          deferred.push({ doc, m });
        }
    }
  }

  // Pass 2: single names, weak guesses and unknowns, read against what pass 1 found.
  const docPeople = new Map<string, DocumentPeople>();
  for (const entity of entities.values()) {
    if (entity.kind !== "person") continue;
    const words = nameWords(entity.label);
    for (const doc of entity.docs) {
      const found = docPeople.get(doc) ?? { keys: new Set(), byFirstName: new Map(), byInnerName: new Map() };
      found.keys.add(entity.key);
      addToIndex(found.byFirstName, words[0], entity.key);
      for (const inner of new Set(words.slice(1, -1))) addToIndex(found.byInnerName, inner, entity.key);
      docPeople.set(doc, found);
    }
  }
  const weakCounts = new Map<string, number>();
  for (const { m } of deferred) weakCounts.set(nameKey(m.surface), (weakCounts.get(nameKey(m.surface)) ?? 0) + m.count);

  for (const { doc, m } of deferred) {
    const words = nameWords(m.surface);
    const defined = words.length === 1 ? definedTerms.get(doc.name)?.get(words[0]!) : undefined;
    let key: string | undefined = defined;
    // "Brussels wanted Indonesia to comply" in a story about the EU: the bloc, not Belgium.
    if (m.kind === "state" && m.state) {
      const inDocument = new Set(mentionEntity.get(doc.name)!.values());
      key = BLOC_SEATS.get(nameKey(m.surface))?.find((bloc) => inDocument.has(bloc)) ?? stateEntity(m);
    }
    if (!key && words.length === 1) key = singleName(words[0]!, people, docPeople.get(doc.name));
    if (!key && words.length >= 1) {
      const place = placeBySkeleton.get(`place:${words.map(skeleton).join("-")}`);
      if (place && (m.kind === "place" || m.kind === "unknown")) key = place;
    }
    // "Thapa Magar" for "Mukesh Thapa Magar": the last words of one person the document names in full.
    if (!key && words.length >= 2 && m.kind !== "place" && m.kind !== "organization") key = trailingName(words, docPeople.get(doc.name), entities);
    if (!key && words.length === 1 && m.kind === "organization") {
      // The same name classed surely elsewhere ("Consumer group Idec" earlier) is that organisation.
      key = orgByInitials.get(words[0]!) ?? (entities.has(`organization:${words[0]}`) ? `organization:${words[0]}` : undefined);
      // An acronym names an organisation from its first mention ("PSOE", "DİSK"); a single capitalised word must recur.
      if (!key && (m.strong || isAcronym(m.surface) || (weakCounts.get(words[0]!) ?? 0) >= 2)) {
        key = `organization:${words[0]}`;
        ensure(key, "organization", m.surface);
      }
    }
    // "WALHI NTT urged…": a group named in several words that acts.
    if (!key && /\s/.test(m.surface.trim()) && m.kind === "organization") {
      key = `organization:${nameKey(m.surface)}`;
      ensure(key, "organization", m.surface);
    }
    if (!key && m.kind === "person") {
      key = words.length >= 2 ? personKey(people, m.surface, m.count) : `person:${words[0]}`;
      ensure(key, "person", m.surface);
    }
    if (!key && m.kind === "place") {
      key = placeKey(m);
      ensure(key, "place", m.surface);
    }
    if (key) {
      mentionEntity.get(doc.name)!.set(m.signature, key);
      record(entities.get(key)!, m, doc.name, !defined);
    }
  }

  for (const entity of entities.values()) entity.label = chooseLabel(entity);
  return { entities, mentionEntity };
}

/** Seats that stand for a bloc in the stories that name it: "Brussels" acting is the EU, or its Commission. */
const BLOC_SEATS: ReadonlyMap<string, readonly string[]> = new Map([["brussels", ["organization:european union", "organization:european commission"]]]);

/**
 * "Kestrel" for "Kestrel Harbour Capital", "Granite Arch" for "Granite Arch Capital", "Aoba" for
 * "Aoba Partners": a name that is a run of the words of exactly one organisation the document names
 * in full is that organisation. A run of head words alone ("Capital", "Council") names none.
 */
function organizationShortForms(doc: DocumentNames): (surface: string) => { key: string; surface: string } | undefined {
  const full = new Map<string, { key: string; surface: string; words: string[] }>();
  for (const m of doc.names) {
    if (m.kind !== "organization" || !m.strong || isAcronym(m.surface)) continue;
    const words = nameWords(m.surface);
    if (words.length >= 2) full.set(words.join(" "), { key: `organization:${nameKey(m.surface)}`, surface: m.surface, words });
  }
  return (surface) => {
    const words = nameWords(surface);
    // "Shippers' Council" for "Nigerian Shippers' Council": the same name without the word that places it.
    const placed = [...full.values()].filter((org) => org.words.length === words.length + 1 && words.every((w, k) => org.words[k + 1] === w) && /(?:an|ish|ese|i)$/.test(org.words[0]!));
    if (words.length >= 2 && placed.length === 1) return placed[0];
    // "Congress" in a story naming one "Nepali Congress": a head word alone is the one body it heads there.
    // So is "Council" in one naming the "Council of Provincial University Presidents": the word before "of" heads that name.
    const headOf = (org: { words: string[] }) => (org.words.includes("of") ? org.words[org.words.indexOf("of") - 1] : org.words[org.words.length - 1]);
    const headed = words.length === 1 && ORGANIZATION_HEADS.has(words[0]!) ? [...full.values()].filter((org) => headOf(org) === words[0]) : [];
    if (headed.length === 1) return headed[0];
    if (!words.length || full.has(words.join(" ")) || words.every((w) => ORGANIZATION_HEADS.has(w) || CONNECTOR_WORDS.has(w))) return undefined;
    const fits = [...full.values()].filter((org) => org.words.length > words.length && org.words.some((_, i) => words.every((w, k) => org.words[i + k] === w)));
    return fits.length === 1 ? fits[0] : undefined;
  };
}

const CONNECTOR_WORDS = new Set(["of", "the", "and", "for", "de", "la", "el"]);

/** Finds or creates the person a full name belongs to: same surname skeleton, compatible first name. */
function personKey(people: Map<string, PersonRecord[]>, surface: string, count: number): string {
  const words = nameWords(surface);
  const surname = skeleton(words[words.length - 1]!);
  const first = words[0]!;
  const records = people.get(surname) ?? [];
  // An initial ("V. Putin") matches any first name it opens; whole first names must match (Kubo / Kobayashi Tetsuya are two people).
  const initial = (name: string) => name.length === 1;
  let found = records.find((r) => [...r.firstNames].some((f) => f === first || skeleton(f) === skeleton(first) || (initial(f) || initial(first)) && f[0] === first[0]));
  if (!found) {
    found = { key: `person:${words.join("-")}`, surname, firstNames: new Set([first]), mentions: 0 };
    records.push(found);
    people.set(surname, records);
  }
  found.firstNames.add(first);
  found.mentions += count;
  return found.key;
}

/** Pass 1's people of one document, indexed by their first and inner names. */
interface DocumentPeople {
  keys: Set<string>;
  byFirstName: Map<string, string[]>;
  byInnerName: Map<string, string[]>;
}

function addToIndex(index: Map<string, string[]>, word: string | undefined, key: string): void {
  if (word === undefined) return;
  const keys = index.get(word);
  if (keys) keys.push(key);
  else index.set(word, [key]);
}

/** "Thapa Magar" beside "Mukesh Thapa Magar" in one document: the short form waits for the full name's entity. */
function trailingOfFullName(surface: string, doc: DocumentNames): boolean {
  const words = nameWords(surface);
  return doc.names.some((n) => n.kind === "person" && n.surface !== surface && nameWords(n.surface).length > words.length && nameWords(n.surface).slice(-words.length).join(" ") === words.join(" "));
}

/** The one person of the document whose full name ends with these words. */
function trailingName(words: readonly string[], inDoc: DocumentPeople | undefined, entities: ReadonlyMap<string, Entity>): string | undefined {
  const fits = [...(inDoc?.keys ?? [])].filter((key) => {
    const full = nameWords(entities.get(key)!.label);
    return full.length > words.length && words.every((w, k) => full[full.length - words.length + k] === w);
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** A surname or first name alone: the person of this document (or else the corpus) it belongs to. */
function singleName(word: string, people: Map<string, PersonRecord[]>, inDoc: DocumentPeople | undefined): string | undefined {
  const bySurname = (people.get(skeleton(word)) ?? []).slice().sort((a, b) => b.mentions - a.mentions);
  // The document's own people come first, then the corpus's.
  const ownBySurname = bySurname.find((record) => inDoc?.keys.has(record.key));
  if (ownBySurname) return ownBySurname.key;
  // "Lee" for "Lee Jae-myung": a family name written first.
  const byFirst = inDoc?.byFirstName.get(word) ?? [];
  if (byFirst.length === 1) return byFirst[0];
  // "Restrepo" for "Lucia Restrepo Arango", "Lula" for "Luiz Inacio Lula da Silva": one of two surnames.
  const byInnerName = inDoc?.byInnerName.get(word) ?? [];
  if (byInnerName.length === 1) return byInnerName[0];
  return bySurname[0]?.key;
}

/**
 * The most frequent full form; for people the most frequent name of two words or more; for an
 * organisation its full name rather than a short form or acronym the texts use more often
 * ("Kestrel Harbour Capital", not "Kestrel"; "Turkish Football Federation", not "TFF").
 */
function chooseLabel(entity: Entity): string {
  if (entity.kind === "state") return entity.label;
  const candidates = [...entity.surfaces.entries()].filter(([s]) => entity.kind !== "person" || nameWords(s).length >= 2);
  const pool = candidates.length ? candidates : [...entity.surfaces.entries()];
  pool.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]));
  const chosen = pool[0]?.[0] ?? entity.label;
  if (entity.kind !== "organization") return chosen;
  const short = nameWords(chosen);
  const fuller = pool.filter(([s]) => {
    const words = nameWords(s);
    return words.length > short.length && (isAcronym(chosen) || words.some((_, i) => short.every((w, k) => words[i + k] === w)));
  });
  fuller.sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]));
  return (fuller[0]?.[0] ?? chosen).replace(/^the\s+/i, "");
}
