/**
 * The per-document cache that makes a rebuild pay only for what changed. Both per-document passes
 * are pure functions of their inputs, so each result is stored under a hash of those inputs:
 * - the analysis of a document (its names, and the analysed text the stance pass reads), keyed by
 *   the extractor's version, the document's name and its bytes;
 * - the stances of a document, keyed by its analysis and by its slice of the corpus-wide
 *   resolution (which a new document can change) and the sentences quoted from it.
 * An entry carries its own key: one that does not parse or names another key is reported and
 * recomputed, never used. Entries are written to a temporary and renamed, so two builds sharing
 * a cache folder, or a build killed mid-write, leave only whole entries.
 */
import { createHash } from "node:crypto";
import { deserialize, serialize } from "node:v8";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { stagedName } from "../io/temporaries.js";
import { CACHE_SUBFOLDERS } from "./cache-folder.js";
import { readFileHead } from "./read-limits.js";
import type { DocumentResolution } from "./entities.js";

/** Written into every entry; a file without it is not ours. */
export const CACHE_FORMAT = "news-kg cache 1";

export type EntryKind = "names" | "document" | "stances";

const FOLDERS: Record<EntryKind, string> = { names: CACHE_SUBFOLDERS.analysis, document: CACHE_SUBFOLDERS.analysis, stances: CACHE_SUBFOLDERS.stances };
const SUFFIX: Record<EntryKind, string> = { names: ".names.json", document: ".doc.json", stances: ".json" };

export function entryPath(cacheDir: string, kind: EntryKind, key: string): string {
  return join(cacheDir, FOLDERS[kind], `${key}${SUFFIX[kind]}`);
}

/** Why an entry that exists could not be used. */
export interface EntryProblem {
  problem: string;
}

/** An entry's payload, `undefined` when there is none, or what is wrong with it. Entries are small: read synchronously (see `readFileHead`). */
export function readEntry<T>(file: string, key: string): T | EntryProblem | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    return { problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  let entry: { format?: unknown; key?: unknown; payload?: unknown };
  try {
    entry = JSON.parse(text);
  } catch {
    return { problem: "is not valid JSON (truncated or corrupt)" };
  }
  if (entry?.format !== CACHE_FORMAT) return { problem: "is not a news-kg cache entry" };
  if (entry.key !== key || entry.payload === undefined) return { problem: "holds another document's result" };
  return entry.payload as T;
}

export const isProblem = (value: unknown): value is EntryProblem => typeof value === "object" && value !== null && "problem" in value && Object.keys(value).length === 1;

/** Writes an entry whole: to a temporary beside it, then renamed over it. Its folder is made once a build (`makeCacheFolders`), or when it has gone. */
export function writeEntry(file: string, key: string, payload: unknown): void {
  const staged = join(dirname(file), stagedName(file.slice(dirname(file).length + 1), process.pid));
  const text = JSON.stringify({ format: CACHE_FORMAT, key, payload });
  try {
    try {
      writeFileSync(staged, text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(staged, text);
    }
    renameSync(staged, file);
  } catch (error) {
    rmSync(staged, { force: true });
    throw error;
  }
}

export async function makeCacheFolders(cacheDir: string): Promise<void> {
  await Promise.all(Object.values(CACHE_SUBFOLDERS).map((folder) => mkdir(join(cacheDir, folder), { recursive: true })));
}

/**
 * A document's analysis key: the extractor, the name evidence gives it, its size, and the bytes
 * the reader uses (of a huge file, only its first part is read: see read-limits.ts).
 */
export function documentKey(version: string, name: string, path: string): string {
  const { bytes, size } = readFileHead(path);
  return createHash("sha256").update(`${version}\u0000${name}\u0000${size}\u0000`).update(bytes).digest("hex");
}

/**
 * A document's stance key: its analysis, its slice of the resolution and the sentences quoted
 * from it. `written` keeps each entity's facts as text across the documents of one build: every
 * slice holds all the states.
 */
export function stanceKey(documentKey: string, resolution: DocumentResolution, quoted: readonly number[], written = new Map<string, string>()): string {
  const hash = createHash("sha256").update(documentKey).update("\u0000").update(JSON.stringify([...resolution.mentionEntity])).update("\u0000");
  for (const [key, { prominence, ...facts }] of resolution.entities) {
    let text = written.get(key);
    if (text === undefined) written.set(key, (text = JSON.stringify([key, facts.kind, facts.names, facts.descriptions, facts.affiliations, facts.titles])));
    hash.update(text).update(`${prominence}\u0000`);
  }
  return hash.update(quoted.join(",")).digest("hex");
}

/**
 * The extractor's version: a hash of the code that analyses documents (pipeline, lexicon, graph
 * model) and of the installed version of every dependency, whose data (gazetteers, the tagger's
 * model) shapes the result. Changing any of them invalidates every entry.
 */
export function extractorVersion(codeRoot = dirname(dirname(fileURLToPath(import.meta.url)))): string {
  const extension = extname(fileURLToPath(import.meta.url));
  const files = ["pipeline", "lexicon", "model"].flatMap((dir) => listFiles(join(codeRoot, dir))).filter((f) => f.endsWith(extension)).sort();
  const hash = createHash("sha256");
  for (const file of files) hash.update(file.slice(codeRoot.length)).update("\u0000").update(readFileSync(file)).update("\u0000");
  for (const [name, version] of dependencyVersions(codeRoot)) hash.update(`${name}@${version}\u0000`);
  return hash.digest("hex");
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** Our dependencies with the version installed, found in the nearest node_modules above the code. */
function dependencyVersions(codeRoot: string): [string, string][] {
  const manifest = JSON.parse(readFileSync(join(codeRoot, "..", "package.json"), "utf8")) as { dependencies?: Record<string, string> };
  return Object.keys(manifest.dependencies ?? {}).sort().map((name) => [name, installedVersion(codeRoot, name)]);
}

function installedVersion(from: string, name: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, "node_modules", name, "package.json");
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, "utf8")) as { version?: string }).version ?? "?";
    if (dirname(dir) === dir) return "missing";
  }
}

