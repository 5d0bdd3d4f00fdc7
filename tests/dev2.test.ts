import { describeGoldCorpus } from "./gold.js";

// dev2: 40 articles in real news' styles (live blogs, Q&A, translated copy, idioms, description actors).
describeGoldCorpus("the dev2 corpus (40 articles in real news' styles)", "dev2", "dev2-gold.json", {
  entities: 0.87, claims: 0.61, precision: 0.72, labels: 0.96, merged: 0.58, traps: 8,
});
