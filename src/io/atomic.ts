/**
 * Output files that are replaced together or not at all, by one writer at a time.
 *
 * Each file is written to a staged temporary beside its target. Once all are written, a commit
 * journal listing them is put in place (itself by a rename), the staged files are renamed over
 * their targets, and the journal is removed. A process killed between two renames leaves the
 * journal, and the next writer into that folder finishes the renames before anything else, so
 * graph.json and graph.gexf never stay from two different builds.
 */
import { readFileSync, rmSync } from "node:fs";
import { mkdir, open, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { isRunning, removeStaleStaged, stagedName } from "./temporaries.js";

const JOURNAL = ".kg-commit.json";
const LOCK = ".kg-lock";

interface StagedFile {
  staged: string;
  target: string;
}

/** Another process holds the lock on an output folder. */
export class OutputLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(`${dir} is being written by another kg process (pid ${pid}); wait for it to finish`);
    this.name = "OutputLockedError";
  }
}

/**
 * Runs `work` holding the output folder's lock, once an interrupted commit there is finished and
 * the staged files of killed processes are gone. A second writer gets `OutputLockedError`.
 */
export async function withOutputLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  await mkdir(dir, { recursive: true });
  const release = await lockOutput(dir);
  try {
    await completeInterruptedCommit(dir);
    await removeStaleStaged(dir);
    return await work();
  } finally {
    await release();
  }
}

/** Writes the files (all in one folder, whose lock the caller holds) so that either all are replaced or none. */
export async function writeFilesAtomic(files: readonly { path: string; content: string | Uint8Array }[]): Promise<void> {
  if (!files.length) return;
  const dir = dirname(files[0]!.path);
  if (files.some((f) => dirname(f.path) !== dir)) throw new Error("writeFilesAtomic: all files must share one folder");
  const staged: StagedFile[] = [];
  try {
    for (const file of files) {
      const entry = { staged: join(dir, stagedName(basename(file.path), process.pid)), target: file.path };
      staged.push(entry);
      await writeFile(entry.staged, file.content).catch((error: NodeJS.ErrnoException) => {
        throw new Error(`${file.path} could not be written (${error.code ?? error.message}); the previous files are unchanged`);
      });
    }
    await commit(dir, staged);
  } catch (error) {
    await Promise.all(staged.map(({ staged: path }) => rm(path, { force: true })));
    throw error;
  }
}

async function commit(dir: string, staged: readonly StagedFile[]): Promise<void> {
  const journal = join(dir, JOURNAL);
  const journalStaged = join(dir, stagedName(JOURNAL, process.pid));
  await writeFile(journalStaged, JSON.stringify(staged.map(({ staged: s, target }) => ({ staged: basename(s), target: basename(target) }))));
  await rename(journalStaged, journal);
  for (const { staged: path, target } of staged) await rename(path, target);
  await rm(journal, { force: true });
}

/** Finishes the renames of a commit whose process was killed half-way. */
async function completeInterruptedCommit(dir: string): Promise<void> {
  const journal = join(dir, JOURNAL);
  let entries: { staged: string; target: string }[];
  try {
    entries = JSON.parse(await readFile(journal, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    // A journal that cannot be read was never complete: its renames had not started.
    await rm(journal, { force: true });
    return;
  }
  for (const { staged, target } of entries) {
    await rename(join(dir, basename(staged)), join(dir, basename(target))).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
  }
  await rm(journal, { force: true });
}

/** Takes the folder's lock file (a stale one, whose process is gone, is taken over). Returns its release. */
async function lockOutput(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number((await readFile(path, "utf8").catch(() => "")).trim());
      // Held by this process already (the build holds it while writing through the library): the holder releases it.
      if (pid === process.pid) return async () => {};
      if (pid && isRunning(pid)) throw new OutputLockedError(dir, pid);
      await rm(path, { force: true });
    }
  }
  throw new Error(`${join(dir, LOCK)}: the lock could not be taken`);
}

/** On a signal: the folder's lock, if this process holds it, removed synchronously before it exits. */
export function releaseOwnLockSync(dir: string): void {
  const path = join(dir, LOCK);
  try {
    if (readFileSync(path, "utf8").trim() === String(process.pid)) rmSync(path, { force: true });
  } catch {
    // No lock file: nothing to release.
  }
}
