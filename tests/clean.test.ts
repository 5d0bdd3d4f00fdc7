import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanDocument, findDate, findMonthDay } from "../src/pipeline/clean.js";
import { datePages } from "../src/pipeline/dates.js";
import { splitSentences } from "../src/pipeline/sentences.js";
import { SEEDS, lexicon } from "./helpers.js";

const seed = (name: string) => cleanDocument(name, readFileSync(join(SEEDS, name), "utf8"));

describe("clean", () => {
  it("drops the error lines, the repeated block and the legal disclaimer of a scraped page", () => {
    const doc = seed("001_7b4e951b40827333.txt");
    const text = doc.paragraphs.join("\n");
    expect(text).not.toMatch(/^403$|Sorry!!|doesn't exist/m);
    expect(text).not.toMatch(/Legal Disclaimer|MENAFN provides|B2BINPAY|Most popular/);
    expect(doc.paragraphs.filter((p) => p.startsWith("During his trip to India"))).toHaveLength(1);
    expect(doc.dropped.repeated).toBeGreaterThan(0);
  });

  it("cuts related stories, cookie notices and share prompts, keeps the story and its date", () => {
    const doc = seed("000_2c08925b78e6d5c7.txt");
    const text = doc.paragraphs.join("\n");
    expect(doc.date).toBe("2025-12-07");
    expect(text).toContain("Official Washington wants to sign a peace agreement");
    expect(text).not.toMatch(/cookies|More on the topic|Poltava|switch\?|Share/);
  });

  it("drops bylines, photo credit repeats and the related-story box of a news site", () => {
    const doc = seed("002_b3b082b68e0ca19b.txt");
    const text = doc.paragraphs.join("\n");
    expect(text).not.toMatch(/Contributing:|Olena Harmash|KSL Weather|Dan Peleschuk|Save Story/);
    expect(doc.paragraphs.filter((p) => p.startsWith("Ukrainian President Volodymyr Zelenskyy listens"))).toHaveLength(1);
    const capital = seed("004_4b9995ca1da97cc1.txt").paragraphs.join("\n");
    expect(capital).not.toMatch(/Ruto|Kagame|WhatsApp|More on Capital News/);
  });

  it("keeps the story after an inline 'Read more' link, and still ends it at a related-stories box", () => {
    const page = [
      "Dockworkers in Mombasa walked off the job on Monday, demanding a pay rise and an end to casual contracts at the port.",
      "READ MORE: Kenya's ports explained in five charts",
      "The port authority said it was ready to meet the union's leaders on Wednesday if the strike was called off before then.",
      "Related stories",
      "Tanzania opens new berth at Dar es Salaam",
      "Uganda rail link delayed again",
    ].join("\n");
    const doc = cleanDocument("mombasa.txt", page);
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.paragraphs[1]).toMatch(/^The port authority said/);
    expect(doc.dropped).toMatchObject({ promo: 1, "section-end": 1 });
  });

  it("keeps a story's sentence that speaks of consent or of signing up to a treaty, and drops the banners that ask for them", () => {
    const page = [
      "Singapore's transport minister, Goh Wen Jie, said the Republic would only sign up to a government-to-government treaty.",
      "Members of the European Parliament, whose consent is required, said they might veto the plan.",
      "We use cookies to personalise content and ads. Select \"Agree\" to consent.",
      "Sign up for our newsletter",
      "Subscribe now",
    ].join("\n\n");
    const doc = cleanDocument("treaty.txt", page);
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.paragraphs[0]).toContain("would only sign up to a government-to-government treaty");
    expect(doc.paragraphs[1]).toContain("whose consent is required");
  });
  it("reads dates in the usual forms", () => {
    expect(findDate("Published March 5, 2024")).toBe("2024-03-05");
    expect(findDate("5 Mar 2024 10:00")).toBe("2024-03-05");
    expect(findDate("no date here")).toBeUndefined();
  });

  it("reads the month and day of a dateline without a year, and no other year-less date", () => {
    expect(findMonthDay("LONDON, United Kingdom, Dec 7 — Ukraine's President said")).toBe("12-07");
    expect(findMonthDay("BEIRUT, Sept 16 (Atlas News Service) - The cabinet met")).toBe("09-16");
    expect(findMonthDay("March 3 (Meridian Wire) - Talks resumed")).toBe("03-03");
    expect(findMonthDay("NAIROBI, Dec 7, 2025 — a full date")).toBeUndefined();
    expect(findMonthDay("The call on December 6 lasted two hours.")).toBeUndefined();
    const page = ["Talks resume in Doha after a week of strikes", "DOHA, Oct 2 — Negotiators from both sides returned to the table on Thursday, mediators said, after a week in which strikes hit two ports."].join("\n");
    expect(cleanDocument("doha.txt", page)).toMatchObject({ monthDay: "10-02" });
    expect(cleanDocument("doha.txt", `Published 1 October 2025\n${page}`)).toMatchObject({ date: "2025-10-01" });
    expect(cleanDocument("doha.txt", `Published 1 October 2025\n${page}`).monthDay).toBeUndefined();
  });
});

