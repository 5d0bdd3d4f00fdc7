/** Stage 1, read: a file on disk → its text, decoded, with HTML reduced to the story's text. */
import { extname } from "node:path";
import chardet from "chardet";
import iconv from "iconv-lite";
import { convert } from "html-to-text";
import { decodeHTML } from "entities";
import { MAX_DOCUMENT_BYTES, readFileHead, SUPPORTED_EXTENSIONS } from "./read-limits.js";


export interface RawDocument {
  /** File name relative to the corpus root; evidence quotes name it. */
  name: string;
  text: string;
  warnings: string[];
}

/** A failure is `fatal` when it is not the document's own fault (disk full, I/O error): the build stops. */
export type ReadResult = { ok: true; document: RawDocument } | { ok: false; name: string; reason: string; fatal?: true };

/** Error codes that say the machine failed, not the file. */
export const FATAL_IO_CODES = new Set(["EIO", "ENOSPC", "EDQUOT", "ENOMEM", "EMFILE", "ENFILE", "EROFS"]);

export function readDocument(path: string, name: string): ReadResult {
  const ext = extname(path).toLowerCase();
  if (!SUPPORTED_EXTENSIONS.has(ext)) return { ok: false, name, reason: `unsupported file type "${ext || "(none)"}"` };
  let head: ReturnType<typeof readFileHead>;
  try {
    head = readFileHead(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false, name, reason: `cannot be read (${code})`, ...(FATAL_IO_CODES.has(code) ? { fatal: true as const } : {}) };
  }
  if (!head.isFile) return { ok: false, name, reason: "not a regular file" };
  return decodeDocument(head.bytes, name, ext, head.size);
}

/** Pure part of reading, testable on buffers. */
export function decodeDocument(input: Buffer, name: string, ext: string, size = input.length): ReadResult {
  const warnings: string[] = [];
  let bytes = input;
  if (bytes.length === 0) return { ok: false, name, reason: "empty file" };
  if (size > MAX_DOCUMENT_BYTES) {
    warnings.push(`larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB: only the first part was read`);
    bytes = bytes.subarray(0, utf8Boundary(bytes, MAX_DOCUMENT_BYTES));
  }
  let text: string;
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    text = iconv.decode(bytes, utf16);
    warnings.push(`decoded as ${utf16.toUpperCase()} (byte-order mark)`);
  } else if (looksBinary(bytes)) {
    return { ok: false, name, reason: "binary content, not text" };
  } else {
    text = decodeText(bytes, warnings);
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (ext === ".html" || ext === ".htm") text = htmlToStory(text, warnings);
  if (!text.trim()) return { ok: false, name, reason: "no text after decoding" };
  if (!text.includes("\n") && text.length > 20_000) warnings.push("a single very long line: split into sentences only");
  return { ok: true, document: { name, text, warnings } };
}

/** UTF-8, else the detected encoding with a warning. */
function decodeText(bytes: Buffer, warnings: string[]): string {
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  try {
    return utf8.decode(bytes);
  } catch {
    const guess = chardet.detect(bytes) ?? "windows-1252";
    const encoding = iconv.encodingExists(guess) && !/^UTF/i.test(guess) ? guess : "windows-1252";
    warnings.push(`not valid UTF-8: decoded as ${encoding}`);
    return iconv.decode(bytes, encoding);
  }
}

/** The largest cut at or below `limit` that does not split a UTF-8 character. */
function utf8Boundary(bytes: Buffer, limit: number): number {
  let cut = Math.min(limit, bytes.length);
  for (let back = 0; back < 3 && cut > 0 && cut < bytes.length && (bytes[cut]! & 0xc0) === 0x80; back++) cut--;
  return cut;
}

function utf16Encoding(bytes: Buffer): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
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

/**
 * Main text of an HTML page: no markup, scripts, styles, navigation, headers or footers. Markup
 * nested too deeply for the converter's recursion is read as plain text instead.
 */
function htmlToStory(html: string, warnings: string[]): string {
  try {
    return convertHtml(html);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    warnings.push("markup nested too deeply to read its structure: tags removed");
    return decodeHTML(html.replace(/<(script|style)\b[^>]*>[^]*?<\/\1\s*>/gi, " ").replace(/<[^>]*>/g, " "));
  }
}

function convertHtml(html: string): string {
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
