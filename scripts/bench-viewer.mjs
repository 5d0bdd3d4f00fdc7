#!/usr/bin/env node
// Viewer benchmark: a generated, clustered graph of 10,000 nodes and 50,000 edges whose edges carry
// evidence as real ones do (30 MB of graph.json), in headless Chromium (software WebGL).
// Every figure is what the user waits for, measured in the page from the input event's own
// timestamp (`event.timeStamp`, taken when the browser received the input, so time the main
// thread was busy counts) to the frame presented (two animation frames after the event: the first
// one renders, the second runs once that frame is on screen):
//   first frame    navigation start → the graph's first frame presented (search, filter lists and
//                  tabs are filled just after it)
//   hover          mouse move onto a node → frame presented
//   zoom           wheel → frame presented (on a large graph, the last frame scaled as a bitmap)
//   zoom, redrawn  wheel → sigma's render of the new view presented, once the wheel rests
//   search → panel Enter in the search box → panel filled and frame presented
//   filter change  click on a relation's checkbox → frame presented
//   alignments tab click on the Alignments tab (after a filter change) → its actor matrix presented
// Medians and p95: the first frame over BENCH_LOADS page loads, the interactions over the first
// BENCH_RUNS of them; run `npm run bench:viewer`.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { browserUnavailable, launchChromium, serveSite } from "./browser.mjs";
import { generateGraph } from "./generated-graph.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// A page load gives one first-frame figure: more loads, each cheap, make its median steadier.
const LOADS = Math.max(RUNS, Number(process.env.BENCH_LOADS ?? 9));
const HOVERS = 30;
const ZOOMS = 10;
const SEARCHES = 5;
const FILTERS = 6;
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

const unavailable = browserUnavailable();
if (unavailable) {
  console.error(`bench:viewer needs Chromium: ${unavailable}`);
  process.exit(1);
}
const graph = generateGraph({ nodeCount: 10_000, edgeCount: 50_000 });
const outDir = mkdtempSync(join(tmpdir(), "kg-bench-site-"));
const site = await serveSite(outDir, { "bench.json": JSON.stringify(graph) });
const browser = await launchChromium();
const figures = { firstFrame: [], hover: [], zoom: [], zoomRedrawn: [], search: [], filter: [], alignments: [] };

/**
 * In the page: resolves with the time from the next `type` event's timestamp to the frame presented
 * after it, or after the element `until` appears, or (`until` = "render") after sigma's next render.
 */
function armProbe(page, type, until = "") {
  return page.evaluate(
    ([type, until]) => {
      window.benchProbe = new Promise((resolve) => {
        const listener = (event) => {
          document.removeEventListener(type, listener, true);
          const start = event.timeStamp;
          const presented = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
          if (!until) return presented();
          if (until === "render") return window.kgViewer.renderer.once("afterRender", presented);
          const wait = () => (document.querySelector(until) ? presented() : setTimeout(wait, 5));
          wait();
        };
        document.addEventListener(type, listener, true);
        // An input that never arrives is a failed measurement, not a hang.
        setTimeout(() => resolve(Number.NaN), 20_000);
      });
    },
    [type, until],
  );
}
async function probeResult(page, name) {
  const ms = await page.evaluate(() => window.benchProbe);
  if (Number.isNaN(ms)) throw new Error(`bench:viewer: no ${name} event reached the page within 20 s`);
  return ms;
}

