import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import Graph from "graphology";
import gexf from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { ROOT, SEEDS, scratchFolders } from "./helpers.js";
import { loadGraphFile } from "../src/io/graph-files.js";

const scratch = scratchFolders();

const kg = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, "bin", "kg.js"), ...args], { encoding: "utf8", cwd: ROOT });
let dir: string;
let graphFile: string;

beforeAll(() => {
  dir = scratch("cli");
  const built = kg("build", SEEDS, "--out", dir);
  expect(built.status, built.stderr).toBe(0);
  graphFile = join(dir, "graph.json");
});

describe("the kg executable", () => {
  it("runs by itself, as npx kg and npm run graph start it (its shebang passes node's options)", () => {
    const result = spawnSync(join(ROOT, "bin", "kg.js"), ["stats", "--graph", graphFile], { encoding: "utf8", cwd: ROOT });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/nodes/);
  });
});

describe("kg build", () => {
  it("prints a summary and skips what it cannot read, naming the file", () => {
    const corpus = scratch("corpus");
    copyFileSync(join(SEEDS, "002_b3b082b68e0ca19b.txt"), join(corpus, "story.txt"));
    writeFileSync(join(corpus, "empty.txt"), "");
    writeFileSync(join(corpus, "image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
    const out = scratch("out");
    const result = kg("build", corpus, "--out", out, "--no-layout");
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/skipped empty\.txt: empty file/);
    expect(result.stderr).toMatch(/skipped image\.png: unsupported file type/);
    expect(result.stdout).toMatch(/read 1 documents \(2 skipped\)/);
  });

  it("leaves the previous graph intact when nothing can be read", () => {
    const before = readFileSync(graphFile, "utf8");
    const empty = scratch("empty");
    const result = kg("build", empty, "--out", dir);
    expect(result.status).toBe(1);
    expect(readFileSync(graphFile, "utf8")).toBe(before);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("answers a usage error with exit code 2", () => {
    expect(kg("build", "--workers", "zero").status).toBe(2);
    expect(kg("frobnicate").status).toBe(2);
  });
});

describe("kg neighbours", () => {
  it("finds Zelenskyy case-insensitively, with his rejections and their quotes", () => {
    const result = kg("neighbours", "zelenskyy", "--graph", graphFile, "--relation", "rejected", "--evidence");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Volodymyr Zelensky \(person\)/);
    expect(result.stdout).toMatch(/would not be ceded to Russian control/);
  });

  it("lists the stances of the state a president speaks for, marked as such, unless --no-on-behalf", () => {
    const result = kg("neighbours", "zelenskyy", "--graph", graphFile, "--relation", "rejected", "--evidence");
    expect(result.stdout).toMatch(/withdrawal of troops from .*(Donetsk|Donbas).*as Ukraine/);
    expect(result.stdout).toMatch(/Kiev has rejected Russia’s key demand/);
    const own = kg("neighbours", "zelenskyy", "--graph", graphFile, "--relation", "rejected", "--no-on-behalf");
    expect(own.stdout).not.toMatch(/as Ukraine/);
    const aide = kg("neighbours", "Ushakov", "--graph", graphFile, "--json");
    expect(JSON.parse(aide.stdout).groups.flatMap((g: { links: { via?: unknown }[] }) => g.links).some((l: { via?: unknown }) => l.via)).toBe(false);
  });

  it("resolves the Kremlin to Russia and gives stable JSON", () => {
    const result = kg("neighbours", "the Kremlin", "--graph", graphFile, "--json");
    const parsed = JSON.parse(result.stdout);
    expect(parsed.label).toBe("Russia");
    const demanded = parsed.groups.find((g: { relation: string; direction: string }) => g.relation === "demanded" && g.direction === "out");
    expect(demanded.links.some((l: { label: string }) => /withdrawal/.test(l.label))).toBe(true);
  });

  it("suggests close names for an unknown one, and fails on a missing or corrupt graph", () => {
    const unknown = kg("neighbours", "Zelensk", "--graph", graphFile);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/did you mean: Volodymyr Zelensky/);
    expect(kg("neighbours", "x", "--graph", join(dir, "nope.json")).stderr).toMatch(/nope\.json: cannot be read/);
    const corrupt = join(dir, "corrupt.json");
    writeFileSync(corrupt, "{ not json");
    const bad = kg("neighbours", "x", "--graph", corrupt);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/corrupt\.json: not valid JSON/);
  });
});

describe("kg export", () => {
  it.each(["gexf", "graphml", "json", "csv"])("round-trips %s", async (format) => {
    const out = scratch(`${format}`);
    const result = kg("export", "--format", format, "--graph", graphFile, "--out", out);
    expect(result.status, result.stderr).toBe(0);
    const original = await loadGraphFile(graphFile);
    if (format === "gexf") {
      const back = await loadGraphFile(join(out, "graph.gexf"));
      expect([back.order, back.size]).toEqual([original.order, original.size]);
      expect(back.export().nodes).toEqual(original.export().nodes);
      expect(back.export().edges).toEqual(original.export().edges);
      expect(gexf.parse(Graph, readFileSync(join(out, "graph.gexf"), "utf8")).order).toBe(original.order);
    } else if (format === "graphml") {
      const back = parseGraphml(Graph, readFileSync(join(out, "graph.graphml"), "utf8"));
      expect([back.order, back.size]).toEqual([original.order, original.size]);
      const edge = original.edges()[0]!;
      expect(JSON.parse(back.getEdgeAttribute(edge, "evidence"))).toEqual(original.getEdgeAttribute(edge, "evidence"));
    } else if (format === "json") {
      const back = await loadGraphFile(join(out, "graph.json"));
      expect(back.export()).toEqual(original.export());
    } else {
      const nodes = readFileSync(join(out, "nodes.csv"), "utf8").trim().split("\n");
      const edges = readFileSync(join(out, "edges.csv"), "utf8").trim().split("\n");
      expect(nodes[0]).toMatch(/^Id:ID,Label,kind:LABEL/);
      expect(edges[0]).toMatch(/^Source:START_ID,Target:END_ID,relation:TYPE/);
      expect(nodes.length - 1).toBe(original.order);
      expect(edges.length - 1).toBe(original.size);
    }
  });

  it("refuses an unknown format with exit code 2 and writes nothing", () => {
    const out = join(scratch("x"), "out");
    expect(kg("export", "--format", "pdf", "--graph", graphFile, "--out", out).status).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe("kg stats", () => {
  it("counts kinds and relations and finds communities", () => {
    const stats = JSON.parse(kg("stats", "--graph", graphFile, "--json").stdout);
    expect(stats.byKind.person).toBeGreaterThan(5);
    expect(stats.byRelation.demanded).toBeGreaterThan(5);
    expect(stats.communities).toBeGreaterThan(1);
    expect(stats.topByDegree[0].label).toMatch(/Ukraine|Russia|Zelensky/);
  });
});
