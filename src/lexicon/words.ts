/**
 * Word classes from compromise's English lexicon (first and last names, honorifics, calendar
 * words, organizations, the common vocabulary), plus the political titles and seats of power
 * that news uses to introduce people and states.
 */
import { createRequire } from "node:module";
import { PERSON_NOUNS } from "./person-nouns.js";

export interface WordClasses {
  firstNames: Set<string>;
  lastNames: Set<string>;
  honorifics: Set<string>;
  calendar: Set<string>;
  organizations: Set<string>;
  /** Lower-case dictionary words: a capitalised one at the start of a sentence is no name. */
  common: Set<string>;
  /** Conjunctions, prepositions, determiners, question words and pronouns: "If Congress…" opens with no part of a name. */
  functionWords: Set<string>;
}

const NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName"]);
const FUNCTION_TAGS = new Set(["Conjunction", "Preposition", "Determiner", "QuestionWord", "Pronoun"]);
const PROPER_TAGS = new Set([
  "FirstName", "MaleName", "FemaleName", "LastName", "City", "Country", "Place", "Region", "Organization",
  "ProperNoun", "Demonym", "SportsTeam", "Person", "Month", "WeekDay", "Honorific", "Abbreviation",
]);

/** compromise is required here, when the lexicon loads: importing this module for its constants must not load it. */
export function loadWordClasses(): WordClasses {
  const nlp = createRequire(import.meta.url)("compromise") as typeof import("compromise").default;
  // compromise types its world as a bare object; the lexicon is a word → tag(s) record.
  const world = nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } };
  const lexicon = world.model.one.lexicon;
  const classes: WordClasses = {
    firstNames: new Set(), lastNames: new Set(), honorifics: new Set(), calendar: new Set(), organizations: new Set(), common: new Set(), functionWords: new Set(),
  };
  for (const [word, tagOrTags] of Object.entries(lexicon)) {
    const tags = Array.isArray(tagOrTags) ? tagOrTags : [tagOrTags];
    if (tags.some((t) => NAME_TAGS.has(t))) classes.firstNames.add(word);
    if (tags.includes("LastName")) classes.lastNames.add(word);
    if (tags.includes("Honorific")) classes.honorifics.add(word);
    if (tags.includes("Month") || tags.includes("WeekDay") || tags.includes("Date") || tags.includes("Holiday")) classes.calendar.add(word);
    if (tags.includes("Organization")) classes.organizations.add(word);
    if (!tags.some((t) => PROPER_TAGS.has(t))) classes.common.add(word);
    if (tags.some((t) => FUNCTION_TAGS.has(t))) classes.functionWords.add(word);
  }
  for (const word of EXTRA_COMMON) classes.common.add(word);
  // Malaysian honours too ("Datuk Khairul Anwar Idris", "Tan Sri Zulkifli Hamzah"); the two-word ones are read as pairs in mentions.ts.
  for (const word of ["sir", "dame", "lord", "mr", "mrs", "ms", "dr", "datuk", "dato", "datin", "tun", "tan sri", "datuk seri", "toh puan"]) classes.honorifics.add(word);
  return classes;
}

/** Function words and sentence openers the lexicon tags only as parts of phrases. */
const EXTRA_COMMON = [
  "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
  "in", "on", "at", "by", "for", "from", "with", "without", "after", "before", "during", "despite", "since", "until", "as", "if", "but",
  "and", "or", "so", "yet", "while", "when", "where", "what", "who", "how", "why", "meanwhile", "however", "previously", "earlier",
  "later", "regarding", "according", "also", "still", "both", "all", "any", "some", "several", "many", "most", "one", "two", "three",
  "four", "five", "key", "main", "new", "other", "such", "no", "not", "there", "here", "then", "now", "today", "yesterday", "tomorrow",
  "category", "politics", "source", "share", "photos", "photo", "comments", "published", "updated", "related", "world", "news",
];

/**
 * Titles and role words that stand before a person's name ("Kremlin spokesman Dmitry Peskov",
 * "Secretary of State Marco Rubio"). Lower-case keys; multi-word titles are sequences of these.
 */
