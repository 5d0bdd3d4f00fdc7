/** States from the world-countries data set: names, alternative spellings, demonyms, capitals. */
import countries from "world-countries";

export interface StateEntry {
  /** ISO 3166-1 alpha-3 code. */
  code: string;
  label: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
}

/**
 * Common English exonyms and short forms that world-countries does not list as alternative
 * spellings (its two-letter codes are not used: "AI", "IT" and "IN" are words). General usage.
 */
const ENGLISH_SHORT_FORMS: Record<string, string[]> = {
  USA: ["US", "America", "U.S.", "U.S.A."],
  GBR: ["UK", "Britain", "U.K."],
  RUS: ["Russian Federation"],
  CZE: ["Czech Republic"],
  KOR: ["South Korea"],
  PRK: ["North Korea"],
  COD: ["DRC", "DR Congo", "Democratic Republic of Congo"],
  ARE: ["UAE", "Emirates"],
  PSE: ["Palestinian territories"],
  MMR: ["Burma"],
  CIV: ["Ivory Coast"],
  TUR: ["Turkey", "Türkiye"],
  NLD: ["Holland"],
  VAT: ["Holy See"],
};

/**
 * Capital spellings that differ from world-countries' one (older English forms), and a planned
 * administrative capital that seats the government where the listed capital does not ("Putrajaya
 * pushed back"). Commercial cities that hold ministries (Cotonou, Dar es Salaam) are places first.
 */
const CAPITAL_VARIANTS: Record<string, string[]> = {
  UKR: ["Kiev"],
  IND: ["Delhi"],
  ISR: ["Tel Aviv"],
  MYS: ["Putrajaya"],
};

function plural(demonym: string): string {
  if (/(ese|ss|sh|ch)$/.test(demonym) || /i$/.test(demonym) && demonym.length < 4) return demonym;
  return /[sz]$/.test(demonym) ? demonym : `${demonym}s`;
}

/** UN members first, then by area: "French" and "American" name France and the United States. */
export function loadStates(): StateEntry[] {
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember) || b.area - a.area);
  return ordered.map((c) => {
    const code = c.cca3;
    const latin = (s: string) => /^[\p{Script=Latin}\s.'’-]+$/u.test(s);
    const names = new Set<string>([c.name.common, c.name.official]);
    for (const alt of c.altSpellings) if (latin(alt) && alt.length > 2) names.add(alt);
    for (const alt of ENGLISH_SHORT_FORMS[code] ?? []) names.add(alt);
    const demonyms = new Set<string>();
    const eng = c.demonyms?.eng;
    // "Kyrgyz", "Kazakh", "Uzbek": the -stan states' adjectives are their names' stems (world-countries has "Kirghiz", "Kazakhstani").
    const stem = /^(\p{L}{5,})stan$/u.exec(c.name.common)?.[1];
    for (const d of [eng?.m, eng?.f, stem]) if (d) {
      demonyms.add(d);
      demonyms.add(plural(d));
    }
    // "Washington D.C." is "Washington" in running text.
    const capitals = [...(c.capital ?? []), ...(CAPITAL_VARIANTS[code] ?? [])].flatMap((name) => {
      const short = name.replace(/,?\s+D\.?C\.?$/, "");
      return short === name ? [name] : [name, short];
    });
    return { code, label: c.name.common, names: [...names], demonyms: [...demonyms], capitals };
  });
}
