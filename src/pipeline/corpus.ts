/** Finds the documents of a corpus: files and folders, recursively, in a stable order. */
import { readdir, stat } from "node:fs/promises";
import type { Dirent } from "node:fs";
import { basename, extname, join, relative } from "node:path";
import { SUPPORTED_EXTENSIONS } from "./read-limits.js";

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
      await walk(path, path, files, skipped);
    } else {
      files.push({ path, name: basename(path) });
    }
  }
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { files, skipped };
}

/**
 * A folder's documents, folder by folder, so that an unreadable subfolder is one skipped entry
 * and not the end of the build. Everything left out is listed with its reason.
 */
async function walk(root: string, dir: string, files: CorpusFile[], skipped: CorpusListing["skipped"]): Promise<void> {
  const name = (full: string) => relative(root, full).split("\\").join("/");
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    skipped.push({ name: `${name(dir)}/`, reason: `folder cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.name.startsWith(".")) skipped.push({ name: name(full), reason: "hidden (its name starts with a dot)" });
    else if (entry.isDirectory()) await walk(root, full, files, skipped);
    else if (entry.isSymbolicLink()) skipped.push({ name: name(full), reason: "a symbolic link, not followed" });
    else if (!entry.isFile()) skipped.push({ name: name(full), reason: "not a regular file (a device, pipe or socket)" });
    else if (SUPPORTED_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push({ path: full, name: name(full) });
    else skipped.push({ name: name(full), reason: `unsupported file type "${extname(entry.name) || "(none)"}"` });
  }
}
