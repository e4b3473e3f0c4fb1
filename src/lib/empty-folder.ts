import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Kept in place when a folder is emptied, as Astro keeps it: a site deployed from its own repository. */
const KEPT = '.git';

/**
 * Empties `folder` at once by moving it to `aside` (a path on the same file system that nothing
 * else uses), and deletes the old contents in the background: `removed` settles when they are
 * gone, with the error if they could not be. Where the folder cannot be moved (`aside` is on
 * another file system), it is emptied in place before this returns.
 */
export async function emptyFolder(folder: string, aside: string): Promise<{ removed: Promise<Error | undefined> }> {
  const removed = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
    );
  // What a build that was stopped before its end left aside.
  await rm(aside, { recursive: true, force: true });
  await mkdir(dirname(aside), { recursive: true });
  try {
    await rename(folder, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { removed: Promise.resolve(undefined) };
    const entries = await readdir(folder);
    await Promise.all(
      entries.filter((name) => name !== KEPT).map((name) => rm(join(folder, name), { recursive: true, force: true })),
    );
    return { removed: Promise.resolve(undefined) };
  }
  await mkdir(folder, { recursive: true });
  await rename(join(aside, KEPT), join(folder, KEPT)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  return { removed: removed(rm(aside, { recursive: true, force: true })) };
}
