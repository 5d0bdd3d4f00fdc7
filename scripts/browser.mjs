/**
 * Headless Chromium for the browser tests and the viewer benchmark: Debian's chromium driven by
 * playwright-core (no browser download), and the built site served by `vite preview`.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { build, preview } from "vite";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Why browser work cannot run here, or undefined when it can. */
export function browserUnavailable() {
  return existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is missing (apt-get install chromium, or set CHROMIUM_PATH)`;
}

/** A fresh profile each time, with the flags sigma's software WebGL needs here. */
export async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), "kg-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Builds the viewer into `outDir` and serves it; extra files (name → text) are written beside it. */
export async function serveSite(outDir, extraFiles = {}) {
  await build({ logLevel: "warn", build: { outDir, emptyOutDir: true } });
  for (const [name, text] of Object.entries(extraFiles)) writeFileSync(join(outDir, name), text);
  const server = await preview({ logLevel: "warn", build: { outDir }, preview: { port: 0, host: "127.0.0.1", open: false } });
  const address = server.httpServer.address();
  return {
    url: `http://127.0.0.1:${address.port}/`,
    async close() {
      await server.close();
    },
  };
}
