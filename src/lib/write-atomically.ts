import { randomUUID } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';

/**
 * Writes a file under a temporary name beside it and then renames it, so that a build stopped
 * halfway leaves no broken file in a cache that later builds trust. `write` writes the given path.
 */
export async function writeAtomically<T>(file: string, write: (partial: string) => Promise<T>): Promise<T> {
  const partial = `${file}.${randomUUID()}.part`;
  try {
    const result = await write(partial);
    await rename(partial, file);
    return result;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
