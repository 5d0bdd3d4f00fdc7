/**
 * Stance cues as data: each row says which word (by lemma and part of speech) signals a demand,
 * a rejection or a proposal, and where its content sits. The frame matcher
 * (pipeline/stances/frames.ts) is generic: adding a cue is adding a row here.
 * The classes follow the annotation guide (FORMAT.md) and CAMEO's DEMAND, REJECT and PROPOSE.
 */
import type { StanceRelation } from "../model/graph.js";
import { row, type CueRow } from "./cue-row.js";
import { WORDNET_ROWS } from "./cues-wordnet.js";

export type { ContentSite, CuePart, CueRow } from "./cue-row.js";

/** Rows written by hand from the annotation guide (FORMAT.md). */
const GUIDE_ROWS: readonly CueRow[] = [
  // Demands.
  row("demand", "verb", "demanded", "addressee", 0.85),
  row("insist", "verb", "demanded", "object", 0.8),
  row("urge", "verb", "demanded", "addressee", 0.8),
  row("call for", "verb", "demanded", "object", 0.85),
  row("call on", "verb", "demanded", "addressee", 0.85),
  row("call upon", "verb", "demanded", "addressee", 0.85),
  row("press", "verb", "demanded", "addressee", 0.7),
  row("press for", "verb", "demanded", "object", 0.8),
  row("push for", "verb", "demanded", "object", 0.8),
  row("push", "verb", "demanded", "addressee", 0.6),
  row("want", "verb", "demanded", "addressee", 0.7),
  row("seek", "verb", "demanded", "object", 0.7),
  row("require", "verb", "demanded", "addressee", 0.65),
  row("ask", "verb", "demanded", "addressee", 0.7),
  row("ask for", "verb", "demanded", "object", 0.75),
  row("request", "verb", "demanded", "addressee", 0.75),
  row("appeal for", "verb", "demanded", "object", 0.75),
  row("appeal to", "verb", "demanded", "addressee", 0.7),
  row("condition on", "verb", "demanded", "object", 0.6),
  row("demand", "noun", "demanded", "object", 0.8),
  row("call", "noun", "demanded", "object", 0.7),
  row("condition", "noun", "demanded", "object", 0.65),
  row("precondition", "noun", "demanded", "object", 0.7),
  row("insistence", "noun", "demanded", "object", 0.75),
  row("request", "noun", "demanded", "object", 0.7),
  row("need", "noun", "demanded", "object", 0.6, { restatedOnly: true }),
  row("non-negotiable", "adjective", "demanded", "subject", 0.7),
  row("negotiable", "adjective", "demanded", "subject", 0.65, { negatedOnly: true }),
  row("determined", "adjective", "demanded", "object", 0.65),
  row("committed", "adjective", "demanded", "object", 0.6),
  // Rejections.
  row("reject", "verb", "rejected", "object", 0.85),
  row("refuse", "verb", "rejected", "object", 0.8),
  row("rule out", "verb", "rejected", "object", 0.85),
  row("dismiss", "verb", "rejected", "object", 0.75),
  row("oppose", "verb", "rejected", "object", 0.75),
  row("rebuff", "verb", "rejected", "object", 0.8),
  row("spurn", "verb", "rejected", "object", 0.8),
  row("turn down", "verb", "rejected", "object", 0.8),
  row("walk away from", "verb", "rejected", "object", 0.7),
  row("object to", "verb", "rejected", "object", 0.75),
  row("veto", "verb", "rejected", "object", 0.8),
  row("decline", "verb", "rejected", "object", 0.6),
  row("accept", "verb", "rejected", "object", 0.8, { negatedOnly: true }),
  row("agree to", "verb", "rejected", "object", 0.75, { negatedOnly: true }),
  row("discuss", "verb", "rejected", "object", 0.75, { negatedOnly: true, includesVerb: true }),
  row("negotiate", "verb", "rejected", "object", 0.7, { negatedOnly: true, includesVerb: true }),
  row("cede", "verb", "rejected", "object", 0.8, { negatedOnly: true, includesVerb: true }),
  row("allow", "verb", "rejected", "object", 0.65, { negatedOnly: true, includesVerb: true }),
  row("let", "verb", "rejected", "object", 0.6, { negatedOnly: true, includesVerb: true, refusalOnly: true }),
  row("permit", "verb", "rejected", "object", 0.65, { negatedOnly: true, includesVerb: true, refusalOnly: true }),
  row("tolerate", "verb", "rejected", "object", 0.75, { negatedOnly: true, includesVerb: true }),
  row("recognize", "verb", "rejected", "object", 0.7, { negatedOnly: true, includesVerb: true }),
  row("recognise", "verb", "rejected", "object", 0.7, { negatedOnly: true, includesVerb: true }),
  row("hand over", "verb", "rejected", "object", 0.75, { negatedOnly: true, includesVerb: true }),
  row("surrender", "verb", "rejected", "object", 0.75, { negatedOnly: true, includesVerb: true }),
  row("give up", "verb", "rejected", "object", 0.75, { negatedOnly: true, includesVerb: true }),
  row("suspend", "verb", "rejected", "object", 0.65, { negatedOnly: true, includesVerb: true }),
  row("rejection", "noun", "rejected", "object", 0.75),
  row("refusal", "noun", "rejected", "object", 0.75),
  row("opposition", "noun", "rejected", "object", 0.6),
  row("unacceptable", "adjective", "rejected", "subject", 0.75),
  row("non-starter", "noun", "rejected", "subject", 0.7),
  // Proposals.
  row("propose", "verb", "proposed", "object", 0.85),
  row("offer", "verb", "proposed", "object", 0.8),
  row("suggest", "verb", "proposed", "object", 0.6),
  row("put forward", "verb", "proposed", "object", 0.85),
  row("float", "verb", "proposed", "object", 0.7),
  row("unveil", "verb", "proposed", "object", 0.75),
  row("present", "verb", "proposed", "object", 0.6),
  row("table", "verb", "proposed", "object", 0.7),
  row("submit", "verb", "proposed", "object", 0.65),
  row("proposal", "noun", "proposed", "object", 0.75),
  row("offer", "noun", "proposed", "object", 0.75),
  row("plan", "noun", "proposed", "object", 0.55),
  row("initiative", "noun", "proposed", "object", 0.55),
  row("ready", "adjective", "proposed", "object", 0.7, { conditional: true }),
  row("willing", "adjective", "proposed", "object", 0.7, { conditional: true }),
  row("prepared", "adjective", "proposed", "object", 0.65, { conditional: true }),
  row("open", "adjective", "proposed", "object", 0.55, { conditional: true }),
];

