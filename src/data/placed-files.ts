// Files made beside the pages (social cards, press pictures), each kept in the build cache by
// what it is made of and linked, in a build, into the output folder that
// src/integrations/placed-files.ts names. `astro dev` places nothing.
import { join } from 'node:path';
import { linkOrCopy } from '../lib/link-or-copy';

/** Files placed in this build, by site path: many pages share a file (the site's social card). */
const placed = new Map<string, Promise<void>>();

/**
 * Places the file `make` returns (a file in the build cache) at a site path, once per build;
 * `make` is called only in a build, and only for the first page that asks for the path.
 */
export function placeFile(sitePath: string, make: () => Promise<string>): Promise<void> {
  const folder = import.meta.env.PLACED_FILES_DIR;
  if (!folder) return Promise.resolve();
  if (!placed.has(sitePath))
    placed.set(
      sitePath,
      make().then((file) => linkOrCopy(file, join(folder, sitePath))),
    );
  return placed.get(sitePath)!;
}
