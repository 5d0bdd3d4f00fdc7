/** The per-document cache: hits, misses, changed extractor, bad entries, removed documents, identical output. */
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraph, type BuildOptions } from "../src/pipeline/build.js";
import { cachedLexicon, extractorVersion, lexiconSnapshotPath } from "../src/pipeline/cache.js";
import { graphToJson } from "../src/export/json.js";
import { toGexf } from "../src/export/gexf.js";
import { ROOT, SEEDS, lexicon, scratchFolders, tagger } from "./helpers.js";

const scratch = scratchFolders();
const VERSION = "test-extractor";

/** A copy of the seed corpus the test may change. */
function corpus(): string {
  const dir = scratch("cache-corpus");
  cpSync(SEEDS, dir, { recursive: true });
  return dir;
}

async function build(paths: string[], options: Partial<BuildOptions> = {}) {
  const { graph, summary } = await buildGraph({ paths, workers: 1, layout: false, lexicon, tagger, extractorVersion: VERSION, ...options });
  return { bytes: graphToJson(graph) + toGexf(graph), summary };
}

const documents = (dir: string) => readdirSync(dir).filter((f) => /\.(txt|md|html?)$/.test(f)).length;
const entriesOf = (cache: string, folder: string) => readdirSync(join(cache, folder)).map((f) => join(cache, folder, f));
const cacheWarnings = (result: Awaited<ReturnType<typeof build>>) => result.summary.warnings.map((w) => w.warning).filter((w) => /cache entry/.test(w));

