/**
 * Hostile and careless input, made by each test itself: the build fails whole or reads what it
 * can, names the file and the problem, never replaces a good graph with a partial one, writes only
 * valid files and leaves nothing in the temp folder.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { parse as parseCsv } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { loadGraphFile } from "../src/io/graph-files.js";
import type { KnowledgeGraph } from "../src/model/graph.js";
import { splitListText } from "../src/model/list-text.js";
import { GEXF_CHECK, ROOT, SEEDS, hasGexfCheck, scratchFolders } from "./helpers.js";

const kg = (args: string[], env: NodeJS.ProcessEnv = {}) => spawnSync(process.execPath, [join(ROOT, "bin", "kg.js"), ...args], { encoding: "utf8", cwd: ROOT, env: { ...process.env, ...env } });
const scratch = scratchFolders();
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const STORY = "Vladimir Putin demanded that Ukraine withdraw its troops from Donetsk.\n\nKyiv rejected the demand.\n";

/** A corpus folder holding the seed pages. */
function seedCorpus(): string {
  const corpus = scratch("corpus");
  for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(corpus, f));
  return corpus;
}

/** An output folder holding a good graph of the seeds, and its bytes. */
function goodOutput(): { out: string; json: string; gexf: string } {
  const out = scratch("out");
  const built = kg(["build", SEEDS, "--out", out, "--no-layout"]);
  expect(built.status, built.stderr).toBe(0);
  return { out, json: readFileSync(join(out, "graph.json"), "utf8"), gexf: readFileSync(join(out, "graph.gexf"), "utf8") };
}

/** Leftovers of a build in a temp folder or an output folder. */
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.startsWith("kg-spill-") || f.endsWith(".tmp") || f === ".kg-lock" || f === ".kg-commit.json");

function wellFormedXml(text: string): string[] {
  const errors: string[] = [];
  new DOMParser({ onError: (level: string, message: string) => level !== "warning" && errors.push(message) }).parseFromString(text, "text/xml");
  return errors;
}

