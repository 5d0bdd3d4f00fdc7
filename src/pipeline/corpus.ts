/** Finds the documents of a corpus: files and folders, recursively, in a stable order. */
import { readdir, stat } from "node:fs/promises";
import { basename, extname, join, relative } from "node:path";
import { SUPPORTED_EXTENSIONS } from "./read.js";

export interface CorpusFile {
  path: string;
  /** Name used in evidence: relative to the folder given, or the file's base name. */
  name: string;
}

export interface CorpusListing {
  files: CorpusFile[];
  skipped: { name: string; reason: string }[];
}

export async function listCorpus(paths: readonly string[]): Promise<CorpusListing> {
  const files: CorpusFile[] = [];
  const skipped: { name: string; reason: string }[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      skipped.push({ name: path, reason: "does not exist" });
      continue;
    }
    if (info.isDirectory()) {
      for (const entry of await readdir(path, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || entry.name.startsWith(".")) continue;
        const full = join(entry.parentPath, entry.name);
        const name = relative(path, full).split("\\").join("/");
        if (SUPPORTED_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push({ path: full, name });
        else skipped.push({ name, reason: `unsupported file type "${extname(entry.name) || "(none)"}"` });
      }
    } else {
      files.push({ path, name: basename(path) });
    }
  }
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { files, skipped };
}
