/** The clause model on its own: verb groups, subjects, speakers, contents and coordinated parts, with no stance rule. */
import { describe, expect, it } from "vitest";
import { addresseeContent, contentAfter, speakerFor, splitCoordinated, subjectBefore, verbGroup, verbSubject, type T } from "../src/pipeline/stances/clause.js";
import { tagger } from "./helpers.js";

/** The tagged sentence and the index of the first token whose text is `word`. */
function at(sentence: string, word: string): { t: T; i: number } {
  const t = tagger.tag(sentence);
  const i = t.findIndex((token) => token.text === word);
  if (i < 0) throw new Error(`"${word}" is not a token of "${sentence}"`);
  return { t, i };
}
const words = (t: T, part: [number, number] | undefined) => (part ? t.slice(part[0], part[1] + 1).map((x) => x.text).join(" ") : undefined);
const text = (sentence: string, part: { start: number; end: number } | undefined) => (part ? sentence.slice(part.start, part.end) : undefined);

describe("the verb group", () => {
  it("reads negation, modality and voice", () => {
    const { t, i } = at("Kyiv would not accept the proposal.", "accept");
    expect(verbGroup(t, i)).toMatchObject({ negated: true, hypothetical: false, passive: false });
    const passive = at("The offer was rejected by the union.", "rejected");
    expect(verbGroup(passive.t, passive.i)).toMatchObject({ negated: false, passive: true });
    const may = at("The council may reject the plan.", "reject");
    expect(verbGroup(may.t, may.i)).toMatchObject({ hypothetical: true });
  });
  it("gives an infinitive its governing verb, and marks one that negates it", () => {
    const { t, i } = at("The union refused to rule out a strike.", "rule");
    expect(verbGroup(t, i)).toMatchObject({ negativeGovernor: true, start: t.findIndex((x) => x.text === "refused") });
    const expected = at("Ministers are expected to approve the budget.", "approve");
    expect(verbGroup(expected.t, expected.i)).toMatchObject({ expected: true });
  });
});

describe("the subject", () => {
  it("skips a relative clause holding a list, and an apposition's description", () => {
    const sentence = "The union, which represents technicians, radiographers and nurses, wants a 9% rise.";
    const { t, i } = at(sentence, "wants");
    expect(words(t, verbSubject(t, i))).toBe("The union");
    const apposition = at("The UN's humanitarian chief, Tom Fletcher, on Thursday demanded access.", "demanded");
    expect(words(apposition.t, verbSubject(apposition.t, apposition.i))).toBe("Tom Fletcher");
  });
  it("runs a noun phrase back through 'of' and an aside between dashes", () => {
    const { t, i } = at("The deployment of foreign troops was rejected.", "was");
    expect(words(t, subjectBefore(t, i))).toBe("The deployment of foreign troops");
    const dashes = at("The Alliance of Sahel States - Mali, Burkina Faso and Niger - demanded talks.", "demanded");
    expect(words(dashes.t, verbSubject(dashes.t, dashes.i))).toBe("The Alliance of Sahel States");
  });
});

describe("names in other alphabets' letters", () => {
  it("keeps a name with letters outside Latin-1 whole ('Arıkan's union', 'Wiśniewski'), as written", () => {
    const { t, i } = at("Arıkan's union is holding out for a 45% increase.", "holding");
    expect(words(t, verbSubject(t, i))).toBe("Arıkan 's union");
    const polish = tagger.tag("Łukasz Wiśniewski rejected it.");
    expect(polish.slice(0, 2).map((x) => [x.text, x.pos])).toEqual([["Łukasz", "PROPN"], ["Wiśniewski", "PROPN"]]);
  });
});

describe("tagging", () => {
  it("reads a verb's base form after an article as a noun ('said no to a cut', 'an outright ban'), and not a verb after 'to'", () => {
    const pos = (sentence: string, word: string) => tagger.tag(sentence).find((x) => x.lower === word)?.pos;
    expect(pos("The central bank said no to a cut.", "cut")).toBe("NOUN");
    expect(pos("An outright ban is off the table.", "ban")).toBe("NOUN");
    expect(pos("Greece wants the talks to resume.", "resume")).toBe("VERB");
    expect(pos("The former general pushed back against the timetable.", "general")).toBe("NOUN");
    expect(pos("The council urged nurses to return to work.", "work")).toBe("NOUN");
    expect(pos("The union wants members to work longer hours.", "work")).toBe("VERB");
  });
  it("keeps the lower-case half of a hyphenated given name in the name ('Jang Eun-young'), not a hyphenated modifier ('Boston-based')", () => {
    const pos = (sentence: string, word: string) => tagger.tag(sentence).find((x) => x.lower === word)?.pos;
    expect(pos("Vice-minister Jang Eun-young dismissed the proposal.", "young")).toBe("PROPN");
    expect(pos("The Abu Dhabi-based fund dismissed the proposal.", "based")).not.toBe("PROPN");
  });
  it("keeps a capitalised common noun between two words of a name in the name ('the Korean Student Union Network')", () => {
    const pos = (sentence: string, word: string) => tagger.tag(sentence).find((x) => x.lower === word)?.pos;
    expect(pos("The National Professors' Union and the Korean Student Union Network called for hearings.", "student")).toBe("PROPN");
    expect(pos("Student unions called for hearings.", "student")).not.toBe("PROPN");
  });
});

