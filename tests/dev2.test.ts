import { describeGoldCorpus } from "./gold.js";

// dev2: 40 articles in real news' styles (live blogs, Q&A, translated copy, idioms, description actors).
describeGoldCorpus("the dev2 corpus (40 articles in real news' styles)", "dev2", "dev2-gold.json", {
  entities: 0.87, claims: 0.61, precision: 0.71, labels: 0.94, merged: 0.57, traps: 8,
});
