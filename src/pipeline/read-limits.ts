/** What the reader accepts and how much of a file it reads: apart from read.ts so that listing a corpus or keying the cache does not load the decoders. */
import { closeSync, openSync, readSync, statSync } from "node:fs";

export const SUPPORTED_EXTENSIONS = new Set([".txt", ".md", ".html", ".htm"]);
/** Larger files are read only up to this many bytes, with a warning. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
/** What is read of a file: a few bytes past the limit, to cut at a character boundary. */
export const READ_BYTES = MAX_DOCUMENT_BYTES + 4;

/**
 * The bytes of a file the reader uses (of a huge file, its first READ_BYTES) and its size. Read
 * synchronously: a news page is one small read, and the promise API's per-call cost is several
 * times the read's own.
 */
export function readFileHead(path: string): { bytes: Buffer; size: number; isFile: boolean } {
  // Stated before it is opened: opening a FIFO would wait for a writer.
  const info = statSync(path);
  if (!info.isFile()) return { bytes: Buffer.alloc(0), size: info.size, isFile: false };
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(Math.min(info.size, READ_BYTES));
    let filled = 0;
    while (filled < buffer.length) {
      const read = readSync(fd, buffer, filled, buffer.length - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    return { bytes: buffer.subarray(0, filled), size: info.size, isFile: true };
  } finally {
    closeSync(fd);
  }
}
