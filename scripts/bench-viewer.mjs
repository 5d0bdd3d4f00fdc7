#!/usr/bin/env node
// Viewer benchmark: a generated graph of 10,000 nodes and 50,000 edges in headless Chromium
// (software WebGL). Prints the time to first frame (navigation → sigma's first render, including
// fetching and parsing the graph) and the frame time while hovering (mouse move → next render).
// Medians over BENCH_RUNS page loads; run `npm run bench:viewer`.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { browserUnavailable, launchChromium, serveSite } from "./browser.mjs";
import { generateGraph } from "./generated-graph.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const HOVERS = 40;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

const unavailable = browserUnavailable();
if (unavailable) {
  console.error(`bench:viewer needs Chromium: ${unavailable}`);
  process.exit(1);
}
const graph = generateGraph({ nodeCount: 10_000, edgeCount: 50_000 });
const outDir = mkdtempSync(join(tmpdir(), "kg-bench-site-"));
const site = await serveSite(outDir, { "bench.json": JSON.stringify(graph) });
const browser = await launchChromium();
const firstFrames = [];
const hoverFrames = [];
const renderTimes = [];
let nodesHovered = 0;
try {
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.context.newPage();
    await page.goto(`${site.url}?graph=bench.json`);
    await page.waitForFunction(() => performance.getEntriesByName("kg:first-frame").length > 0, null, { timeout: 60_000 });
    firstFrames.push(await page.evaluate(() => performance.getEntriesByName("kg:first-frame")[0].startTime));
    // Stamp every mouse move and every render in page time, then hover nodes one by one.
    await page.evaluate(() => {
      const times = (window.benchTimes = { moves: [], renders: [], durations: [], enters: 0 });
      const renderer = window.kgViewer.renderer;
      let started = 0;
      renderer.on("beforeRender", () => (started = performance.now()));
      renderer.on("enterNode", () => times.enters++);
      renderer.on("afterRender", () => {
        times.renders.push(performance.now());
        times.durations.push(performance.now() - started);
      });
      document.getElementById("graph").addEventListener("mousemove", () => times.moves.push(performance.now()), { capture: true });
    });
    const targets = await page.evaluate((count) => {
      const renderer = window.kgViewer.renderer;
      const box = document.getElementById("graph").getBoundingClientRect();
      const shown = [];
      for (const node of window.kgViewer.graph.nodes()) {
        const data = renderer.getNodeDisplayData(node);
        const point = renderer.framedGraphToViewport(data);
        if (point.x > 20 && point.y > 20 && point.x < box.width - 20 && point.y < box.height - 20) shown.push({ x: box.left + point.x, y: box.top + point.y });
        if (shown.length >= count * 50) break;
      }
      return shown.filter((_, i) => i % 50 === 0).slice(0, count);
    }, HOVERS);
    for (const target of targets) {
      await page.mouse.move(target.x, target.y);
      await page.waitForTimeout(120);
      await page.mouse.move(target.x + 40, target.y + 40);
      await page.waitForTimeout(120);
    }
    if (run === 0) {
      await page.mouse.move(targets[0].x, targets[0].y);
      await page.waitForTimeout(200);
      mkdirSync("test-artifacts", { recursive: true });
      await page.screenshot({ path: "test-artifacts/bench-viewer-hover.png" });
    }
    const times = await page.evaluate(() => window.benchTimes);
    nodesHovered += times.enters;
    // Frame time: from each mouse move to the first render after it (moves that changed nothing render nothing).
    for (const move of times.moves) {
      const render = times.renders.find((t) => t >= move);
      if (render !== undefined && render - move < 1000) hoverFrames.push(render - move);
    }
    renderTimes.push(...times.durations);
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
  rmSync(outDir, { recursive: true, force: true });
}
console.log(`viewer on ${graph.nodes.length} nodes / ${graph.edges.length} edges (headless Chromium, software WebGL), ${RUNS} page loads:`);
console.log(`  first frame: median ${median(firstFrames).toFixed(0)} ms (target < 2000)`);
console.log(`  hover: mouse move → next frame median ${median(hoverFrames).toFixed(1)} ms, p95 ${percentile(hoverFrames, 0.95).toFixed(1)} ms over ${hoverFrames.length} frames, ${nodesHovered} nodes entered (target < 50)`);
console.log(`  render alone: median ${median(renderTimes).toFixed(1)} ms`);
