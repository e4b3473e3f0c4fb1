// The fingerprint of a file's bytes, read once however many steps ask: the picture checks, the
// press pictures and the social cards all key their caches by the same pictures.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { memoize } from './memoize';

const fingerprintOfVersion = memoize(async (version: string) =>
  createHash('sha256')
    .update(await readFile(version.slice(0, version.indexOf('\0'))))
    .digest('hex'),
);

/**
 * The SHA-256 of a file, in hex. Kept by the file's path, size and time of change, so that a
 * picture replaced under the same name while `astro dev` runs is read again.
 */
export async function fileFingerprint(path: string): Promise<string> {
  const { size, mtimeMs } = await stat(path);
  return fingerprintOfVersion(`${resolve(path)}\0${size}\0${mtimeMs}`);
}
