import { describe, expect, it } from "vitest";
import { conceptOf, positionKey, stems } from "../src/pipeline/stances/position-key.js";

describe("position keys", () => {
  it("reads words as concepts: a derived noun as its verb, an agent noun as its act, a few synonyms", () => {
    expect(stems("withdrawal of troops")).toEqual(stems("withdraw the soldiers"));
    expect(conceptOf("mediator")).toBe(conceptOf("mediation"));
    expect(stems("signing of the deal")).toEqual(stems("signing of the agreement"));
  });

  it("keys a label without 'acceptance of' and manner words, but never down to one word", () => {
    expect(positionKey("acceptance of deportation flights").keyed).toBe("deportation flights");
    expect(positionKey("immediate and unconditional ceasefire in Gaza").keyed).toBe("ceasefire in Gaza");
    expect(positionKey("permanent ceasefire").keyed).toBe("permanent ceasefire");
  });

  it("names the action it opens with, the noun its phrase is about, and a short compound's head", () => {
    const swap = positionKey("land swap for peace");
    expect(swap.head).toBe(stems("land")[0]);
    expect(swap.phraseHead).toBe(stems("swap")[0]);
    expect(positionKey("fee cap").compound).toBe(positionKey("commission cap").compound);
    expect(positionKey("cap of 5% on fees").compound).toBeUndefined();
  });
});

describe("position keys: raises", () => {
  it("reads a raise, a rise, a hike and an increase as one concept", () => {
    const concept = (label: string) => positionKey(label).words[0];
    expect(new Set(["increase", "raise", "rise", "hike", "raising"].map(concept)).size).toBe(1);
  });
});
