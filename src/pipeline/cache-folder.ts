/**
 * Where the cache lives: apart from cache.ts so that the CLI names the folders (for its default,
 * and to clean up after a signal) without loading the cache.
 */
export const CACHE_FOLDER = ".kg-cache";

/** The analyses of documents, their stances, and the decoded lexicon of each extractor version. */
export const CACHE_SUBFOLDERS = { analysis: "analysis", stances: "stances", lexicon: "lexicon" } as const;