/** Idioms and phrasal verbs of news copy, which WordNet lists rarely or not at all. */
const IDIOM_ROWS: readonly CueRow[] = [
  row("push back against", "verb", "rejected", "object", 0.75),
  row("push back on", "verb", "rejected", "object", 0.75),
  row("pour cold water on", "verb", "rejected", "object", 0.75),
  row("balk at", "verb", "rejected", "object", 0.75),
  row("baulk at", "verb", "rejected", "object", 0.75),
  row("say no to", "verb", "rejected", "object", 0.75),
  row("draw a red line at", "verb", "rejected", "object", 0.7),
  row("hear of", "verb", "rejected", "object", 0.7, { negatedOnly: true }),
  row("hold out for", "verb", "demanded", "object", 0.75),
  row("lobby for", "verb", "demanded", "object", 0.75),
  row("lobby", "verb", "demanded", "addressee", 0.65),
  row("champion", "verb", "demanded", "object", 0.6),
  row("pitch", "verb", "proposed", "object", 0.65),
  row("put on the table", "verb", "proposed", "object", 0.7),
  row("fall short", "verb", "rejected", "subject", 0.65),
];

/** Evaluations that reject what they judge: "X is unworkable", "called the plan a provocation". */
const EVALUATION_ROWS: readonly CueRow[] = [
  ...["unworkable", "unrealistic", "unaffordable", "insufficient", "inadequate", "unconstitutional", "unjustified", "untenable", "illegitimate", "absurd"]
    .map((lemma) => row(lemma, "adjective", "rejected", "subject", 0.65)),
  row("provocation", "noun", "rejected", "subject", 0.6),
  row("red line", "noun", "rejected", "subject", 0.65),
  row("waste", "noun", "rejected", "subject", 0.55),
  // "An outright ban is off the table", "revocation is not an option", "the plan is dead on arrival".
  ...["off the table", "out of the question", "dead on arrival"].map((lemma) => row(lemma, "adjective", "rejected", "subject", 0.65)),
  row("option", "noun", "rejected", "subject", 0.6, { negatedOnly: true }),
];

