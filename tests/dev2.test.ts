import { describeGoldCorpus } from "./gold.js";

// dev2: 40 articles in real news' styles (live blogs, Q&A, translated copy, idioms, description actors).
describeGoldCorpus("the dev2 corpus (40 articles in real news' styles)", "dev2", "dev2-gold.json", {
  entities: 0.88, claims: 0.79, precision: 0.85, labels: 0.98, merged: 0.78, traps: 8,
});