describe("a build that cannot finish replaces nothing", () => {
  it("fails whole, exit 1, naming the working file, when the temp folder is full (tmpfs where mounting is permitted)", (context) => {
    const tiny = scratch("tiny");
    if (spawnSync("mount", ["-t", "tmpfs", "-o", "size=200k", "tmpfs", tiny]).status !== 0) {
      context.skip("mounting a 200 kB tmpfs is not permitted here (needs root); the TMPDIR-is-a-file case below still runs");
      return;
    }
    try {
      writeFileSync(join(tiny, "fill"), Buffer.alloc(195_000));
      const { out, json, gexf } = goodOutput();
      const result = kg(["build", SEEDS, "--out", out, "--no-layout", "--workers", "1", "--no-cache"], { TMPDIR: tiny });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/ENOSPC/);
      expect(result.stderr).toMatch(/no output was replaced/);
      expect(readFileSync(join(out, "graph.json"), "utf8")).toBe(json);
      expect(readFileSync(join(out, "graph.gexf"), "utf8")).toBe(gexf);
      expect(leftovers(tiny)).toEqual([]);
      expect(leftovers(out)).toEqual([]);
      // A full output folder: the file is named, nothing staged is left.
      const fullOut = join(tiny, "out");
      const written = kg(["build", SEEDS, "--out", fullOut, "--no-layout", "--no-cache"]);
      expect(written.status).toBe(1);
      expect(written.stderr).toContain(`${join(fullOut, "graph.json")} could not be written (ENOSPC)`);
      expect(readdirSync(fullOut)).toEqual([]);
      // A full cache folder: the entry is named, nothing is replaced and no staged entry is left.
      rmSync(fullOut, { recursive: true });
      const cache = join(tiny, "cache");
      const cached = kg(["build", SEEDS, "--out", out, "--no-layout", "--cache", cache]);
      expect(cached.status).toBe(1);
      expect(cached.stderr).toMatch(/could not be written to .*cache.*\(ENOSPC\)/);
      expect(cached.stderr).toMatch(/no output was replaced/);
      expect(readFileSync(join(out, "graph.json"), "utf8")).toBe(json);
      for (const folder of readdirSync(cache)) expect(leftovers(join(cache, folder))).toEqual([]);
    } finally {
      spawnSync("umount", [tiny]);
    }
  });

  it("fails whole when the temp folder cannot hold a working copy at all", () => {
    const { out, json } = goodOutput();
    const notAFolder = join(scratch("tmpfile"), "file");
    writeFileSync(notAFolder, "");
    const result = kg(["build", SEEDS, "--out", out, "--no-layout", "--no-cache"], { TMPDIR: notAFolder });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^kg: .*ENOTDIR/m);
    expect(readFileSync(join(out, "graph.json"), "utf8")).toBe(json);
  });

  it("refuses a second writer of the same output folder, and takes over a lock whose process is gone", () => {
    const { out } = goodOutput();
    writeFileSync(join(out, ".kg-lock"), String(process.pid));
    const locked = kg(["build", SEEDS, "--out", out, "--no-layout"]);
    expect(locked.status).toBe(1);
    expect(locked.stderr).toContain(`being written by another kg process (pid ${process.pid})`);
    writeFileSync(join(out, ".kg-lock"), "999999999");
    const stale = kg(["build", SEEDS, "--out", out, "--no-layout"]);
    expect(stale.status, stale.stderr).toBe(0);
    expect(leftovers(out)).toEqual([]);
  });

  it("finishes the renames of a commit killed half-way before anything else", () => {
    const { out, json } = goodOutput();
    // A killed commit: both files staged, the journal in place, graph.json renamed, graph.gexf not.
    writeFileSync(join(out, ".graph.gexf.999999999.1.tmp"), "<gexf/>");
    writeFileSync(join(out, ".kg-commit.json"), JSON.stringify([{ staged: ".graph.json.999999999.1.tmp", target: "graph.json" }, { staged: ".graph.gexf.999999999.1.tmp", target: "graph.gexf" }]));
    const result = kg(["export", "--format", "json", "--graph", join(out, "graph.json"), "--out", out]);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(out, "graph.gexf"), "utf8")).toBe("<gexf/>");
    expect(readFileSync(join(out, "graph.json"), "utf8")).toBe(json);
    expect(leftovers(out)).toEqual([]);
  });

  it("removes its spill folder, staged files and lock on SIGTERM, and a killed build's spill on the next run", async () => {
    const temp = scratch("signal-tmp");
    const out = scratch("signal-out");
    mkdirSync(join(temp, "kg-spill-999999999-dead"));
    const child = spawn(process.execPath, [join(ROOT, "bin", "kg.js"), "build", seedCorpus(), "--out", out, "--no-layout", "--workers", "1", "--no-cache"], { env: { ...process.env, TMPDIR: temp } });
    // Killed once its spill folder exists, while it analyses.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (readdirSync(temp).some((f) => f.startsWith(`kg-spill-${child.pid}-`)) || child.exitCode !== null) {
          clearInterval(poll);
          resolve();
        }
      }, 5);
    });
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c, signal) => resolve(c ?? (signal ? 143 : null))));
    expect(code).toBe(143);
    expect(readdirSync(temp).filter((f) => f.includes(String(child.pid)))).toEqual([]);
    expect(leftovers(out)).toEqual([]);
    const next = kg(["build", SEEDS, "--out", out, "--no-layout"], { TMPDIR: temp });
    expect(next.status, next.stderr).toBe(0);
    expect(leftovers(temp)).toEqual([]);
  });
});

describe("a build killed while it fills its cache", () => {
  it("leaves whole entries only, and the next build uses them", async () => {
    const out = scratch("signal-cache-out");
    const corpus = seedCorpus();
    const analysis = join(out, ".kg-cache", "analysis");
    const child = spawn(process.execPath, [join(ROOT, "bin", "kg.js"), "build", corpus, "--out", out, "--no-layout", "--workers", "1"]);
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if ((existsSync(analysis) && readdirSync(analysis).length > 0) || child.exitCode !== null) {
          clearInterval(poll);
          resolve();
        }
      }, 5);
    });
    child.kill("SIGTERM");
    await new Promise((resolve) => child.on("exit", resolve));
    expect(leftovers(analysis)).toEqual([]);
    expect(leftovers(out)).toEqual([]);
    const next = kg(["build", corpus, "--out", out, "--no-layout"]);
    expect(next.status, next.stderr).toBe(0);
    expect(next.stdout).toMatch(/cache: analyses of \d of 5 documents/);
    expect(readFileSync(join(out, "graph.json"), "utf8")).toBe(readFileSync(join(goodOutputOf(corpus), "graph.json"), "utf8"));
  });
});

