import { describe, expect, it } from "vitest";
import { analyzeDocument, documentNames } from "../src/pipeline/analyze.js";
import { resolveEntities } from "../src/pipeline/entities.js";
import { extractStances } from "../src/pipeline/stances.js";
import { positionLabel } from "../src/pipeline/positions.js";
import { lexicon } from "./helpers.js";

/** Stances of a crafted text as "Actor relation position". */
function stances(text: string): string[] {
  const docs = [analyzeDocument({ name: "t.txt", text, warnings: [] }, lexicon)];
  const resolved = resolveEntities(docs.map(documentNames), lexicon);
  return extractStances(docs, resolved, lexicon).map((s) => `${resolved.entities.get(s.actor)!.label} ${s.relation} ${s.position.label}`);
}

describe("stances: reported speech and quotes", () => {
  it("gives a modal in reported speech to the speaker", () => {
    expect(stances("Kremlin spokesman Dmitry Peskov said Ukraine must withdraw its troops from Donbas.")).toContain("Dmitry Peskov demanded withdrawal of troops from Donbas");
  });
  it("reads a quoted refusal attributed to a pronoun", () => {
    const found = stances("President Volodymyr Zelensky spoke in Kyiv. “I will not discuss what our armed forces should look like,” he stated.");
    expect(found.some((s) => s.startsWith("Volodymyr Zelensky rejected") && s.includes("armed forces"))).toBe(true);
  });
});

describe("stances: nominal forms", () => {
  it("reads a possessive demand and its rejection", () => {
    const found = stances("Kyiv has rejected Russia’s key demand to withdraw troops from the Donbas region.");
    expect(found).toContain("Ukraine rejected withdrawal of troops from the Donbas region");
  });
  it("reads a reported demand with an aside", () => {
    expect(stances("This came after Vladimir Putin’s reported demand, during his call with Trump, that the U.S. cease military aid to Ukraine.").join("|")).toMatch(/Putin demanded .*cease military aid/);
  });
});

describe("stances: passives, conditions and refusals without 'reject'", () => {
  it("reads a passive with its agent", () => {
    expect(stances("The ceasefire plan was rejected by Russia on Monday.")).toContainEqual(expect.stringMatching(/^Russia rejected/));
  });
  it("reads a threat with a condition as a demand", () => {
    expect(stances("Putin said Russia would push Ukrainian troops out of Donbas by force if they refused to withdraw.").some((s) => s.startsWith("Russia demanded") || s.startsWith("Vladimir Putin demanded") || s.startsWith("Putin demanded"))).toBe(true);
  });
  it("reads 'not going to do that', 'unacceptable', 'legitimate targets', 'would not be ceded'", () => {
    expect(stances("Russia said any foreign troop deployment in Ukraine would be unacceptable.")).toContain("Russia rejected foreign troop deployment in Ukraine");
    expect(stances("Russian President Vladimir Putin said any troops deployed to Ukraine would be legitimate targets.").some((s) => s.startsWith("Vladimir Putin rejected troops deployed"))).toBe(true);
    expect(stances("President Volodymyr Zelensky said occupied territory would not be ceded to Russia.")).toContain("Volodymyr Zelensky rejected cession of occupied territory");
  });
  it("reads a proposal by a backer", () => {
    expect(stances("The US wants a deal. Ukraine was asked to accept a US-backed peace plan.")).toContain("United States proposed peace plan");
  });
  it("gives a stance to both coordinated subjects", () => {
    const found = stances("US and Ukrainian negotiators urged Russia to show a serious commitment to peace.");
    expect(found.filter((s) => s.includes("demanded showing of a serious commitment to peace"))).toHaveLength(2);
  });
});

describe("stances: negations and hypotheticals make no claim", () => {
  it.each([
    "Russia did not reject the ceasefire proposal.",
    "France may propose a new summit in Geneva.",
    "If Germany proposes a ceasefire, talks could resume.",
    "Ukraine never demanded the return of Crimea in these talks.",
    "Officials are expected to clarify the plan.",
  ])("%s", (text) => {
    expect(stances(text)).toEqual([]);
  });
});

describe("positions", () => {
  it("makes short nominal labels", () => {
    expect(positionLabel("withdraw its troops from the parts of Donetsk region it controls")).toBe("withdrawal of troops from the parts of Donetsk region");
    expect(positionLabel("recognize Russia’s new borders")).toBe("recognition of Russia’s new borders");
  });
  it("merges paraphrases across sentences", () => {
    const docs = [analyzeDocument({ name: "t.txt", text: "Peskov, the Kremlin spokesman, said Ukraine must withdraw troops from Donbas. Russia demanded the withdrawal of Ukrainian troops from Donbas.", warnings: [] }, lexicon)];
    const resolved = resolveEntities(docs.map(documentNames), lexicon);
    const positions = new Set(extractStances(docs, resolved, lexicon).map((s) => s.position.key));
    expect(positions.size).toBe(1);
  });
});
