import { describe, expect, it } from "vitest";
import { fullerMention } from "../src/pipeline/stances/fuller-mention.js";
import { stances, tagger } from "./helpers.js";

describe("fuller mention: a lone noun takes its document's fuller phrase", () => {
  it("names the closures by the document's earlier 'library closures'", () => {
    expect(stances("The library closures have drawn the fiercest reaction in Hallbridge.\n\nCouncillor Tomasz Wisniewski also pushed back against the closures.")).toEqual([
      "Tomasz Wisniewski rejected library closures",
    ]);
  });
  it("reads a Title Case headline's phrase in lower case ('Three-Month Pause')", () => {
    expect(stances("Drilling Site Faces Three-Month Pause\n\nThe ministry has met the residents. But the Energy Ministry has said no to the pause.")).toContain("Energy Ministry rejected three-month pause");
  });
  it("takes the headline's phrase even when the headline states a stance of its own ('Regent Proposes Three-Month Pause')", () => {
    expect(stances("Residents Refuse Drilling, Regent Proposes Three-Month Pause\n\nThe ministry has met the residents. But the Energy Ministry has said no to the pause.")).toContain("Energy Ministry rejected three-month pause");
  });
  it("takes a name the noun ends and a complement after it", () => {
    const tag = (s: string) => tagger.tag(s);
    expect(fullerMention(tag("The union wants salaries paid through a revived Health Service Commission."), "commission")).toBe("revived Health Service Commission");
    expect(fullerMention(tag("The regulator imposed a fine of EUR 42 million on the company."), "fine")).toBe("fine of EUR 42 million on the company");
    // "the commission's guideline": the noun modifies another, and alone it says nothing more.
    expect(fullerMention(tag("Any award above the commission's 7% guideline would break the ceiling."), "commission")).toBeUndefined();
    expect(fullerMention(tag("It was the commission that decided."), "commission")).toBeUndefined();
  });
  it("leaves a noun another stance of the document names to the merging of positions", () => {
    expect(stances("The watchdog, KPPU, wants a cap of 2x20 MHz per operator in the 700 MHz band. Merapi Seluler called the cap a non-starter.")).toEqual([
      "KPPU demanded cap of 2x20 MHz per operator in the 700 MHz band",
      "Merapi Seluler rejected cap of 2x20 MHz per operator in the 700 MHz band",
    ]);
  });
});
