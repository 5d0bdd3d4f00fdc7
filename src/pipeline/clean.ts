/**
 * Stage 2, clean: the page's text → the story's paragraphs. Drops what is not the story
 * (consent banners, share prompts, error lines, bylines, related-story boxes, legal
 * disclaimers, repeated paragraphs) and keeps the publication date when the page states one.
 * Paragraphs are kept as exact substrings of the page so that evidence quotes can be found in it.
 */

export interface CleanDocument {
  name: string;
  date?: string;
  /**
   * A dateline without its year ("LONDON, Dec 7 —"), as "MM-DD", when the page states no full date:
   * wires leave the year to the day of publication, and `datePages` takes it from the corpus.
   */
  monthDay?: string;
  /** The page's headline: the first title-like line before the story's prose. */
  headline?: string;
  /** The outlet, where the story's opening names it: "CAIRO, March 3 (Meridian Wire) -", "(MENAFN) …". */
  outlet?: string;
  paragraphs: string[];
  /** What was dropped, by reason, for the build summary and tests. */
  dropped: Record<string, number>;
}

/** Lines that end the story: everything after them is page furniture. */
const SECTION_END = /^(more on\b|more from\b|most (popular|recent|read|viewed)\b|related( (topics|stories|articles|news|content))?:?$|read (more|also|next)\b|see also\b|also read\b|you (may|might) also like|recommended( for you| stories)?:?$|legal disclaimer|disclaimer:?$|comments?:?$|leave a (comment|reply)|trending( now)?:?$|latest (news|stories)?:?$|popular (stories|now):?$|tags?:|topics?:$|share this (article|story)|about the author)/i;
/** Section ends that a page also puts between two paragraphs of the story, as a link to another. */
const INLINE_PROMO = /^(read (more|also|next)|see also|also read|more on)\b/i;

const BOILERPLATE: [string, RegExp][] = [
  // A consent banner names its cookies or privacy terms; "whose consent is required" is a story's sentence.
  ["consent", /\b(cookies?|privacy (policy|settings|notice)|terms of (use|service)|gdpr)\b/i],
  // "Sign up for our newsletter", "Subscribe" opening a line, not "would only sign up to a treaty".
  ["prompt", /^(subscribe|sign up)\b|\b(click here|connect with us|follow us|newsletter|(sign up|subscribe) (for|to) (our|the|a free)\b|subscribe now|sign in|log in|download (our|the) app|share (this|on|via)|save story|read time|what are you looking for|play button|would you like to switch|how do you like that|in this article:|add to favou?rites|print this|copy link|advertisement|sponsored)\b/i],
  ["error", /^(\d{3}|error\b|sorry\b|oops\b)|\b(page|article) (you were looking for |you requested )?(does ?n[o’']t|does not|no longer) exist|\bnot found\b|access denied|forbidden/i],
  ["byline", /^(by|contributing|reporting by|writing by|editing by|additional reporting|edited by|written by|photo(graph)?s?( by)?|image|credit|source)\s*[:\s]/i],
  ["rights", /all rights reserved|©|\bcopyright\b/i],
  ["generated", /generated with the assistance of|large language models?/i],
];

const URL_LINE = /^(https?:\/\/|www\.)\S+$/i;
const NON_LATIN = /[\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Han}\p{Script=Hebrew}\p{Script=Greek}]/u;
const BULLET = /^[\s•·▪►\-*–]+/;

const MONTHS = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const ISO_DATE = /\b(20\d\d|19\d\d)-(0[1-9]|1[0-2])-([0-2]\d|3[01])\b/;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTHS}\\.? (\\d{1,2}),? (\\d{4})\\b`);
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2}) ${MONTHS}\\.? (\\d{4})\\b`);

function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

/** Lower case, folded space and quotes: two paragraphs equal under this are repeats. */
export function paragraphKey(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, " ").trim().toLowerCase();
}

function monthNumber(month: string): string {
  const index = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(month.slice(0, 3).toLowerCase());
  return String(index + 1).padStart(2, "0");
}

export function findDate(line: string): string | undefined {
  const iso = ISO_DATE.exec(line);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const mdy = MONTH_DAY_YEAR.exec(line);
  if (mdy) return `${mdy[3]}-${monthNumber(mdy[1]!)}-${mdy[2]!.padStart(2, "0")}`;
  const dmy = DAY_MONTH_YEAR.exec(line);
  if (dmy) return `${dmy[3]}-${monthNumber(dmy[2]!)}-${dmy[1]!.padStart(2, "0")}`;
  return undefined;
}

