import { describe, expect, it } from "vitest";
import { conceptOf, positionKey, stems } from "../src/pipeline/stances/position-key.js";

describe("position keys", () => {
  it("reads words as concepts: a derived noun as its verb, an agent noun as its act, a few synonyms", () => {
    expect(stems("withdrawal of troops")).toEqual(stems("withdraw the soldiers"));
    expect(conceptOf("mediator")).toBe(conceptOf("mediation"));
    expect(stems("signing of the deal")).toEqual(stems("signing of the agreement"));
  });

  it("finds what an act is done to: the noun heading its object, past a gerund's particle or preposition, up to a clause word", () => {
    expect(positionKey("reinstatement of the diesel subsidy in full").theme).toBe(stems("subsidy")[0]);
    expect(positionKey("bringing back the diesel subsidy").theme).toBe(stems("subsidy")[0]);
    expect(positionKey("dipping into the reserves").theme).toBe(positionKey("drawing on the district's reserves").theme);
    expect(positionKey("agreement of reforms before any vote").theme).toBe(stems("reforms")[0]);
    // A thing, not an act, and an object with a number, have none.
    expect(positionKey("diesel subsidy").theme).toBeUndefined();
    expect(positionKey("extension of 30 days").theme).toBeUndefined();
  });

  it("keys a label without 'acceptance of' and manner words, but never down to one word", () => {
    expect(positionKey("acceptance of deportation flights").keyed).toBe("deportation flights");
    expect(positionKey("immediate and unconditional ceasefire in Gaza").keyed).toBe("ceasefire in Gaza");
    expect(positionKey("permanent ceasefire").keyed).toBe("permanent ceasefire");
    // Dropping one's objection to a thing accepts it.
    expect(positionKey("dropping the objection to new plates").keyed).toBe("new plates");
    expect(positionKey("lifting its veto on the budget deal").keyed).toBe("budget deal");
  });

  it("names the action it opens with, the noun its phrase is about, and a short compound's head", () => {
    const swap = positionKey("land swap for peace");
    expect(swap.head).toBe(stems("land")[0]);
    expect(swap.phraseHead).toBe(stems("swap")[0]);
    expect(positionKey("fee cap").compound).toBe(positionKey("commission cap").compound);
    expect(positionKey("cap of 5% on fees").compound).toBeUndefined();
  });
  it("names the more general noun WordNet gives for a label's first word ('elections' → 'vote')", () => {
    expect(positionKey("elections to go ahead").broader).toBe(stems("vote")[0]);
    expect(positionKey("levy on sugary drinks").broader).toBe(stems("charge")[0]);
    expect(positionKey("withdrawal of the troops").broader).not.toBe(stems("troops")[0]);
  });
  it("reads an amount's phrase as about what it is an amount of ('80 percent of the recruitment quota')", () => {
    expect(positionKey("80 percent of the civil servant recruitment quota in the province").phraseHead).toBe(stems("quota")[0]);
    expect(positionKey("€2 billion of new loans").phraseHead).toBe(stems("loans")[0]);
    expect(positionKey("80 percent").phraseHead).toBe(stems("percent")[0]);
  });
});

describe("position keys: gerunds", () => {
  it("reads a gerund as its verb, so that it meets the verb's derived noun ('shutting' / 'closure', 'cutting' / 'cut')", () => {
    expect(conceptOf("shutting")).toBe(conceptOf("closure"));
    expect(conceptOf("cutting")).toBe(conceptOf("cut"));
    expect(stems("rebels pulling out")).toContain(stems("withdrawal")[0]);
  });
});

describe("position keys: adjectives", () => {
  it("reads an adjective as the noun it pertains to ('transitional' / 'transition', 'electoral' / 'election')", () => {
    expect(conceptOf("transitional")).toBe(conceptOf("transition"));
    expect(conceptOf("electoral")).toBe(conceptOf("election"));
  });
});

describe("position keys: descriptions", () => {
  it("reads a short description by the noun it is about, leaving out a noun that only says it was put forward", () => {
    expect(positionKey("the signalling demand").described).toEqual(stems("signalling"));
    expect(positionKey("fee cap").described).toEqual(stems("fee cap"));
    expect(positionKey("walkout suspended first").described).toBeUndefined();
    expect(positionKey("cap of 5% on the commission").described).toBeUndefined();
    expect(positionKey("rebels' transition demand").described).toEqual(stems("transition"));
  });
});

describe("position keys: raises", () => {
  it("reads a raise, a rise, a hike and an increase as one concept", () => {
    const concept = (label: string) => positionKey(label).words[0];
    expect(new Set(["increase", "raise", "rise", "hike", "raising"].map(concept)).size).toBe(1);
  });
});

describe("position keys: numbers and plurals", () => {
  it("reads a number written out as its digits, and a plural WordNet lists on its own as its singular ('years' is not 'old age')", () => {
    expect(stems("two-year deal").slice(0, 2)).toEqual(stems("running for 2 years").slice(1));
    expect(stems("three-month pause")[0]).toBe("3");
    expect(conceptOf("years")).toBe(conceptOf("year"));
    expect(conceptOf("talks")).not.toBe(conceptOf("talk"));
  });
});
