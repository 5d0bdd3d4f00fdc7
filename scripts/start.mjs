#!/usr/bin/env node
// `npm start`: builds graph-data/ from graph-data/documents/ when the graph is missing or older
// than a document, then serves the viewer and prints its URL.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createServer } from "vite";

const root = fileURLToPath(new URL("..", import.meta.url));
const documents = join(root, "graph-data/documents");
const graphFile = join(root, "graph-data/graph.json");

function newestDocument(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestDocument(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const stale = !existsSync(graphFile) || (existsSync(documents) && newestDocument(documents) > statSync(graphFile).mtimeMs);
if (stale) {
  console.log("graph-data/graph.json is missing or older than the documents: building it");
  const build = spawnSync(join(root, "bin/kg.js"), ["build"], { stdio: "inherit", cwd: root });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else {
  console.log("graph-data/graph.json is up to date (run `npm run graph` to rebuild it)");
}
const server = await createServer({ configFile: join(root, "vite.config.ts") });
await server.listen();
server.printUrls();
