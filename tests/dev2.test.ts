import { describeGoldCorpus } from "./gold.js";

// dev2: 40 articles in real news' styles (live blogs, Q&A, translated copy, idioms, description actors).
describeGoldCorpus("the dev2 corpus (40 articles in real news' styles)", "dev2", "dev2-gold.json", {
  entities: 0.78, claims: 0.54, precision: 0.63, labels: 0.93, merged: 0.50, traps: 9,
});
