import { copyFile, link, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Puts a file at a second place: as a hard link where both share a file system (nothing is
 * copied), else as a copy. For files that are never changed in place (a new file gets a new name).
 * The folder is made only when the first try finds it missing: thousands of files are placed.
 */
export async function linkOrCopy(file: string, target: string): Promise<void> {
  try {
    await link(file, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return copyFile(file, target);
    await mkdir(dirname(target), { recursive: true });
    await link(file, target).catch(() => copyFile(file, target));
  }
}
