/** Reading and writing graph files on disk: atomic outputs, and loading with the file named in errors. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { KnowledgeGraph } from "../model/graph.js";
import { toGexf } from "../export/gexf.js";
import { writeFilesAtomic } from "./atomic.js";
import { GraphFileError, graphToJson, parseGraphFile } from "./graph-parse.js";

export async function writeGraphOutputs(graph: KnowledgeGraph, outDir: string): Promise<string[]> {
  const files = [
    { path: join(outDir, "graph.json"), content: graphToJson(graph) },
    { path: join(outDir, "graph.gexf"), content: toGexf(graph) },
  ];
  await writeFilesAtomic(files);
  return files.map((f) => f.path);
}

export async function loadGraphFile(file: string): Promise<KnowledgeGraph> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new GraphFileError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return parseGraphFile(text, file);
}
