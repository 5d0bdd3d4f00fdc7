/** Reading and writing graph files on disk: atomic outputs, and loading with the file named in errors. */
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { KnowledgeGraph } from "../model/graph.js";
import { toGexf } from "../export/gexf.js";
import { withOutputLock, writeFilesAtomic } from "./atomic.js";
import { graphToJson } from "../export/json.js";
import { GraphFileError } from "./graph-error.js";
import { parseGraphFile } from "./graph-parse.js";

export async function writeGraphOutputs(graph: KnowledgeGraph, outDir: string): Promise<string[]> {
  const files = [
    { path: join(outDir, "graph.json"), content: graphToJson(graph) },
    { path: join(outDir, "graph.gexf"), content: toGexf(graph) },
  ];
  await withOutputLock(outDir, () => writeFilesAtomic(files));
  return files.map((f) => f.path);
}

/** Larger graph files are refused before reading: GEXF takes about 20 times its size in memory. */
export const MAX_GRAPH_BYTES = { json: 400 * 1024 * 1024, gexf: 100 * 1024 * 1024 } as const;

export async function loadGraphFile(file: string): Promise<KnowledgeGraph> {
  let text: string;
  try {
    const limit = /\.gexf$/i.test(file) ? MAX_GRAPH_BYTES.gexf : MAX_GRAPH_BYTES.json;
    const { size } = await stat(file);
    if (size > limit) throw new GraphFileError(file, `is ${megabytes(size)}, more than the ${megabytes(limit)} this command reads`);
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error instanceof GraphFileError) throw error;
    throw new GraphFileError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return parseGraphFile(text, file);
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
