import { describeGoldCorpus } from "./gold.js";

describeGoldCorpus("the dev corpus (40 clean wire stories, many regions and domains)", "dev", "dev-gold.json", {
  entities: 0.94, claims: 0.85, precision: 0.87, labels: 0.98, merged: 0.88, traps: 3,
});
