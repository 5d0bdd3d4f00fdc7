/** Roles read by the query layer; kept free of the NLP lexicon so that the viewer can import it. */

/**
 * Title heads whose holder speaks for their state ("President", "Prime minister", "Kremlin spokesman"):
 * a stance of the state is also that person's to report. Aides, generals and lawmakers are left out.
 */
export const SPEAKS_FOR_STATE_TITLES = new Set([
  "president", "chancellor", "premier", "minister", "spokesman", "spokeswoman", "spokesperson", "leader", "king", "queen",
  "emir", "sultan", "ayatollah", "envoy", "negotiator", "ambassador", "secretary",
]);
