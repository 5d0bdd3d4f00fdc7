import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scratchFolders } from "./helpers.js";
import { decodeDocument, readDocument } from "../src/pipeline/read.js";

const scratch = scratchFolders();

describe("read", () => {
  it("refuses empty and binary files with a reason", () => {
    expect(decodeDocument(Buffer.alloc(0), "e.txt", ".txt")).toEqual({ ok: false, name: "e.txt", reason: "empty file" });
    const binary = decodeDocument(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), "b.txt", ".txt");
    expect(binary.ok).toBe(false);
  });

  it("decodes Latin-1 with a warning", () => {
    const result = decodeDocument(Buffer.from("Fran\xe7ois Hollande a parl\xe9 \xe0 Kyiv de la paix.", "latin1"), "l.txt", ".txt");
    expect(result.ok && result.document.text).toContain("François");
    expect(result.ok && result.document.warnings[0]).toMatch(/not valid UTF-8/);
  });

  it("keeps the story of an HTML page and drops scripts, navigation and footers", () => {
    const html = `<html><head><script>alert(1)</script><style>p{}</style></head><body><nav>Home | World</nav>
      <article><h1>Talks stall</h1><p>Russia rejected the proposal on Monday.</p></article><footer>© News Corp</footer></body></html>`;
    const result = decodeDocument(Buffer.from(html), "p.html", ".html");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.text).toContain("Russia rejected the proposal on Monday.");
    expect(result.document.text).not.toMatch(/alert|Home \| World|News Corp|<p>/);
  });

  it("skips unsupported types and missing files, naming the problem", async () => {
    const dir = scratch("read");
    writeFileSync(join(dir, "a.pdf"), "%PDF");
    expect(await readDocument(join(dir, "a.pdf"), "a.pdf")).toMatchObject({ ok: false, reason: expect.stringContaining("unsupported") });
    expect(await readDocument(join(dir, "none.txt"), "none.txt")).toMatchObject({ ok: false, reason: expect.stringContaining("cannot be read") });
  });
});