export const TITLE_WORDS = new Set([
  "president", "presidential", "vice", "prime", "minister", "ministers", "chancellor", "premier", "spokesman", "spokeswoman",
  "spokesperson", "press", "secretary", "aide", "envoy", "special", "adviser", "advisor", "national", "security", "foreign",
  "defence", "defense", "interior", "finance", "economy", "energy", "justice", "deputy", "leader", "dictator", "ambassador",
  "general", "commander", "chief", "executive", "head", "senator", "sen", "governor", "mayor", "king", "queen", "prince", "princess", "crown",
  "sheikh", "emir", "sultan", "pope", "ayatollah", "supreme", "negotiator", "chairman", "chairwoman", "chair", "speaker",
  "director", "commissioner", "diplomat", "mediator", "marshal", "colonel", "lieutenant", "major", "captain", "admiral",
  "representative", "rep", "lawmaker", "mp", "peace", "top", "former", "state", "of", "the", "informal", "senior",
  "army", "military", "intelligence", "opposition", "acting", "interim", "first", "lady", "secretary-general", "co-leader",
  "co-chair", "bishop", "archbishop", "cardinal", "imam", "rabbi", "commodore", "gen", "brig", "col", "lt", "maj",
]);

/** Title words that carry the title on their own (the rest qualify them: "peace", "special"). */
export const HEAD_TITLES = new Set([
  "president", "chancellor", "premier", "spokesman", "spokeswoman", "spokesperson", "secretary", "aide", "envoy", "adviser",
  "advisor", "minister", "leader", "dictator", "ambassador", "general", "commander", "chief", "senator", "governor", "mayor",
  "king", "queen", "prince", "princess", "sheikh", "emir", "sultan", "pope", "ayatollah", "negotiator", "chairman", "chairwoman",
  "speaker", "director", "commissioner", "diplomat", "mediator", "marshal", "colonel", "lieutenant", "captain", "admiral",
  "representative", "lawmaker", "mp", "head", "secretary-general", "co-leader", "co-chair", "chair", "bishop", "archbishop", "cardinal",
  "imam", "rabbi", "commodore", "gen", "brig", "col", "lt", "maj",
]);

/**
 * Role nouns that make a name in apposition a person ("Reem Abdel-Ghani, a researcher at…"),
 * besides the head titles.
 */
export const PERSON_ROLES = new Set([
  "researcher", "economist", "analyst", "expert", "professor", "scholar", "fellow", "historian", "official", "officer", "midwife",
  "nurse", "doctor", "farmer", "fisherman", "worker", "activist", "campaigner", "lawyer", "teacher", "student", "journalist",
  "member", "founder", "co-founder", "organiser", "organizer", "resident", "mother", "father", "widow", "veteran", "lecturer",
  "consultant", "strategist", "trader", "owner", "driver", "engineer", "physician", "surgeon", "pastor", "priest", "candidate",
  "politician", "legislator", "delegate", "coordinator", "manager",
]);

/** A noun naming a person by role: the hand lists, then WordNet's nouns whose first sense is a person. */
export function isPersonNoun(word: string): boolean {
  return PERSON_ROLES.has(word) || HEAD_TITLES.has(word) || PERSON_NOUNS.has(word);
}

/** Nouns that make a name in apposition an organisation ("Jamaat-e-Islami, the largest Islamist party"). */
export const ORGANIZATION_APPOSITIONS = new Set([
  "party", "group", "militia", "movement", "bloc", "alliance", "coalition", "agency", "organisation", "organization", "union",
  "federation", "association", "company", "firm", "network", "mission", "force", "body", "watchdog", "charity", "rebels",
]);

/** Group nouns that, right before a name, say what the name is ("private equity firm Aoba Partners", "consumer group Idec"). */
export const GROUP_NOUNS = new Set([
  ...ORGANIZATION_APPOSITIONS, "fund", "regulator", "insurer", "lender", "carrier", "operator", "broadcaster", "platform", "consortium",
  "chamber", "council", "authority", "ministry", "confederation", "conglomerate", "manufacturer", "producer", "exporter", "bank",
  "airline", "club", "league", "committee", "commission", "association", "foundation", "institute", "think-tank", "newspaper",
]);

/**
 * Seats of power that stand for their state when they act ("the Kremlin said").
 * Keyed by name, valued by ISO alpha-3 code.
 */