/** A build of `corpus` without the cache, into a folder of its own. */
function goodOutputOf(corpus: string): string {
  const out = scratch("reference");
  expect(kg(["build", corpus, "--out", out, "--no-layout", "--no-cache"]).status).toBe(0);
  return out;
}

describe("outputs are valid files whatever the text holds", () => {
  let out: string;
  beforeAll(() => {
    const corpus = scratch("control");
    writeFileSync(join(corpus, "a\u0001b.txt"), "Vladimir Putin demanded\f that Ukraine withdraw from Donetsk.\n");
    out = scratch("control-out");
    const built = kg(["build", corpus, "--out", out, "--no-layout"]);
    expect(built.status, built.stderr).toBe(0);
  });

  it("writes GEXF without characters XML 1.0 forbids, valid against the schema", () => {
    const text = readFileSync(join(out, "graph.gexf"), "utf8");
    expect(text).not.toMatch(FORBIDDEN_IN_XML);
    expect(wellFormedXml(text)).toEqual([]);
    const lint = spawnSync("xmllint", ["--noout", join(out, "graph.gexf")], { encoding: "utf8" });
    if (lint.error === undefined) expect(lint.status, lint.stderr).toBe(0);
    if (hasGexfCheck) expect(spawnSync(GEXF_CHECK, [join(out, "graph.gexf")], { encoding: "utf8" }).status).toBe(0);
  });

  it("writes GraphML without them, well-formed", () => {
    const exported = scratch("graphml");
    expect(kg(["export", "--format", "graphml", "--graph", join(out, "graph.json"), "--out", exported]).status).toBe(0);
    const text = readFileSync(join(exported, "graph.graphml"), "utf8");
    expect(text).not.toMatch(FORBIDDEN_IN_XML);
    expect(wellFormedXml(text)).toEqual([]);
  });

  it("neutralises CSV cells a spreadsheet would run", () => {
    const graph = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    graph.nodes[0].attributes.label = '=HYPERLINK("http://evil.example","click")';
    graph.nodes[1].attributes.label = "@SUM(A1:A9)";
    const file = join(scratch("csv"), "graph.json");
    writeFileSync(file, JSON.stringify(graph));
    const exported = scratch("csv-out");
    expect(kg(["export", "--format", "csv", "--graph", file, "--out", exported]).status).toBe(0);
    const nodes = readFileSync(join(exported, "nodes.csv"), "utf8");
    expect(nodes).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(nodes).toContain("'@SUM(A1:A9)");
    expect(nodes).not.toMatch(/(^|,)[=@+]/m);
  });
});

describe("CSV for spreadsheets and neo4j-admin", () => {
  it("keeps every quote verbatim: ';', ',', '\"' and a newline inside come back from the cells", () => {
    const graph = JSON.parse(readFileSync(join(goodOutput().out, "graph.json"), "utf8"));
    const quotes = ['Kyiv, he said, "will never" accept it; not at all.', "A second line\nand a back\\slash; too."];
    const stance = graph.edges.find((e: { attributes: { relation: string } }) => e.attributes.relation === "demanded");
    stance.attributes.evidence = quotes.map((quote, i) => ({ doc: `doc;${i}.txt`, quote }));
    const person = graph.nodes.find((n: { attributes: { kind: string } }) => n.attributes.kind === "person");
    person.attributes.aliases = ["Smith; John", "J. Smith"];
    const file = join(scratch("csv-quotes"), "graph.json");
    writeFileSync(file, JSON.stringify(graph));
    const exported = scratch("csv-quotes-out");
    expect(kg(["export", "--format", "csv", "--graph", file, "--out", exported]).status).toBe(0);
    const edges = parseCsv(readFileSync(join(exported, "edges.csv"), "utf8"), { columns: true }) as Record<string, string>[];
    const row = edges.find((e) => e["Source:START_ID"] === stance.source && e["Target:END_ID"] === stance.target && e["relation:TYPE"] === "demanded")!;
    expect(splitListText(row["quotes:string[]"]!, ";")).toEqual(quotes);
    expect(splitListText(row["evidence_docs:string[]"]!, ";")).toEqual(["doc;0.txt", "doc;1.txt"]);
    const nodes = parseCsv(readFileSync(join(exported, "nodes.csv"), "utf8"), { columns: true }) as Record<string, string>[];
    expect(splitListText(nodes.find((n) => n["Id:ID"] === person.key)!["aliases:string[]"]!, ";")).toEqual(["Smith; John", "J. Smith"]);
    expect(nodes.length).toBe(graph.nodes.length);
    expect(edges.length).toBe(graph.edges.length);
  });
});

