/** Stage 1, read: a file on disk → its text, decoded, with HTML reduced to the story's text. */
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import chardet from "chardet";
import iconv from "iconv-lite";
import { convert } from "html-to-text";

export const SUPPORTED_EXTENSIONS = new Set([".txt", ".md", ".html", ".htm"]);
/** Larger files are read only up to this many bytes, with a warning. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export interface RawDocument {
  /** File name relative to the corpus root; evidence quotes name it. */
  name: string;
  text: string;
  warnings: string[];
}

export type ReadResult = { ok: true; document: RawDocument } | { ok: false; name: string; reason: string };

export async function readDocument(path: string, name: string): Promise<ReadResult> {
  const ext = extname(path).toLowerCase();
  if (!SUPPORTED_EXTENSIONS.has(ext)) return { ok: false, name, reason: `unsupported file type "${ext || "(none)"}"` };
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, name, reason: "not a regular file" };
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, name, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  return decodeDocument(bytes, name, ext);
}

/** Pure part of reading, testable on buffers. */
export function decodeDocument(input: Buffer, name: string, ext: string): ReadResult {
  const warnings: string[] = [];
  let bytes = input;
  if (bytes.length === 0) return { ok: false, name, reason: "empty file" };
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    warnings.push(`larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB: only the first part was read`);
    bytes = bytes.subarray(0, MAX_DOCUMENT_BYTES);
  }
  if (looksBinary(bytes)) return { ok: false, name, reason: "binary content, not text" };
  let text: string;
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  try {
    text = utf8.decode(bytes);
  } catch {
    const guess = chardet.detect(bytes) ?? "windows-1252";
    const encoding = iconv.encodingExists(guess) && !/^UTF/i.test(guess) ? guess : "windows-1252";
    text = iconv.decode(bytes, encoding);
    warnings.push(`not valid UTF-8: decoded as ${encoding}`);
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (ext === ".html" || ext === ".htm") text = htmlToStory(text);
  if (!text.trim()) return { ok: false, name, reason: "no text after decoding" };
  if (!text.includes("\n") && text.length > 20_000) warnings.push("a single very long line: split into sentences only");
  return { ok: true, document: { name, text, warnings } };
}

function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / sample.length > 0.1;
}

/** Main text of an HTML page: no markup, scripts, styles, navigation, headers or footers. */
function htmlToStory(html: string): string {
  const container = ["article", "main"].find((tag) => new RegExp(`<${tag}[\\s>]`, "i").test(html));
  return convert(html, {
    wordwrap: false,
    baseElements: { selectors: [container ?? "body"], returnDomByDefault: true },
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "nav", format: "skip" },
      { selector: "header", format: "skip" },
      { selector: "footer", format: "skip" },
      { selector: "aside", format: "skip" },
      { selector: "form", format: "skip" },
      { selector: "noscript", format: "skip" },
      { selector: "figcaption", format: "skip" },
      { selector: "h1", options: { uppercase: false } },
      { selector: "h2", options: { uppercase: false } },
      { selector: "h3", options: { uppercase: false } },
      { selector: "ul", options: { itemPrefix: "  • " } },
    ],
  });
}