try {
  for (let run = 0; run < LOADS; run++) {
    const page = await browser.context.newPage();
    await page.goto(`${site.url}?graph=bench.json`);
    await page.waitForFunction(() => performance.getEntriesByName("kg:ready").length > 0, null, { timeout: 120_000 });
    figures.firstFrame.push(await page.evaluate(() => performance.getEntriesByName("kg:first-frame")[0].startTime));
    console.error(`load ${run + 1}: first frame ${figures.firstFrame.at(-1).toFixed(0)} ms`);
    if (run >= RUNS) {
      await page.close();
      continue;
    }
    const box = await page.locator("#graph").boundingBox();

    const targets = await page.evaluate((count) => {
      const renderer = window.kgViewer.renderer;
      const area = document.getElementById("graph").getBoundingClientRect();
      const shown = [];
      for (const node of window.kgViewer.graph.nodes()) {
        const data = renderer.getNodeDisplayData(node);
        if (!data || data.hidden) continue;
        const point = renderer.framedGraphToViewport(data);
        if (point.x > 30 && point.y > 30 && point.x < area.width - 30 && point.y < area.height - 30) shown.push({ x: area.left + point.x, y: area.top + point.y });
        if (shown.length >= count * 40) break;
      }
      return shown.filter((_, i) => i % 40 === 0).slice(0, count);
    }, HOVERS);
    for (const target of targets) {
      await page.mouse.move(box.x + 5, box.y + 5);
      await page.waitForTimeout(100);
      await armProbe(page, "mousemove");
      await page.mouse.move(target.x, target.y);
      figures.hover.push(await probeResult(page, "mousemove"));
    }
    if (run === 0) {
      mkdirSync("test-artifacts", { recursive: true });
      await page.screenshot({ path: "test-artifacts/bench-viewer-hover.png" });
    }
    console.error(`  hover median ${median(figures.hover).toFixed(0)} ms`);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < ZOOMS; i++) {
      await armProbe(page, "wheel");
      await page.mouse.wheel(0, i % 2 ? 200 : -200);
      figures.zoom.push(await probeResult(page, "wheel"));
      await page.waitForTimeout(1000);
    }
    for (let i = 0; i < ZOOMS; i++) {
      await armProbe(page, "wheel", "render");
      await page.mouse.wheel(0, i % 2 ? 200 : -200);
      figures.zoomRedrawn.push(await probeResult(page, "wheel"));
      await page.waitForTimeout(300);
    }
    for (let i = 0; i < SEARCHES; i++) {
      await page.keyboard.press("Escape");
      // Every fifth generated node is a position; these are actors.
      await page.locator("#search").fill(`Actor ${1001 + 35 * i}`);
      await page.locator("#search-suggestions li").first().waitFor();
      await page.evaluate(() => document.querySelector("#panel-title")?.remove());
      await armProbe(page, "keydown", "#panel-title");
      await page.locator("#search").press("Enter");
      figures.search.push(await probeResult(page, "keydown"));
    }
    for (let i = 0; i < FILTERS; i++) {
      await armProbe(page, "click");
      await page.locator('input[data-filter="demanded"]').click();
      figures.filter.push(await probeResult(page, "click"));
    }
    // The Alignments tab, drawn on its first opening after the filters changed: click → the actor matrix presented.
    await armProbe(page, "click", "table.alignments");
    await page.locator("#tab-alignments").click();
    figures.alignments.push(await probeResult(page, "click"));
    if (run === 0) await page.screenshot({ path: "test-artifacts/bench-viewer-alignments.png" });
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
  rmSync(outDir, { recursive: true, force: true });
}
const line = (name, xs, target) => `  ${name.padEnd(15)} median ${median(xs).toFixed(0).padStart(5)} ms, p95 ${percentile(xs, 0.95).toFixed(0).padStart(5)} ms over ${String(xs.length).padStart(3)}${target ? ` (target < ${target} ms)` : ""}`;
console.log(`viewer on ${graph.nodes.length} nodes / ${graph.edges.length} edges with evidence (headless Chromium, software WebGL), ${LOADS} page loads (interactions on ${RUNS}):`);
console.log(line("first frame", figures.firstFrame, 2000));
console.log(line("hover", figures.hover, 100));
console.log(line("zoom", figures.zoom, 100));
console.log(line("zoom, redrawn", figures.zoomRedrawn));
console.log(line("search → panel", figures.search, 300));
console.log(line("filter change", figures.filter, 300));
console.log(line("alignments tab", figures.alignments, 1000));