describe("GEXF for Gephi users", () => {
  let original: KnowledgeGraph;
  let gexfFile: string;
  beforeAll(async () => {
    const { out } = goodOutput();
    const graph = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    const person = graph.nodes.find((n: { attributes: { kind: string } }) => n.attributes.kind === "person");
    person.attributes.aliases = ["Smith, John", 'the "chief"', "A|B", "back\\slash"];
    person.attributes.docs = ["a|b.txt", "c, d.txt"];
    const stance = graph.edges.find((e: { attributes: { relation: string } }) => e.attributes.relation === "demanded");
    stance.attributes.evidence = [
      { doc: "x|y.txt", quote: 'Kyiv, he said, "will never", ever, accept it; not at all.', date: "2025-12-07" },
      { doc: "z.txt", quote: "A second, separate quote." },
    ];
    stance.attributes.weight = 2;
    const file = join(scratch("gephi"), "graph.json");
    writeFileSync(file, JSON.stringify(graph));
    original = await loadGraphFile(file);
    const exported = scratch("gephi-out");
    expect(kg(["export", "--format", "gexf", "--graph", file, "--out", exported]).status).toBe(0);
    gexfFile = join(exported, "graph.gexf");
  });

  it("gives every node and edge attribute back exactly through kg's own reader, commas and separators included", async () => {
    const back = await loadGraphFile(gexfFile);
    expect(back.export().nodes).toEqual(original.export().nodes);
    expect(back.export().edges).toEqual(original.export().edges);
  });

  it("writes lists as '|'-joined keywords, the relation as the edge label, readable evidence and a <meta> creator and description", () => {
    const document = new DOMParser().parseFromString(readFileSync(gexfFile, "utf8"), "text/xml");
    expect(document.getElementsByTagName("creator")[0]?.textContent).toBe("news-kg");
    expect(document.getElementsByTagName("description")[0]?.textContent).toMatch(/demanded, rejected or proposed/);
    const edges = Array.from(document.getElementsByTagName("edge"));
    expect(edges.every((edge) => edge.getAttribute("label") === original.getEdgeAttribute(edge.getAttribute("id")!, "relation"))).toBe(true);
    const attvalues = Array.from(document.getElementsByTagName("attvalue"));
    const values = attvalues.map((v) => v.getAttribute("value") ?? "");
    expect(attvalues.filter((v) => ["aliases", "docs"].includes(v.getAttribute("for")!) && v.getAttribute("value")!.startsWith("["))).toEqual([]);
    expect(values).toContain("Smith, John|the \"chief\"|A\\|B|back\\\\slash");
    expect(values).toContain("x\\|y.txt|z.txt");
    expect(values).toContain('“Kyiv, he said, "will never", ever, accept it; not at all.” (x|y.txt, 2025-12-07)\n“A second, separate quote.” (z.txt)');
  });

  it("is read by networkx with the same values (needs python3 with networkx)", (context) => {
    const script = "import json,sys,networkx as nx\ng=nx.read_gexf(sys.argv[1])\nprint(json.dumps({'nodes':{k:v for k,v in g.nodes(data=True)},'edges':[[u,v,d] for u,v,d in g.edges(data=True)]},default=str))";
    const read = spawnSync("python3", ["-c", script, gexfFile], { encoding: "utf8", maxBuffer: 1 << 28 });
    if (read.status !== 0 && /No module named|ENOENT/.test(`${read.stderr}${read.error?.message ?? ""}`)) {
      context.skip("python3 with networkx is not installed; ../shared/gexf/gexf-check needs it too");
      return;
    }
    expect(read.status, read.stderr).toBe(0);
    const { nodes, edges } = JSON.parse(read.stdout) as { nodes: Record<string, Record<string, unknown>>; edges: [string, string, Record<string, unknown>][] };
    original.forEachNode((key, a) => {
      expect(nodes[key]?.label).toBe(a.label);
      expect(splitListText(String(nodes[key]?.aliases ?? ""))).toEqual(a.aliases);
      expect(splitListText(String(nodes[key]?.docs ?? ""))).toEqual(a.docs);
    });
    expect(edges.length).toBe(original.size);
    for (const [source, target, d] of edges) {
      const key = String(d.id);
      expect([source, target]).toEqual(original.extremities(key));
      expect(d.label).toBe(original.getEdgeAttribute(key, "relation"));
      expect(JSON.parse(String(d.evidence))).toEqual(original.getEdgeAttribute(key, "evidence"));
    }
  });

  it("declares in GraphML only the keys some element uses, and lists read back the same way", () => {
    const exported = scratch("graphml-keys");
    const graph = original.copy();
    graph.forEachNode((node) => graph.removeNodeAttribute(node, "title"));
    const file = join(exported, "in.json");
    writeFileSync(file, JSON.stringify(graph.export()));
    expect(kg(["export", "--format", "graphml", "--graph", file, "--out", exported]).status).toBe(0);
    const document = new DOMParser().parseFromString(readFileSync(join(exported, "graph.graphml"), "utf8"), "text/xml");
    const declared = Array.from(document.getElementsByTagName("key")).map((k) => k.getAttribute("id"));
    const used = new Set(Array.from(document.getElementsByTagName("data")).map((d) => d.getAttribute("key")));
    expect(declared.filter((id) => !used.has(id))).toEqual([]);
    expect(declared).not.toContain("n_title");
    const person = Array.from(document.getElementsByTagName("data")).find((d) => d.getAttribute("key") === "n_aliases" && d.textContent?.startsWith("Smith"));
    expect(splitListText(person?.textContent ?? "")).toEqual(["Smith, John", 'the "chief"', "A|B", "back\\slash"]);
  });
});