/** Every cue row, with where it came from (counted in the README). */
export const CUES: readonly CueRow[] = [...GUIDE_ROWS, ...IDIOM_ROWS, ...EVALUATION_ROWS, ...WORDNET_ROWS];
export const CUE_SOURCES = { guide: GUIDE_ROWS.length, idioms: IDIOM_ROWS.length, evaluations: EVALUATION_ROWS.length, wordnet: WORDNET_ROWS.length } as const;

/**
 * "will not", "would never": the subject refuses the act, whatever the verb ("Brasilia would not
 * reopen negotiations"), except for these verbs, which say nothing of a stance.
 */
export const REFUSAL_MODALS: ReadonlySet<string> = new Set(["will", "would", "wo", "shall"]);
/** The cue row such a verb stands for: it refuses its own act ("reopening of negotiations"). */
export const REFUSAL_CUE: Omit<CueRow, "lemma"> = { part: "verb", relation: "rejected", content: "object", confidence: 0.6, negatedOnly: true, includesVerb: true };
/** Verbs of saying or telling: to decline or refuse them is to keep silent, not to reject a position ("declined to comment"). */
export const SILENCE_VERBS: ReadonlySet<string> = new Set(["say", "comment", "elaborate", "disclose", "specify", "speculate", "confirm", "reveal", "answer", "respond"]);
export const NOT_REFUSALS: ReadonlySet<string> = new Set([
  ...SILENCE_VERBS, "be", "have", "do", "know", "identify",
  "name", "happen", "last", "work", "survive", "succeed", "matter", "help", "get", "go", "come", "change", "close", "end", "need",
  "want", "see", "take", "make", "let", "give",
]);

/** Modal verbs of obligation: in reported speech ("X said Y must…") the speaker demands the clause. */
export const OBLIGATION_MODALS: ReadonlySet<string> = new Set(["must", "should"]);
/** "has to", "needs to": lemmas of verbs that make an obligation with a following "to". */
export const OBLIGATION_VERBS: ReadonlySet<string> = new Set(["have", "need"]);

/** Verbs that report speech or a stated position; their subject is the speaker of the clause after them. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  "say", "tell", "state", "add", "stress", "insist", "emphasise", "emphasize", "reiterate", "warn", "argue", "note", "declare",
  "announce", "write", "post", "confirm", "assert", "maintain", "claim", "reply", "respond", "explain", "repeat", "indicate",
  "make clear", "tell reporters",
]);

/** Speakers no one is named by: "some in Santiago say…", "critics argue…". */
export const UNNAMED_SPEAKERS: ReadonlySet<string> = new Set(["some", "many", "others", "critics", "analysts", "observers", "sceptics", "skeptics", "insiders"]);

/** Verbs whose complement is not the subject's stance: a denial, a report, a belief about someone else. */
export const NON_STANCE_FRAMES: ReadonlySet<string> = new Set(["deny", "believe", "think", "suspect", "fear", "doubt", "allege", "report", "rumour", "rumor", "speculate", "hope", "wonder"]);

/** Modals that make a cue hypothetical. */
export const HYPOTHETICAL_MODALS: ReadonlySet<string> = new Set(["may", "might", "could"]);

/** Words that open a condition or a doubt: a cue after one in its clause is no claim. */
export const CONDITION_WORDS: ReadonlySet<string> = new Set(["if", "unless", "whether"]);

/** Words before a cue that make it expected or possible rather than held. */
export const EXPECTATION_WORDS: ReadonlySet<string> = new Set(["expected", "likely", "unlikely", "set", "due", "poised", "considering", "weighing"]);

/** Definite descriptions that point back at a group actor ("the group", "the union"). */
/** Descriptions that never stand for a state ("the union" is not Kenya; "the government" may be). */
export const NON_STATE_DESCRIPTIONS: ReadonlySet<string> = new Set([
  "union", "movement", "militia", "rebels", "party", "federation", "company", "association", "fund", "bank", "agency",
  "organisation", "organization", "committee", "board", "forum", "operators", "employers", "workers", "court",
]);

