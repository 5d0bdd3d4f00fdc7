/** `kg`: a thin shell over the library (build, neighbours, export, stats). Exit codes: 0 ok, 1 failure, 2 usage. */
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { BuildError } from "../pipeline/build-error.js";
import type { CacheSummary } from "../pipeline/build.js";
import { CACHE_FOLDER, CACHE_SUBFOLDERS } from "../pipeline/cache-folder.js";
import { GraphFileError } from "../io/graph-error.js";
import { OutputLockedError, releaseOwnLockSync, withOutputLock, writeFilesAtomic } from "../io/atomic.js";
import { removeOwnTemporaries } from "../io/temporaries.js";
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from "../export/formats.js";
import type { Direction } from "../query/neighbours.js";
import { RELATIONS, isRelation, sideOf, type Relation } from "../model/graph.js";

const DEFAULT_GRAPH = join("graph-data", "graph.json");

/** A failure the user can act on: the message is printed, the exit code is 1. */
class CliFailure extends Error {}

function parseRelations(value: string): Relation[] {
  const relations = value.split(",").map((r) => r.trim()).filter(Boolean);
  for (const r of relations) if (!isRelation(r)) throw new InvalidArgumentError(`unknown relation "${r}" (known: ${RELATIONS.join(", ")})`);
  return relations as Relation[];
}

