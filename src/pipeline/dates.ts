/**
 * Corpus stage between clean and graph: every page's date. A page that states a full date keeps it.
 * A wire dateline gives only the month and day ("Dec 7"), leaving the year to the day of
 * publication; the pages of one corpus are read together, so the year is the one that puts the
 * dateline nearest to a page of the corpus that does state its date, if that page lies within three
 * months (any month and day lies within half a year of some year, so a wider window would always
 * answer). Without such a page the dateline stays undated rather than guessed.
 */

export interface PageDates {
  name: string;
  date?: string;
  /** "MM-DD" */
  monthDay?: string;
}

const DAY_MS = 86_400_000;
/** Farther than this from every dated page, a year-less dateline is not given a year. */
export const MAX_DATELINE_DISTANCE_DAYS = 92;

/** Each page's date ("YYYY-MM-DD"), stated or inferred; pages with none are absent. */
export function datePages(pages: readonly PageDates[]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const page of pages) if (page.date) dates.set(page.name, page.date);
  const known = [...new Set(dates.values())].map((date) => Date.parse(`${date}T00:00:00Z`)).filter(Number.isFinite);
  if (!known.length) return dates;
  const years = new Set(known.map((time) => new Date(time).getUTCFullYear()));
  for (const page of pages) {
    if (page.date || !page.monthDay) continue;
    let best: { date: string; distance: number } | undefined;
    for (const year of [...years].flatMap((y) => [y - 1, y, y + 1]).sort((a, b) => a - b)) {
      const date = `${year}-${page.monthDay}`;
      const time = Date.parse(`${date}T00:00:00Z`);
      // 02-29 in a year without it does not parse to that day.
      if (!Number.isFinite(time) || new Date(time).toISOString().slice(0, 10) !== date) continue;
      const distance = Math.min(...known.map((k) => Math.abs(k - time))) / DAY_MS;
      if (!best || distance < best.distance) best = { date, distance };
    }
    if (best && best.distance <= MAX_DATELINE_DISTANCE_DAYS) dates.set(page.name, best.date);
  }
  return dates;
}
