/**
 * Temporary files a build leaves while it runs: its spill folder in the system's temp folder and
 * the staged outputs beside their targets. Both carry the process id in their names, so that a
 * signal handler removes this process's own and the next build removes those of a killed one.
 */
import { readdirSync, rmSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const spillPrefix = (pid: number) => `kg-spill-${pid}-`;
const SPILL = /^kg-spill-(\d+)-/;
/** Staged output: `.graph.json.<pid>.<time>.tmp` (see atomic.ts). */
export const stagedName = (target: string, pid: number) => `.${target}.${pid}.${Date.now()}.tmp`;
const STAGED = /^\..+\.(\d+)\.\d+\.tmp$/;

/** Whether a process with this id still runs (a process we may not signal still counts). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Spill folders of builds that were killed before they could remove them. */
export async function removeStaleSpills(): Promise<void> {
  const root = tmpdir();
  const entries = await readdir(root).catch(() => [] as string[]);
  await Promise.all(
    entries.map((entry) => {
      const pid = Number(SPILL.exec(entry)?.[1]);
      return pid && pid !== process.pid && !isRunning(pid) ? rm(join(root, entry), { recursive: true, force: true }) : undefined;
    }),
  );
}

/** Staged outputs in a folder whose process is gone. */
export async function removeStaleStaged(dir: string): Promise<void> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    entries.map((entry) => {
      const pid = Number(STAGED.exec(entry)?.[1]);
      return pid && pid !== process.pid && !isRunning(pid) ? rm(join(dir, entry), { force: true }) : undefined;
    }),
  );
}

/** On a signal: this process's spill folders and staged outputs, synchronously, before it exits. */
export function removeOwnTemporaries(dirs: readonly string[]): void {
  const root = tmpdir();
  const own = (name: string, pattern: RegExp) => Number(pattern.exec(name)?.[1]) === process.pid;
  for (const entry of safeList(root)) if (own(entry, SPILL)) rmSync(join(root, entry), { recursive: true, force: true });
  for (const dir of dirs) for (const entry of safeList(dir)) if (own(entry, STAGED)) rmSync(join(dir, entry), { force: true });
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
