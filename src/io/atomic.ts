/** Atomic file output: write to a temporary file beside the target, then rename over it. */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, basename } from "node:path";

export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes several files so that either all are replaced or none: each goes to a temporary
 * file first, and the renames happen only once every write has succeeded.
 */
export async function writeFilesAtomic(files: readonly { path: string; content: string | Uint8Array }[]): Promise<void> {
  const staged: { temporary: string; path: string }[] = [];
  try {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      const temporary = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.${Date.now()}.tmp`);
      staged.push({ temporary, path: file.path });
      await writeFile(temporary, file.content);
    }
    for (const { temporary, path } of staged) await rename(temporary, path);
  } catch (error) {
    await Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true })));
    throw error;
  }
}