function parseDirection(value: string): Direction {
  if (value !== "out" && value !== "in" && value !== "both") throw new InvalidArgumentError(`direction must be out, in or both, not "${value}"`);
  return value;
}

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number ≥ 1, not "${value}"`);
  return n;
}

function parseWorkers(value: string): number {
  const n = parsePositiveInt(value);
  const cores = availableParallelism();
  if (n > cores) throw new InvalidArgumentError(`${n} workers is more than the ${cores} cores of this machine; each costs about 130 MB and adds no speed (use at most ${cores})`);
  return n;
}

/** A file name as the terminal should show it: control characters escaped, so a name cannot forge lines or colours. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Long enough for file operations already handed to the thread pool to finish. */
const IN_FLIGHT_WRITES_MS = 50;

/**
 * While a build writes into `out`: on Ctrl-C or SIGTERM, its spill folder, staged outputs and cache
 * entries, and its lock go before the process exits. Returns the function that removes the handlers.
 */
function cleanUpOnSignals(out: string, cache: string | undefined): () => void {
  const handler = (signal: NodeJS.Signals) => {
    const dirs = [out, ...(cache ? Object.values(CACHE_SUBFOLDERS).map((folder) => join(cache, folder)) : [])];
    removeOwnTemporaries(dirs);
    // A write the thread pool had in flight may create its staged file just after that sweep: block this
    // thread (so no new write starts) while those land, then sweep again.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, IN_FLIGHT_WRITES_MS);
    removeOwnTemporaries(dirs);
    releaseOwnLockSync(out);
    process.exit(signal === "SIGINT" ? 130 : signal === "SIGHUP" ? 129 : 143);
  };
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const s of signals) process.on(s, handler);
  return () => {
    for (const s of signals) process.off(s, handler);
  };
}

function parseFormat(value: string) {
  if (!isExportFormat(value)) throw new InvalidArgumentError(`unknown format "${value}" (known: ${EXPORT_FORMATS.join(", ")})`);
  return value;
}

/**
 * Each command imports only what it needs, when it runs: a question about a built graph must not
 * wait for the extractor (gazetteer, lexicon, tagger) to load.
 */
async function loadGraph(file: string) {
  const { loadGraphFile } = await import("../io/graph-files.js");
  try {
    return await loadGraphFile(file);
  } catch (error) {
    if (error instanceof GraphFileError) throw new CliFailure(error.message);
    throw error;
  }
}

function cacheLine(cache: CacheSummary, documents: number): string {
  const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  const pruned = cache.pruned ? `; pruned ${cache.pruned.entries} unused entries (${megabytes(cache.pruned.bytes)})` : "";
  const unused = cache.unused ? `; ${cache.unused} unused, which --prune-cache removes` : "";
  return `cache: analyses of ${cache.analyses} of ${documents} documents and stances of ${cache.stances} came from ${printable(cache.folder)} (${cache.entries} entries, ${megabytes(cache.bytes)}${unused})${pruned}`;
}

export function createProgram(): Command {
  const program = new Command("kg")
    .description("Knowledge graphs of who demanded, rejected or proposed what, from folders of news pages.")
    .exitOverride()
    .showHelpAfterError();

  program
    .command("build")
    .description("read documents (.txt, .md, .html) and write graph.json and graph.gexf")
    .argument("[paths...]", "files or folders", [join("graph-data", "documents")])
    .option("-o, --out <dir>", "output folder", "graph-data")
    .option("-w, --workers <n>", "worker threads, at most the number of cores (default: all cores for large corpora)", parseWorkers)
    .option("--no-layout", "skip the ForceAtlas2 layout")
    .option("--cache <dir>", `per-document cache folder (default: <out>/${CACHE_FOLDER})`)
    .option("--no-cache", "analyse every document afresh, neither reading nor writing the cache")
    .option("--prune-cache", "remove the cache entries this build did not use (documents removed or changed)")
    .action(async (paths: string[], options: { out: string; workers?: number; layout: boolean; cache?: string | false; pruneCache?: boolean }) => {
      const [{ buildGraph }, { writeGraphOutputs }, { default: cliProgress }] = await Promise.all([import("../pipeline/build.js"), import("../io/graph-files.js"), import("cli-progress")]);
      const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ format: "reading {bar} {value}/{total} documents", clearOnComplete: true }, cliProgress.Presets.shades_classic) : undefined;
      let started = false;
      const cache = options.cache === false ? undefined : options.cache ?? join(options.out, CACHE_FOLDER);
      const stopHandling = cleanUpOnSignals(options.out, cache);
      try {
        await withOutputLock(options.out, () => buildInto(options.out));
      } finally {
        stopHandling();
      }
      async function buildInto(out: string) {
        const { graph, summary } = await buildGraph({
          paths,
          workers: options.workers,
          layout: options.layout,
          cache,
          pruneCache: options.pruneCache,
          onProgress: (done, total) => {
            if (!bar) return;
            if (!started) { bar.start(total, 0); started = true; }
            bar.update(done);
            if (done === total) bar.stop();
          },
        });
        for (const s of summary.skipped) console.error(`warning: skipped ${printable(s.name)}: ${s.reason}`);
        for (const w of summary.warnings) console.error(`warning: ${printable(w.name)}: ${w.warning}`);
        if (summary.documentsRead === 0) throw new CliFailure(`no documents could be read from ${printable(paths.join(", "))}; nothing written`);
        const written = await writeGraphOutputs(graph, out);
        const kinds = Object.entries(summary.entitiesByKind).map(([k, n]) => `${n} ${k}`).join(", ");
        console.log(`read ${summary.documentsRead} documents (${summary.skipped.length} skipped), ${(summary.bytes / 1e6).toFixed(2)} MB`);
        console.log(`entities: ${kinds}; ${summary.positions} positions, ${summary.stanceEdges} stance edges`);
        if (summary.cache) console.log(cacheLine(summary.cache, summary.documentsRead));
        console.log(`wrote ${written.map(printable).join(", ")} in ${summary.seconds.toFixed(2)} s`);
      }
    });

  program
    .command("neighbours")
    .alias("neighbors")
    .description("what an actor demanded, rejected or proposed, and who did so to it")
    .argument("<actor>", "a name or alias, case- and accent-insensitive")
    .option("-g, --graph <file>", "graph.json or .gexf", DEFAULT_GRAPH)
    .option("-r, --relation <list>", `comma-separated relations (${RELATIONS.join(", ")})`, parseRelations)
    .option("-d, --direction <dir>", "out, in or both", parseDirection, "both")
    .option("--depth <n>", "hops to follow", parsePositiveInt, 1)
    .option("--no-on-behalf", "leave out the stances of the state a president or spokesman speaks for")
    .option("-e, --evidence", "print the evidence quotes")
    .option("--json", "machine-readable output (see README)")
    .action(async (actor: string, options: { graph: string; relation?: Relation[]; direction: Direction; depth: number; onBehalf: boolean; evidence?: boolean; json?: boolean }) => {
      const [graph, { findNode, groupHeading, linkDetails, queryNeighbours }] = await Promise.all([loadGraph(options.graph), import("../query/neighbours.js")]);
      const lookup = findNode(graph, actor);
      if (lookup.found === undefined) {
        const hint = lookup.candidates.length ? ` did you mean: ${lookup.candidates.map((c) => c.label).join(", ")}?` : "";
        throw new CliFailure(`no node named "${actor}" in ${options.graph}.${hint}`);
      }
      const result = queryNeighbours(graph, lookup.found, { relations: options.relation, direction: options.direction, depth: options.depth, onBehalf: options.onBehalf });
      if (options.json) {
        console.log(JSON.stringify(result, null, 2));
        return;
      }
      console.log(`${result.label} (${result.kind})`);
      if (!result.groups.length) console.log("  no neighbours with these filters");
      for (const change of result.changes) {
        const moment = (m: { relation: string; date: string }) => `${m.relation} ${m.date}`;
        const when = change.from && change.to ? `${moment(change.from)} → ${moment(change.to)}` : "both ways, undated";
        console.log(`  changed: ${change.label}: ${when}`);
        if (options.evidence) for (const m of [change.from, change.to, ...change.undated]) if (m) console.log(`      “${m.quote}” (${m.doc}${"date" in m ? `, ${m.date}` : ", undated"})`);
      }
      for (const group of result.groups) {
        console.log(`  ${groupHeading(group)}:`);
        for (const link of group.links) {
          console.log(`    ${link.label} (${link.kind}) ${linkDetails(link)}`);
          if (options.evidence) for (const e of link.evidence) console.log(`      “${e.quote}” (${e.doc}${e.date ? `, ${e.date}` : ""})`);
        }
      }
    });

  program
    .command("alignments")
    .description("who stands with whom: allies and opponents of an actor over the positions both hold a stance on")
    .argument("[actor]", "a name or alias; without it, every pair (with --json) or the strongest pairs")
    .option("-g, --graph <file>", "graph.json or .gexf", DEFAULT_GRAPH)
    .option("-e, --evidence", "print the quotes of each shared position")
    .option("--json", "machine-readable output (see README)")
    .action(async (actor: string | undefined, options: { graph: string; evidence?: boolean; json?: boolean }) => {
      const [graph, { findNode }, { alignmentsOf, computeAlignments }] = await Promise.all([loadGraph(options.graph), import("../query/neighbours.js"), import("../query/alignments.js")]);
      const quote = (e: { quote: string; doc: string; date?: string }) => `“${e.quote}” (${e.doc}${e.date ? `, ${e.date}` : ""})`;
      if (actor === undefined) {
        const pairs = computeAlignments(graph);
        if (options.json) {
          console.log(JSON.stringify(pairs, null, 2));
          return;
        }
        if (!pairs.length) console.log("no two actors hold a stance on the same position");
        for (const pair of pairs) console.log(`${pair.aLabel} – ${pair.bLabel}: agree on ${pair.agreements.length} (weight ${pair.agreement}), disagree on ${pair.disagreements.length} (weight ${pair.disagreement})`);
        return;
      }
      const lookup = findNode(graph, actor);
      if (lookup.found === undefined) {
        const hint = lookup.candidates.length ? ` did you mean: ${lookup.candidates.map((c) => c.label).join(", ")}?` : "";
        throw new CliFailure(`no node named "${actor}" in ${options.graph}.${hint}`);
      }
      const result = alignmentsOf(graph, lookup.found);
      if (options.json) {
        console.log(JSON.stringify(result, null, 2));
        return;
      }
      console.log(`${result.label}`);
      for (const [heading, side] of [["allies", result.allies], ["opponents", result.opponents]] as const) {
        console.log(`  ${heading}:${side.length ? "" : " none"}`);
        for (const c of side) {
          console.log(`    ${c.label} (${c.kind}): agree on ${c.agreements.length} (weight ${c.agreement}), disagree on ${c.disagreements.length} (weight ${c.disagreement})`);
          for (const [verb, shared] of [["agree", c.agreements], ["disagree", c.disagreements]] as const) {
            for (const p of shared) {
              console.log(`      ${verb}: ${p.label} (${result.label} ${sideOf(p.own.relation)}, ${c.label} ${sideOf(p.theirs.relation)})`);
              if (options.evidence) for (const e of [...p.own.evidence, ...p.theirs.evidence]) console.log(`        ${quote(e)}`);
            }
          }
        }
      }
    });

  program
    .command("export")
    .description("write the graph as GEXF, GraphML, graph.json or CSV (nodes.csv + edges.csv)")
    .requiredOption("-f, --format <format>", EXPORT_FORMATS.join(" | "), parseFormat)
    .option("-g, --graph <file>", "graph.json or .gexf", DEFAULT_GRAPH)
    .option("-o, --out <dir>", "output folder", "graph-data/export")
    .action(async (options: { format: ExportFormat; graph: string; out: string }) => {
      const [graph, { exportGraph }] = await Promise.all([loadGraph(options.graph), import("../export/index.js")]);
      const files = exportGraph(graph, options.format).map((f) => ({ path: join(options.out, f.name), content: f.content }));
      await withOutputLock(options.out, () => writeFilesAtomic(files));
      console.log(`wrote ${files.map((f) => printable(f.path)).join(", ")}`);
    });

  program
    .command("stats")
    .description("counts by kind and relation, top actors by degree and PageRank, Louvain communities")
    .option("-g, --graph <file>", "graph.json or .gexf", DEFAULT_GRAPH)
    .option("--write", "store each node's community in the graph file (graph.json only)")
    .option("--json", "machine-readable output")
    .action(async (options: { graph: string; write?: boolean; json?: boolean }) => {
      const [graph, { computeStats }, { graphToJson }] = await Promise.all([loadGraph(options.graph), import("../query/stats.js"), import("../export/json.js")]);
      const stats = computeStats(graph);
      if (options.write) {
        if (options.graph.endsWith(".gexf")) throw new CliFailure("--write needs a graph.json");
        await withOutputLock(dirname(options.graph), () => writeFilesAtomic([{ path: options.graph, content: graphToJson(graph) }]));
      }
      if (options.json) {
        console.log(JSON.stringify(stats, null, 2));
        return;
      }
      console.log(`${stats.nodes} nodes, ${stats.edges} edges, ${stats.communities} communities`);
      console.log(`by kind: ${Object.entries(stats.byKind).map(([k, n]) => `${k} ${n}`).join(", ")}`);
      console.log(`by relation: ${Object.entries(stats.byRelation).map(([k, n]) => `${k} ${n}`).join(", ")}`);
      console.log("top actors by degree:");
      for (const t of stats.topByDegree) console.log(`  ${t.label}: ${t.degree}`);
      console.log("top actors by PageRank:");
      for (const t of stats.topByPageRank) console.log(`  ${t.label}: ${t.pagerank}`);
    });
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof CliFailure || error instanceof BuildError || error instanceof OutputLockedError || error instanceof GraphFileError) {
      console.error(`kg: ${error.message}`);
      return 1;
    }
    console.error(`kg: ${(error as Error).message ?? String(error)}`);
    return 1;
  }
}
