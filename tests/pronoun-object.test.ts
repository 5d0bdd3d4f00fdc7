import { describe, expect, it } from "vitest";
import { stances } from "./helpers.js";

describe("pronoun object: an act on 'it' or 'them' names what the text said it was", () => {
  it("takes the object of a verb in the sentence before, agreeing in number ('licence' is one)", () => {
    expect(stances("The company received an installation licence from IBAMA, the federal environment agency, in February. Within a week, Greenpeace Brasil urged IBAMA to suspend it. Mineração Alto Trombetas dismissed the call out of hand.")).toEqual([
      "Greenpeace Brasil demanded suspension of the installation licence",
      "Mineração Alto Trombetas rejected suspension of the installation licence",
    ]);
  });
  it("takes a plural thing from its own sentence for 'them'", () => {
    expect(stances("Commerce Minister Wang Wentao said the duties of up to 35.3% were protectionism and called on Brussels to withdraw them.")).toEqual(["Wang Wentao demanded withdrawal of the duties"]);
  });
  it("leaves a stance noun ('the offer') to the positions stated before, and an act that meets its story's position to that position", () => {
    expect(stances("The chamber said the offer was generous and called on the Commission to accept it quickly.")).toEqual([]);
    expect(stances("Bahrain demanded the immediate release of the fishermen. Qatar has refused to release them until a court rules.")).toEqual([
      "Bahrain demanded immediate release of the fishermen",
      "Qatar rejected immediate release of the fishermen",
    ]);
  });
  it("puts the thing in place of a pronoun a label keeps ('paying for them')", () => {
    expect(stances("Andalas Telekom said the company would bid for at least two 700 MHz blocks. Takeda Hiroshi floated paying for them in ten annual instalments.")).toEqual([
      "Takeda Hiroshi proposed payment for the two 700 MHz blocks in ten annual instalments",
    ]);
  });
});