/**
 * Where the decoded lexicon of one extractor version is kept for every build of this installation,
 * beside its other tools' caches (`node_modules/.cache`): decoding it again takes a quarter of
 * building it from its data sets, and it belongs to the installed code, not to a corpus.
 */
export function lexiconSnapshotPath(version: string, codeRoot = dirname(dirname(fileURLToPath(import.meta.url)))): string {
  return join(installationCacheDir(codeRoot), `lexicon-${version}.v8`);
}

function installationCacheDir(codeRoot: string): string {
  for (let dir = dirname(codeRoot); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "node_modules"))) return join(dir, "node_modules", ".cache", "news-kg");
    if (dirname(dir) === dir) return join(tmpdir(), "news-kg-cache");
  }
}

/**
 * The lexicon from its decoded copy, or made by `load` and stored there in place of the copies of
 * other versions; a copy that cannot be read, or is of another format, is replaced. The lexicon is
 * plain data (maps, sets, strings), which the structured-clone format V8 serializes keeps whole.
 */
export function cachedLexicon<T>(file: string, load: () => T): T {
  try {
    const stored = deserialize(readFileSync(file)) as { format?: unknown; lexicon?: T };
    if (stored?.format === CACHE_FORMAT && stored.lexicon) return stored.lexicon;
  } catch {
    // Absent or unreadable: made again below.
  }
  const lexicon = load();
  const folder = dirname(file);
  const staged = join(folder, stagedName(file.slice(folder.length + 1), process.pid));
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(staged, serialize({ format: CACHE_FORMAT, lexicon }));
    renameSync(staged, file);
    for (const name of readdirSync(folder)) if (/^lexicon-.*\.v8$/.test(name) && join(folder, name) !== file) rmSync(join(folder, name), { force: true });
  } catch {
    // A folder that cannot be written (read-only, full, not a folder) only costs the next build the time to load again.
    if (existsSync(staged)) rmSync(staged, { force: true });
  }
  return lexicon;
}

/** The entry files under the cache folder, with their sizes. */
export async function cacheEntries(cacheDir: string): Promise<{ path: string; bytes: number }[]> {
  const entries: { path: string; bytes: number }[] = [];
  for (const folder of Object.values(CACHE_SUBFOLDERS)) {
    const dir = join(cacheDir, folder);
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    const paths = names.filter((name) => name.endsWith(".json") || name.endsWith(".v8")).map((name) => join(dir, name));
    const sizes = await Promise.all(paths.map((path) => stat(path).then((info) => (info.isFile() ? info.size : -1), () => -1)));
    paths.forEach((path, i) => sizes[i]! >= 0 && entries.push({ path, bytes: sizes[i]! }));
  }
  return entries;
}

/** Removes the entries this build did not use; returns how many and their bytes. */
export async function pruneCache(cacheDir: string, used: ReadonlySet<string>): Promise<{ entries: number; bytes: number }> {
  let entries = 0;
  let bytes = 0;
  for (const entry of await cacheEntries(cacheDir)) {
    if (used.has(entry.path)) continue;
    await rm(entry.path, { force: true });
    entries++;
    bytes += entry.bytes;
  }
  return { entries, bytes };
}