/** Nouns after a demonym that make the state the actor ("Kenyan officials", "the Kyrgyz side"); other nouns name a group from there ("Kenyan clubs"). */
export const STATE_BODIES: ReadonlySet<string> = new Set([
  "government", "governments", "side", "delegation", "delegations", "officials", "official", "authorities", "authority", "ministers",
  "minister", "negotiators", "negotiator", "administration", "leaders", "leader", "leadership", "president", "army", "military",
  "forces", "troops", "diplomats", "diplomat", "envoy", "envoys", "cabinet", "parliament", "lawmakers", "state", "foreign", "defence",
  "defense", "prime", "navy", "coast", "regime", "junta", "embassy", "mission", "team",
]);

/** Descriptions of a state's own bodies: "the government" with no organisation of that name is the state named last. */
export const STATE_DESCRIPTIONS: ReadonlySet<string> = new Set(["government", "administration", "authorities", "cabinet", "republic", "kingdom"]);

export const GROUP_DESCRIPTIONS: ReadonlySet<string> = new Set([
  "group", "union", "movement", "government", "army", "military", "militia", "rebels", "bloc", "alliance", "coalition", "fund",
  "bank", "ministry", "administration", "authority", "authorities", "council", "party", "junta", "juntas", "mediators", "federation",
  "commission", "organisation", "organization", "agency", "company", "association", "delegation", "side", "leadership", "cabinet",
  "board", "committee", "body", "forum", "operators", "employers", "workers", "court", "republic", "kingdom", "regulator", "watchdog",
]);

/** "asked Trump to consider a security deal": asking someone to consider something proposes it (FORMAT.md). */
/** Time words a post-verbal adjunct names ("called on Tuesday for", "floated last year"); the adjunct is no content. */
export const TIME_ADJUNCT_NAMES: ReadonlySet<string> = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
]);
export const TIME_ADJUNCT_UNITS: ReadonlySet<string> = new Set(["week", "weekend", "month", "year", "night", "time"]);
export const TIME_ADVERBS: ReadonlySet<string> = new Set(["yesterday", "today", "tonight", "earlier", "again"]);

export const CONSIDER_VERBS: ReadonlySet<string> = new Set(["consider", "study", "examine", "weigh"]);

const COMPANY_NAME_WORDS = ["company", "industries", "corporation", "corp", "inc", "ltd", "plc", "holdings", "group", "airlines", "motors"];
/** "the regulator", "the watchdog": a public body that rules on others. */
const REGULATOR_NAME_WORDS = ["commission", "authority", "agency", "board", "office", "bureau", "regulator", "watchdog"];

/** Words an organisation's name may have for a description to mean it ("the company" → "Daehan Heavy Industries"); by default the description's own noun. */
export const DESCRIPTION_NAME_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ["company", COMPANY_NAME_WORDS],
  ["firm", [...COMPANY_NAME_WORDS, "pharma", "partners", "capital", "management"]],
  ["army", ["army", "forces", "military"]],
  ["military", ["army", "forces", "military"]],
  ["bloc", ["bloc", "community", "union", "alliance", "states", "association"]],
  ["militia", ["militia", "forces", "front", "movement", "brigades"]],
  ["rebels", ["front", "movement", "forces", "army", "militia"]],
  ["regulator", REGULATOR_NAME_WORDS],
  ["watchdog", REGULATOR_NAME_WORDS],
]);

/** Stance nouns that, with "the" or "that", point back at a position already named in the document. */
export const ANAPHORIC_STANCE_NOUNS: ReadonlyMap<string, StanceRelation> = new Map([
  ["offer", "proposed"], ["proposal", "proposed"], ["plan", "proposed"], ["idea", "proposed"], ["initiative", "proposed"], ["suggestion", "proposed"],
  ["demand", "demanded"], ["request", "demanded"], ["condition", "demanded"], ["call", "demanded"],
]);

