/** The lexicon: every word list and data set the extractor reads, loaded once per process or worker. */
import { loadStates, type StateEntry } from "./countries.js";
import { loadPlaces, type PlaceEntry } from "./gazetteer.js";
import { loadLegalForms } from "./legal-forms.js";
import { nameKey, skeleton } from "./normalize.js";
import { loadWordClasses, SEATS_OF_POWER, type WordClasses } from "./words.js";
import { WORDNET_PLACES } from "./wordnet-places.js";

export interface Lexicon extends WordClasses {
  states: Map<string, StateEntry>;
  /** name, official name or alternative spelling → state code */
  stateByName: Map<string, string>;
  /** demonym (singular or plural) → state code */
  stateByDemonym: Map<string, string>;
  /** capital or seat of power → state code */
  seatByName: Map<string, string>;
  /** city or region name → the best-known place of that name */
  placeByName: Map<string, PlaceEntry>;
  /** consonant skeleton of a single-word state name or capital → name key, for transliterations */
  seatBySkeleton: Map<string, string>;
  /** company legal forms, lower case ("gmbh", "ltda", "pt") */
  legalForms: Set<string>;
}

export function loadLexicon(): Lexicon {
  const words = loadWordClasses();
  const states = new Map<string, StateEntry>();
  const stateByName = new Map<string, string>();
  const stateByDemonym = new Map<string, string>();
  const seatByName = new Map<string, string>();
  const seatBySkeleton = new Map<string, string>();
  for (const state of loadStates()) {
    states.set(state.code, state);
    for (const name of state.names) stateByName.set(nameKey(name), state.code);
    for (const d of state.demonyms) if (!stateByDemonym.has(nameKey(d))) stateByDemonym.set(nameKey(d), state.code);
    for (const capital of state.capitals) {
      seatByName.set(nameKey(capital), state.code);
      seatBySkeleton.set(skeleton(capital), nameKey(capital));
    }
  }
  for (const [seat, code] of Object.entries(SEATS_OF_POWER)) seatByName.set(seat, code);
  const placeByName = new Map<string, PlaceEntry>();
  for (const place of loadPlaces()) {
    const key = nameKey(place.label);
    const known = placeByName.get(key);
    if (!known || place.population > known.population || (place.isRegion && !known.isRegion && known.population < 100_000)) {
      placeByName.set(key, place);
    }
  }
  // WordNet's geography fills what GeoNames spells otherwise or leaves out: rivers, regions, "Frankfurt".
  // A state's last words ("Korea" of North and South Korea) name no place of their own.
  const stateTails = new Set([...stateByName.keys()].flatMap((name) => name.split(" ").slice(1).map((_, k, words) => words.slice(k).join(" "))));
  for (const label of WORDNET_PLACES) {
    const key = nameKey(label);
    if (!placeByName.has(key) && !stateByName.has(key) && !seatByName.has(key) && !stateTails.has(key)) placeByName.set(key, { label, country: "", population: 0, isRegion: true });
  }
  return { ...words, states, stateByName, stateByDemonym, seatByName, placeByName, seatBySkeleton, legalForms: loadLegalForms() };
}
