/**
 * Cue rows from WordNet 3.1: the members and direct hyponyms of the seed senses of demand,
 * insist, urge, reject, refuse, spurn, dismiss, denounce, oppose, propose, offer and proffer, as
 * `node scripts/wordnet.mjs cues` lists them, reviewed by hand. Each row names the synset it came
 * from. Candidates left out, and why: lemmas the guide rows already hold; senses that are no
 * stance in news ("rush", "dun", "regret", "disobey", "slight", "give"); "condemn", which news uses
 * of attacks and events rather than of positions; "renounce", which gives up one's own act;
 * "advance", "introduce" and "contest", whose news
 * senses (troops advance, a government introduces sanctions, a candidate contests a seat) are acts,
 * not stances; "invite", whose content ("invited them to talks") is a phrase no frame reads yet.
 * The content site follows the synset's verb frames: "Somebody ----s somebody to INFINITIVE"
 * makes an addressee cue.
 */
import { row, type CueRow } from "./cue-row.js";

export const WORDNET_ROWS: readonly CueRow[] = [
  // demand.v.01 (00756987) and its hyponyms; urge.v.02 (00767694); recommend.v.01 (00876672).
  row("clamor for", "verb", "demanded", "object", 0.7), // 00776686
  row("clamour for", "verb", "demanded", "object", 0.7), // 00776686
  row("exhort", "verb", "demanded", "addressee", 0.7), // 00767694
  row("advocate", "verb", "demanded", "object", 0.65), // 00829391
  // reject.v.01 (00687584), refuse.v.02 (02242120), spurn (00798638), dismiss (00802592), denounce (00843259), oppose (00777876).
  row("repudiate", "verb", "rejected", "object", 0.8), // 00687940
  row("pass up", "verb", "rejected", "object", 0.65), // 02242120
  row("scorn", "verb", "rejected", "object", 0.7), // 00798638
  row("pooh-pooh", "verb", "rejected", "object", 0.7), // 00798638
  row("disdain", "verb", "rejected", "object", 0.65), // 00798638
  row("snub", "verb", "rejected", "object", 0.7), // 00800201
  row("brush aside", "verb", "rejected", "object", 0.75), // 00802592
  row("brush off", "verb", "rejected", "object", 0.75), // 00802592
  row("push aside", "verb", "rejected", "object", 0.65), // 00802592
  row("shrug off", "verb", "rejected", "object", 0.65), // 00744118
  row("laugh off", "verb", "rejected", "object", 0.65), // 00803798
  row("denounce", "verb", "rejected", "object", 0.65), // 00843259
  row("decry", "verb", "rejected", "object", 0.65), // 00865823
  // propose.v.01 (00876925), propose.v.02 (00708009), offer.v.02 (02302103).
  row("recommend", "verb", "proposed", "object", 0.6), // 00876672
  row("proffer", "verb", "proposed", "object", 0.75), // 02302103
  row("tender", "verb", "proposed", "object", 0.65), // 02301456
];