describe("the per-document cache", () => {
  it("serves every document of an unchanged corpus and writes the bytes a build without it writes", async () => {
    const dir = corpus();
    const cache = scratch("cache");
    const cold = await build([dir], { cache });
    expect(cold.summary.cache).toMatchObject({ analyses: 0, stances: 0 });
    const warm = await build([dir], { cache });
    const n = documents(dir);
    expect(warm.summary.cache).toMatchObject({ analyses: n, stances: n, unused: 0 });
    expect(warm.summary.cache!.entries).toBe(3 * n);
    expect(warm.summary.cache!.bytes).toBeGreaterThan(0);
    expect(warm.bytes).toBe(cold.bytes);
    expect((await build([dir])).bytes).toBe(cold.bytes);
  });

  it("after adding, changing or removing a document writes what a cold build of the same files writes", async () => {
    const dir = corpus();
    const cache = scratch("cache");
    await build([dir], { cache });
    const n = documents(dir);

    writeFileSync(join(dir, "added.txt"), "Kyiv rejected the Russian demand.\n\nPresident Volodymyr Zelensky called for a ceasefire along the front line.\n");
    const added = await build([dir], { cache });
    expect(added.summary.cache!.analyses).toBe(n);
    expect(added.bytes).toBe((await build([dir])).bytes);

    const changed = readdirSync(dir).find((f) => f.endsWith(".txt") && f !== "added.txt")!;
    writeFileSync(join(dir, changed), `${readFileSync(join(dir, changed), "utf8")}\n\nThe Kremlin proposed a prisoner exchange.\n`);
    const edited = await build([dir], { cache });
    expect(edited.summary.cache!.analyses).toBe(n);
    expect(edited.bytes).toBe((await build([dir])).bytes);

    rmSync(join(dir, "added.txt"));
    const removed = await build([dir], { cache, pruneCache: true });
    expect(removed.summary.cache!.analyses).toBe(n);
    expect(removed.bytes).toBe((await build([dir])).bytes);
    // The removed document's and the changed one's old entries go; the rest stay.
    expect(removed.summary.cache!.pruned!.entries).toBeGreaterThanOrEqual(4);
    expect(removed.summary.cache).toMatchObject({ entries: 3 * n, unused: 0 });
  });

  it("uses no entry of another extractor version, as after a change to the lexicon", async () => {
    const dir = corpus();
    const cache = scratch("cache");
    await build([dir], { cache });
    const other = await build([dir], { cache, extractorVersion: "another-lexicon" });
    expect(other.summary.cache).toMatchObject({ analyses: 0, stances: 0, unused: 3 * documents(dir) });
  });

  it("takes its version from the extractor's code and data: changing a lexicon file changes it", () => {
    const root = scratch("extractor");
    const code = join(root, "code");
    for (const folder of ["pipeline", "lexicon", "model"]) mkdirSync(join(code, folder), { recursive: true });
    copyFileSync(join(ROOT, "package.json"), join(root, "package.json"));
    writeFileSync(join(code, "pipeline", "cache.ts"), "export {};\n");
    writeFileSync(join(code, "lexicon", "words.ts"), 'export const TITLES = ["president"];\n');
    const before = extractorVersion(code);
    expect(extractorVersion(code)).toBe(before);
    writeFileSync(join(code, "lexicon", "words.ts"), 'export const TITLES = ["president", "premier"];\n');
    expect(extractorVersion(code)).not.toBe(before);
  });

  it("ignores a corrupt, truncated or foreign entry with a warning, recomputes it and writes the right graph", async () => {
    const dir = corpus();
    const cache = scratch("cache");
    const cold = await build([dir], { cache });
    const [names] = entriesOf(cache, "analysis").filter((f) => f.endsWith(".names.json"));
    const [stances] = entriesOf(cache, "stances");
    truncateSync(names!, 40);
    writeFileSync(stances!, '{"some": "other program"}');
    const warm = await build([dir], { cache });
    expect(cacheWarnings(warm)).toEqual(expect.arrayContaining([
      expect.stringMatching(/names\.json is not valid JSON \(truncated or corrupt\); analysed again$/),
      expect.stringMatching(/is not a news-kg cache entry; its stances found again$/),
    ]));
    expect(warm.bytes).toBe(cold.bytes);
    // An analysis is read back only for stances the cache lacks: with none cached, every one is read.
    const [doc] = entriesOf(cache, "analysis").filter((f) => f.endsWith(".doc.json"));
    writeFileSync(doc!, JSON.stringify({ format: "news-kg cache 1", key: "someone else's", payload: {} }));
    for (const entry of entriesOf(cache, "stances")) rmSync(entry);
    const again = await build([dir], { cache });
    expect(cacheWarnings(again)).toEqual([expect.stringMatching(/doc\.json holds another document's result; analysed again$/)]);
    expect(again.bytes).toBe(cold.bytes);
    // Mended: the next build reads them all without a word.
    const mended = await build([dir], { cache });
    expect(cacheWarnings(mended)).toEqual([]);
    expect(mended.summary.cache).toMatchObject({ analyses: documents(dir), stances: documents(dir) });
  });
});

describe("the installation's decoded lexicon", () => {
  const loaded = () => ({ stateByName: new Map([["france", "FR"]]), legalForms: new Set(["gmbh"]) });
  const notLoaded = (): ReturnType<typeof loaded> => {
    throw new Error("decoded again");
  };

  it("lives beside the installation's other caches, one file per extractor version", () => {
    expect(lexiconSnapshotPath("v1", join(ROOT, "build"))).toBe(join(ROOT, "node_modules", ".cache", "news-kg", "lexicon-v1.v8"));
  });

  it("is decoded once, read back whole, made again when unreadable, and keeps only the current version", () => {
    const dir = scratch("lexicon-snapshot");
    const first = join(dir, "lexicon-v1.v8");
    expect(cachedLexicon(first, loaded)).toEqual(loaded());
    expect(cachedLexicon(first, notLoaded)).toEqual(loaded());
    truncateSync(first, 100);
    expect(cachedLexicon(first, loaded)).toEqual(loaded());
    expect(cachedLexicon(first, notLoaded)).toEqual(loaded());
    cachedLexicon(join(dir, "lexicon-v2.v8"), loaded);
    expect(readdirSync(dir)).toEqual(["lexicon-v2.v8"]);
  });

  it("is still returned when its folder cannot be written", () => {
    const file = join(scratch("lexicon-snapshot"), "not-a-folder");
    writeFileSync(file, "");
    expect(cachedLexicon(join(file, "lexicon-v1.v8"), loaded)).toEqual(loaded());
  });
});

describe("kg build and its cache", () => {
  const kg = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, "bin", "kg.js"), ...args], { encoding: "utf8", cwd: ROOT });

  it("caches in <out>/.kg-cache by default, says what came from it, and writes the same files again", () => {
    const out = scratch("cache-out");
    const first = kg("build", SEEDS, "--out", out);
    expect(first.status, first.stderr).toBe(0);
    // Three entries per document.
    expect(first.stdout).toMatch(/cache: analyses of 0 of 5 documents and stances of 0 came from .*\.kg-cache \(15 entries, [\d.]+ MB\)/);
    const graph = readFileSync(join(out, "graph.json"));
    const gexf = readFileSync(join(out, "graph.gexf"));
    const second = kg("build", SEEDS, "--out", out);
    expect(second.stdout).toMatch(/cache: analyses of 5 of 5 documents and stances of 5 came from/);
    expect(readFileSync(join(out, "graph.json")).equals(graph)).toBe(true);
    expect(readFileSync(join(out, "graph.gexf")).equals(gexf)).toBe(true);
  });

  it("takes --cache DIR and --no-cache", () => {
    const out = scratch("cache-out");
    const elsewhere = join(scratch("cache-dir"), "kg");
    expect(kg("build", SEEDS, "--out", out, "--no-layout", "--cache", elsewhere).status).toBe(0);
    expect(readdirSync(join(elsewhere, "analysis")).length).toBe(10);
    expect(existsSync(join(out, ".kg-cache"))).toBe(false);
    const fresh = kg("build", SEEDS, "--out", out, "--no-layout", "--no-cache");
    expect(fresh.status, fresh.stderr).toBe(0);
    expect(fresh.stdout).not.toMatch(/cache:/);
    expect(existsSync(join(out, ".kg-cache"))).toBe(false);
  });
});