describe("page dates", () => {
  it("gives a year-less dateline the year that puts it nearest a dated page of the corpus", () => {
    const dates = datePages([
      { name: "a", date: "2025-12-05" },
      { name: "b", monthDay: "12-07" },
      { name: "c", monthDay: "01-03" },
      { name: "d", monthDay: "06-10" },
      { name: "e" },
    ]);
    expect(Object.fromEntries(dates)).toEqual({ a: "2025-12-05", b: "2025-12-07", c: "2026-01-03" });
  });

  it("leaves a year-less dateline undated when no page of the corpus states its date", () => {
    expect(datePages([{ name: "b", monthDay: "12-07" }]).size).toBe(0);
    expect(Object.fromEntries(datePages([{ name: "a", date: "2024-03-01" }, { name: "leap", monthDay: "02-29" }]))).toEqual({ a: "2024-03-01", leap: "2024-02-29" });
  });
});

describe("sentences", () => {
  it("does not split after titles, initials or a mid-sentence U.S.", () => {
    const s = splitSentences(["Mr. Smith met Donald J. Trump in the U.S. capital. He left.", "It came with U.S. backing. Agreement was near."], (w) => lexicon.common.has(w));
    expect(s.map((x) => x.text)).toEqual(["Mr. Smith met Donald J. Trump in the U.S. capital.", "He left.", "It came with U.S. backing.", "Agreement was near."]);
  });
});

describe("headline and outlet", () => {
  it("takes the first title-like line before the prose as the headline, not a breadcrumb, a dateline or a label", () => {
    const page = [
      "Home › World › Africa",
      "Politics",
      "Published 12 March 2025",
      "# Ghana and Togo agree to reopen border crossings after talks",
      "",
      "ACCRA, March 12 (Coastline Press) - Ghana and Togo agreed on Wednesday to reopen three border crossings closed since January, officials said.",
      "The two governments will review the arrangement in six months, a joint statement said.",
    ].join("\n");
    const clean = cleanDocument("a.md", page);
    expect(clean.headline).toBe("Ghana and Togo agree to reopen border crossings after talks");
    expect(clean.outlet).toBe("Coastline Press");
    expect(clean.date).toBe("2025-03-12");
  });

  it("reads an opening credit as the outlet, and leaves both out where the page has neither", () => {
    expect(cleanDocument("b.txt", "(MENAFN) Peru's congress rejected the budget plan on Monday, lawmakers said, after a long debate.").outlet).toBe("MENAFN");
    const bare = cleanDocument("c.txt", "Peru's congress rejected the budget plan on Monday, lawmakers said, after a long debate.\nThe vote was 70 to 41.");
    expect(bare.headline).toBeUndefined();
    expect(bare.outlet).toBeUndefined();
  });
});