export const SEATS_OF_POWER: Record<string, string> = {
  kremlin: "RUS",
  "white house": "USA",
  "downing street": "GBR",
  elysee: "FRA",
  "elysee palace": "FRA",
  bankova: "UKR",
  "zhongnanhai": "CHN",
  "blue house": "KOR",
  pentagon: "USA",
  "state department": "USA",
  "foreign office": "GBR",
  "quai d orsay": "FRA",
};

/**
 * Head nouns of organisation names ("National Security Council", "Coalition of the Willing").
 * A capitalised span that contains one is an organisation.
 */
/** Firms name themselves by their trade: "Kestrel Harbour Capital", "Kaisei Telecom", "Arena Medya". */
export const TRADE_HEADS = new Set([
  "capital", "management", "partners", "holdings", "investments", "ventures", "securities", "insurance", "assurance", "telecom",
  "telecoms", "telekom", "telecommunications", "mobility", "digital", "pharma", "pharmaceuticals", "chemical", "chemicals", "motors",
  "media", "medya", "logistics", "shipping", "airways", "technologies", "systems", "brands", "foods", "mining", "petroleum", "energy",
  "lines", "church", "seluler", "sekuritas", "seiki", "shoji", "kosan", "sangyo", "kogyo", "denki", "seiko", "tbk",
]);

export const ORGANIZATION_HEADS = new Set([
  "council", "ministry", "organization", "organisation", "union", "coalition", "committee", "agency", "party", "forces", "army",
  "navy", "bank", "fund", "court", "parliament", "assembly", "commission", "department", "institute", "university", "alliance",
  "movement", "brigade", "brigades", "guard", "service", "authority", "corporation", "company", "inc", "ltd", "group", "association",
  "federation", "administration", "cabinet", "duma", "senate", "congress", "rada", "knesset", "militia", "front", "office",
  "secretariat", "programme", "program", "network", "foundation", "bureau", "directorate", "command", "mission", "court",
  "tribunal", "summit", "forum", "club", "league", "partnership", "initiative", "board", "police", "regime", "government",
  "conference", "chamber", "airlines", "industries", "centre", "center", "panel", "society", "trust", "international", "community", "house",
  ...TRADE_HEADS,
  // Organisations in other languages: "Sindicato de Inquilinas", "Collectif Eau Claire", "Métropole de Lyon".
  "sindicato", "syndicat", "gewerkschaft", "instituto", "institut", "fundación", "fundação", "fondation", "stiftung", "asociación",
  "associação", "federación", "federação", "fédération", "confederación", "confédération", "partido", "parti", "partei", "frente",
  "movimiento", "movimento", "comité", "comisión", "comissão", "conseil", "consejo", "conselho", "collectif", "colectivo",
  "métropole", "ministère", "ministerio", "ministério", "kementerian", "persatuan", "perikatan", "verband", "bund",
]);

/**
 * Last words of a capitalised place name ("Mekong River", "Second Thomas Shoal", "Kenyatta National
 * Hospital"), or first words before "of" ("Gulf of Thailand").
 */
export const PLACE_NAME_HEADS = new Set([
  "river", "sea", "strait", "straits", "shoal", "gulf", "delta", "dam", "hospital", "island", "islands", "canal", "lake", "bay",
  "ocean", "mountains", "desert", "reef", "basin", "plateau", "corridor", "airport", "stadium", "bridge", "square", "city",
  "valley",
]);

/** Head nouns of facilities and venues: "Zaporizhzhia nuclear power station", "Mar-a-Lago club". */
export const FACILITY_HEADS = new Set([
  "plant", "station", "airport", "port", "base", "hub", "palace", "square", "stadium", "bridge", "dam", "club", "hotel", "hospital",
  "refinery", "mine", "pipeline", "terminal", "crossing", "checkpoint", "camp", "prison", "cathedral", "mosque", "church", "canal",
  "temple", "post", "reservoir", "monastery", "barracks", "reactor", "highway", "railway", "corridor",
]);

/** Nouns after a name that make it a region ("the Donetsk region", "Donetsk and Luhansk regions"). */
export const REGION_HEADS = new Set([
  "region", "regions", "oblast", "oblasts", "province", "provinces", "area", "district", "districts", "governorate", "state",
  "peninsula", "valley", "strip", "bank", "territory", "county", "city", "town", "village", "capital",
]);