describe("hostile documents are read or skipped one by one, never abort the build", () => {
  it("reads 3,000 nested tags as plain text, with a warning naming the file", () => {
    const corpus = scratch("nested");
    writeFileSync(join(corpus, "deep.html"), `<html><body>${"<b>".repeat(3000)}${STORY}${"</b>".repeat(3000)}</body></html>`);
    const out = scratch("nested-out");
    const result = kg(["build", corpus, "--out", out, "--no-layout"]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain("deep.html: markup nested too deeply");
    expect(kg(["neighbours", "Putin", "--graph", join(out, "graph.json")]).stdout).toContain("withdrawal");
  });

  it("keeps evidence quotes to 600 characters and leaves a run-on sentence of 180 kB out of the stances", () => {
    const corpus = scratch("long");
    writeFileSync(join(corpus, "long.txt"), `${STORY}\n${"Vladimir Putin demanded that Ukraine withdraw from Donetsk, ".repeat(3_000)}.\n`);
    const out = scratch("long-out");
    const result = kg(["build", corpus, "--out", out, "--no-layout"]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain("long.txt: 1 sentence(s) longer than 3000 characters not read for stances");
    const graph = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    const quotes = graph.edges.flatMap((e: { attributes: { evidence: { quote: string }[] } }) => e.attributes.evidence.map((ev) => ev.quote));
    expect(quotes.length).toBeGreaterThan(0);
    expect(Math.max(...quotes.map((q: string) => q.length))).toBeLessThanOrEqual(600);
    expect(statSync(join(out, "graph.json")).size).toBeLessThan(100_000);
  });

  it("cuts a file over 5 MB at a character boundary and reads a 2 GB file only as far as it uses", () => {
    const corpus = scratch("big");
    const euro = "Le président a exigé 5 € de plus pour les réfugiés. ";
    writeFileSync(join(corpus, "big.txt"), euro.repeat(Math.ceil((5 * 1024 * 1024 + 10) / Buffer.byteLength(euro))));
    // Sparse: 2 GB of zeros that take no disk.
    writeFileSync(join(corpus, "huge.txt"), "");
    truncateSync(join(corpus, "huge.txt"), 2_000_000_000);
    const out = scratch("big-out");
    const result = kg(["build", corpus, "--out", out, "--no-layout"]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain("big.txt: larger than 5 MB: only the first part was read");
    expect(result.stderr).not.toContain("not valid UTF-8");
    expect(result.stderr).toContain("skipped huge.txt: binary content");
  });

  it("decodes UTF-16 with a byte-order mark", () => {
    const corpus = scratch("utf16");
    writeFileSync(join(corpus, "story.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY, "utf16le")]));
    const out = scratch("utf16-out");
    const result = kg(["build", corpus, "--out", out, "--no-layout"]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain("story.txt: decoded as UTF-16LE");
    expect(kg(["neighbours", "Putin", "--graph", join(out, "graph.json")]).stdout).toContain("withdrawal");
  });

  it("escapes file names on the terminal, and lists hidden files, links, pipes and unreadable folders as skipped", () => {
    const corpus = scratch("names");
    writeFileSync(join(corpus, "story.txt"), STORY);
    writeFileSync(join(corpus, "forged\nwarning: all good\u001b[31m.png"), "x");
    writeFileSync(join(corpus, ".hidden.txt"), STORY);
    symlinkSync(join(corpus, "story.txt"), join(corpus, "link.txt"));
    spawnSync("mkfifo", [join(corpus, "pipe.txt")]);
    mkdirSync(join(corpus, "locked"));
    writeFileSync(join(corpus, "locked", "inside.txt"), STORY);
    chmodSync(join(corpus, "locked"), 0o000);
    try {
      const result = kg(["build", corpus, "--out", scratch("names-out"), "--no-layout"]);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).not.toContain("\u001b");
      expect(result.stderr.split("\n").filter((l) => l.startsWith("warning: all good"))).toEqual([]);
      expect(result.stderr).toContain("forged\\u000awarning: all good\\u001b[31m.png");
      expect(result.stderr).toContain("skipped .hidden.txt: hidden");
      expect(result.stderr).toContain("skipped link.txt: a symbolic link, not followed");
      if (existsSync(join(corpus, "pipe.txt"))) expect(result.stderr).toContain("skipped pipe.txt: not a regular file");
      // Root reads any folder, so the unreadable-folder case only shows for other users.
      if (process.getuid?.() !== 0) expect(result.stderr).toContain("skipped locked/: folder cannot be read (EACCES)");
    } finally {
      chmodSync(join(corpus, "locked"), 0o755);
    }
  });
});

describe("limits and clear messages", () => {
  it("refuses more workers than cores with a usage error", () => {
    const result = kg(["build", SEEDS, "--out", scratch("workers"), "--workers", "1000"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/1000 workers is more than the \d+ cores of this machine/);
  });

  it("refuses a GEXF over the size limit before reading it, naming the size and the limit", () => {
    const file = join(scratch("hugegexf"), "graph.gexf");
    writeFileSync(file, "");
    truncateSync(file, 101 * 1024 * 1024);
    const result = kg(["stats", "--graph", file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}: is 101 MB, more than the 100 MB this command reads`);
  });

  it("names a truncated GEXF and a DOCTYPE in one line, with no parser noise", () => {
    const { out, gexf } = goodOutput();
    const truncated = join(out, "cut.gexf");
    writeFileSync(truncated, gexf.slice(0, gexf.length / 2));
    const cut = kg(["stats", "--graph", truncated]);
    expect(cut.status).toBe(1);
    expect(cut.stderr.trim()).toBe(`kg: ${truncated}: truncated GEXF: it does not end with </gexf>`);
    const doctype = join(out, "doctype.gexf");
    writeFileSync(doctype, gexf.replace("<gexf", '<!DOCTYPE gexf [<!ENTITY x "y">]>\n<gexf'));
    expect(kg(["stats", "--graph", doctype]).stderr).toContain("has a DOCTYPE");
  });

  it("reads a graph.json that starts with a byte-order mark", () => {
    const { out, json } = goodOutput();
    const file = join(out, "bom.json");
    writeFileSync(file, `\uFEFF${json}`);
    const result = kg(["stats", "--graph", file]);
    expect(result.status, result.stderr).toBe(0);
  });
});
