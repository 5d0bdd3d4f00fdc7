/**
 * Vite builds the viewer (src/viewer) into a static site in dist/, with graph-data/graph.json
 * beside it as the default graph; vitest runs the tests from the repository root.
 */
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
const GRAPH_FILE = `${root}graph-data/graph.json`;

/** Serves graph-data/graph.json as ./graph.json in development and copies it into the built site. */
function graphData(): Plugin {
  return {
    name: "news-kg-graph-data",
    configureServer(server) {
      server.middlewares.use("/graph.json", (_req, res, next) => {
        if (!existsSync(GRAPH_FILE)) return next();
        res.setHeader("Content-Type", "application/json");
        createReadStream(GRAPH_FILE).pipe(res);
      });
    },
    generateBundle() {
      if (existsSync(GRAPH_FILE)) this.emitFile({ type: "asset", fileName: "graph.json", source: readFileSync(GRAPH_FILE, "utf8") });
      else this.warn(`${GRAPH_FILE} is missing: the site will ask for a graph file (run \`npx kg build\` first)`);
    },
  };
}

export default defineConfig(({ mode }) => ({
  root: `${root}src/viewer`,
  publicDir: `${root}public`,
  // Relative asset paths: dist/ works from any static server and any sub-folder.
  base: "./",
  plugins: [graphData()],
  resolve: {
    // In the page, graphology-gexf's browser build uses DOMParser instead of bundling xmldom;
    // the tests run in Node, which has no DOMParser.
    alias: mode === "test" ? [] : [{ find: /^graphology-gexf$/, replacement: "graphology-gexf/browser/index.js" }],
  },
  build: {
    outDir: `${root}dist`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
  },
  test: {
    root,
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
}));