describe("the speaker", () => {
  it("finds the subject of a reporting verb before the clause, and an attribution after a quote", () => {
    const before = "Peskov said Ukraine must withdraw its troops.";
    const b = at(before, "must");
    expect(text(before, speakerFor(b.t, b.t.findIndex((x) => x.text === "Ukraine"), b.i + 2))).toBe("Peskov");
    const after = '"Kyiv must withdraw," the Kremlin spokesman said on Monday.';
    const a = at(after, "must");
    expect(text(after, speakerFor(a.t, 1, a.i + 2))).toBe("the Kremlin spokesman");
  });
});

describe("the content", () => {
  it("reads a that-clause, an infinitive and a noun phrase, ending at a clause that 'before' opens but not at a time", () => {
    const that = at("Russia demanded that Ukraine withdraw from Donbas.", "demanded");
    expect(words(that.t, contentAfter(that.t, that.i + 1))).toBe("Ukraine withdraw from Donbas");
    const infinitive = at("Hamas offered to release the hostages.", "offered");
    expect(words(infinitive.t, contentAfter(infinitive.t, infinitive.i + 1))).toBe("release the hostages");
    const time = at("The union demanded a deal before the end of the year.", "demanded");
    expect(words(time.t, contentAfter(time.t, time.i + 1))).toBe("a deal before the end of the year");
    const clause = at("The union demanded a written guarantee before any school is closed.", "demanded");
    expect(words(clause.t, contentAfter(clause.t, clause.i + 1))).toBe("a written guarantee");
  });
  it("skips the addressee of an infinitive ('urged Athens to pull back its ships')", () => {
    const { t, i } = at("Ankara urged Athens to pull back its ships.", "urged");
    expect(words(t, addresseeContent(t, i + 1))).toBe("pull back its ships");
  });
  it("splits coordinated verb phrases and noun phrases with their own determiners", () => {
    const verbs = at("They demanded to exercise restraint and to settle the dispute.", "demanded");
    const content = contentAfter(verbs.t, verbs.i + 1)!;
    expect(splitCoordinated(verbs.t, content).map((part) => words(verbs.t, part))).toEqual(["exercise restraint", "settle the dispute"]);
    const nouns = at("They demanded a permanent ceasefire and a full withdrawal.", "demanded");
    expect(splitCoordinated(nouns.t, contentAfter(nouns.t, nouns.i + 1)!).map((part) => words(nouns.t, part))).toEqual(["a permanent ceasefire", "a full withdrawal"]);
  });
});

describe("subjects of progressive verbs", () => {
  it("gives 'is holding out' after a relative clause the subject before the clause, not a participial reading", () => {
    const sentence = "The Union of Kenya Nurses and Midwives (UKNM), which says it represents about 38,000 nurses, is holding out for the full 18% increase.";
    const { t, i } = at(sentence, "holding");
    expect(words(t, verbSubject(t, i))).toBe("The Union of Kenya Nurses and Midwives");
  });
});

describe("times and asides around the clause's parts", () => {
  it("skips a time between the subject and its verb, and keeps a time phrase after a preposition as a phrase", () => {
    const today = at("The eight Parties to the Nauru Agreement (PNA) today proposed raising the fee.", "proposed");
    expect(words(today.t, verbSubject(today.t, today.i))).toBe("The eight Parties to the Nauru Agreement");
    const week = at("The developer, PT Daya Bumi Flores, in the last week has offered to move the pad.", "offered");
    expect(words(week.t, verbSubject(week.t, week.i))).toBe("PT Daya Bumi Flores");
  });
  it("finds the infinitive after an addressee with its acronym in brackets or an apposition", () => {
    const bracket = at("ABEXA called on the General Administration of Customs of China (GACC) to lift the suspension.", "on");
    expect(words(bracket.t, addresseeContent(bracket.t, bracket.i + 1))).toBe("lift the suspension");
    const apposition = at("Veltria will ask the Conseil d'État, France's highest administrative court, to annul the decision.", "ask");
    expect(words(apposition.t, addresseeContent(apposition.t, apposition.i + 1))).toBe("annul the decision");
  });
});

describe("lists of names", () => {
  it("does not read a weekday before a comma as the first of a list of names ('on Monday, Japan and South Korea')", () => {
    const { t, i } = at("At a meeting on Monday, Japan and South Korea pushed back against the increase.", "pushed");
    expect(words(t, verbSubject(t, i))).toBe("Japan and South Korea");
  });
});