/** A dateline opening a line, with a place or not: "LONDON, United Kingdom, Dec 7 —", "March 3 (Reuters) -". No year may follow. */
const YEARLESS_DATELINE = new RegExp(`^(?:[A-Z][A-Z .'/-]+,(?: [A-Z][A-Za-z .]+,)? )?${MONTHS}\\.? (\\d{1,2})\\b(?!,? \\d{4})(?= *[-–—(])`);

/** The month and day ("MM-DD") of a dateline that gives no year. */
export function findMonthDay(line: string): string | undefined {
  const dateline = YEARLESS_DATELINE.exec(line);
  return dateline ? `${monthNumber(dateline[1]!)}-${dateline[2]!.padStart(2, "0")}` : undefined;
}

/** A wire dateline ("BEIRUT, Sept 6 (Atlas News Service) - …") or an opening credit ("(MENAFN) …") names the outlet. */
const DATELINE_OUTLET = /^[A-Z][A-Z .'/-]+,(?: [A-Z][A-Za-z .]+,)? [A-Z][a-z]{2,8}\.? \d{1,2} \(([^()]{2,40})\) [-–—]/;
const OPENING_CREDIT = /^\(([A-Z][A-Za-z&.' ]{1,30})\) /;

function findOutlet(line: string): string | undefined {
  return (DATELINE_OUTLET.exec(line) ?? OPENING_CREDIT.exec(line))?.[1];
}

/** A title: a few words in mixed case, no closing full stop, no date (a dateline is no headline), no breadcrumb trail or link. */
function looksLikeHeadline(line: string, words: number): boolean {
  return words >= 4 && words <= 22 && !/[.,;:]$/.test(line) && line !== line.toUpperCase() && !findDate(line) && !/[›»>|]|\]\(/.test(line);
}

/** A paragraph of prose among the next few lines: long, and ending as a sentence does. */
function proseFollows(lines: readonly string[], from: number): boolean {
  const next = lines.slice(from).map((l) => l.trim()).filter(Boolean).slice(0, 2);
  return next.some((l) => wordCount(l) >= 20 && /[.!?"”’]$/.test(l));
}

function boilerplateReason(line: string, words: number): string | undefined {
  if (words > 40) return undefined;
  for (const [reason, pattern] of BOILERPLATE) if (pattern.test(line)) return reason;
  return undefined;
}

export function cleanDocument(name: string, text: string): CleanDocument {
  const dropped: Record<string, number> = {};
  const drop = (reason: string) => (dropped[reason] = (dropped[reason] ?? 0) + 1);
  const paragraphs: string[] = [];
  const seen = new Set<string>();
  let date: string | undefined;
  let monthDay: string | undefined;
  let headline: string | undefined;
  let outlet: string | undefined;
  let proseSeen = 0;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(BULLET, "").trim();
    if (!line) continue;
    // Dates are stated in the page's head, before most of the story.
    if (!date && proseSeen < 3) date = findDate(line);
    // A dateline opens the story, which may come after a teaser, a caption and the headline.
    if (!monthDay && proseSeen < 6) monthDay = findMonthDay(line);
    if (!outlet && proseSeen < 3) outlet = findOutlet(line);
    const words = wordCount(line);
    if (proseSeen > 0 && words <= 8 && SECTION_END.test(line)) {
      // "READ MORE: …" between two paragraphs of the story is an inline promo, not the story's end.
      if (INLINE_PROMO.test(line) && proseFollows(lines, i + 1)) { drop("promo"); continue; }
      drop("section-end");
      dropped["after-section-end"] = lines.slice(i + 1).filter((l) => l.trim()).length;
      break;
    }
    if (URL_LINE.test(line)) { drop("url"); continue; }
    if (NON_LATIN.test(line)) { drop("other-language"); continue; }
    const reason = boilerplateReason(line, words);
    if (reason) { drop(reason); continue; }
    if (headline === undefined && proseSeen < 2 && looksLikeHeadline(line, words)) headline = line.replace(/^#+\s*/, "");
    const sentenceLike = /[.!?…:"”’)]$/.test(line);
    if (words < 5 && !sentenceLike) { drop("label"); continue; }
    if (words < 3) { drop("label"); continue; }
    const key = paragraphKey(line);
    const withoutCredit = key.replace(/\s*\([^()]*\)$/, "");
    if (seen.has(key) || seen.has(withoutCredit)) { drop("repeated"); continue; }
    seen.add(key);
    paragraphs.push(line);
    if (words >= 8) proseSeen++;
  }
  return { name, ...(date ? { date } : monthDay ? { monthDay } : {}), ...(headline ? { headline } : {}), ...(outlet ? { outlet } : {}), paragraphs, dropped };
}
