/**
 * Where the cache lives: apart from cache.ts so that the CLI names the folders (for its default,
 * and to clean up after a signal) without loading the cache.
 */
export const CACHE_FOLDER = ".kg-cache";

/** The analyses of documents and their stances. */
export const CACHE_SUBFOLDERS = { analysis: "analysis", stances: "stances" } as const;
