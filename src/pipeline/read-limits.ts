/** What the reader accepts and how much of a file it reads: apart from read.ts so that listing a corpus or keying the cache does not load the decoders. */
export const SUPPORTED_EXTENSIONS = new Set([".txt", ".md", ".html", ".htm"]);
/** Larger files are read only up to this many bytes, with a warning. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
/** What is read of a file: a few bytes past the limit, to cut at a character boundary. */
export const READ_BYTES = MAX_DOCUMENT_BYTES + 4;