/** Words that alone stand for any proposal ("the deal", "the plan"). */
export const GENERIC_REFERENTS: ReadonlySet<string> = new Set(["plan", "plans", "offer", "offers", "proposal", "proposals", "deal", "terms", "idea", "bid", "package", "suggestion", "option", "approach", "move", "initiative", "framework", "version", "text", "draft", "scheme", "bill"]);
/** Words that alone name a position only through what was said before them: those, and ones that need their own word ("any increase"). */
export const BARE_REFERENTS: ReadonlySet<string> = new Set([
  ...GENERIC_REFERENTS, "step", "steps", "measure", "measures", "period", "increase", "rise", "cut", "rule", "project", "demand", "demands",
  "request", "call", "condition", "conditions",
  // A lone quantity says how much of what the sentence before named ("We will never accept zero").
  "zero", "nothing", "none", "more", "less", "everything", "anything",
]);

/** Stance nouns that point back at a demand as readily as at a proposal ("the idea"). */
export const NEUTRAL_ANAPHORS: ReadonlySet<string> = new Set(["idea"]);

/**
 * "described the offer as…", "branded the scheme…", "called the measure…": verbs that characterise
 * their object; a characterisation of a position that is not praise rejects it.
 */
export const CHARACTERIZING_VERBS: ReadonlySet<string> = new Set(["describe", "brand", "call", "label", "dub", "term", "deride", "decry"]);
/** Head nouns of an object that name a position when it is characterised ("the union's pay demand", "the scheme"). */
export const POSITION_NOUNS: ReadonlySet<string> = new Set([
  ...ANAPHORIC_STANCE_NOUNS.keys(), "proposal", "plan", "scheme", "package", "deal", "bid", "measure", "move", "position", "terms", "valuation",
  "price", "rise", "increase", "cut", "ban", "cap", "levy", "tax", "licence", "license", "rule", "law", "bill", "decree", "formula", "compromise",
].filter((noun) => noun !== "call"));

/** Nouns that say only that something was put forward; a colon after them gives what ("a compromise: a fuel voucher"). */
export const VAGUE_CONTENT_NOUNS: ReadonlySet<string> = new Set([
  "idea", "compromise", "way", "proposal", "plan", "offer", "alternative", "solution", "option", "formula", "deal", "package", "scheme", "demand", "condition", "thing",
]);

/** "these issues were non-negotiable": a demonstrative with a generic noun points back to what was just named. */
export const GENERIC_ANAPHORIC_NOUNS: ReadonlySet<string> = new Set(["issue", "matter", "point", "question", "measure", "step", "term"]);

/** "a US-backed peace plan", "an Egyptian-drafted proposal": the name before the hyphen holds the stance noun. */
export const SPONSOR_PARTICIPLES: ReadonlySet<string> = new Set(["back", "broker", "draft", "sponsor", "propose", "author"]);

/** Stance nouns whose "that", "to" or "for" opens their content ("the demand that it disarm"), not a relative clause. */
export const COMPLEMENT_STANCE_NOUNS: ReadonlySet<string> = new Set(["demand", "call", "proposal", "offer", "plan", "request", "insistence", "condition", "idea", "suggestion"]);

/** "reiterated the need for…", "renewed its call for…": a verb restating a stance noun gives it its subject as holder. */
export const RESTATING_VERBS: ReadonlySet<string> = new Set(["reiterate", "repeat", "renew", "stress", "emphasise", "emphasize", "underline", "underscore", "restate", "voice", "highlight"]);

export const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  say: "said", tell: "told", write: "wrote", seek: "sought", make: "made", put: "put", hold: "held", draw: "drew", fall: "fell", give: "gave",
};

/** The finite forms of a verb lemma as a name before it would show them ("Hamas rejected", "Sonko says"). */
function finiteForms(lemma: string): string[] {
  const past = IRREGULAR_PAST[lemma] ?? (lemma.endsWith("e") ? `${lemma}d` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`);
  const third = /(?:s|sh|ch|x)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  return [past, third];
}

/**
 * Finite forms of the reporting and stance verbs: a name right before one is an actor (a person
 * or an organisation), which the mention stage uses to classify names no lexicon knows.
 */
export const ACTOR_VERB_FORMS: ReadonlySet<string> = new Set(
  [...REPORTING_VERBS, ...CUES.filter((c) => c.part === "verb" && !c.negatedOnly).map((c) => c.lemma)]
    .filter((lemma) => !lemma.includes(" "))
    .flatMap(finiteForms),
);
