// Writes down what this build must produce, for the check at its end (src/integrations/build-guard.ts).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pressPictures } from './press-pictures';
import type { Site } from './site';
import { expectedOutputs } from '../lib/build-outputs';

/** Only a build names the file; `astro dev` checks nothing. */
export async function writeExpectedOutputs(site: Site): Promise<void> {
  const file = import.meta.env.EXPECTED_OUTPUTS_FILE;
  if (!file) return;
  await mkdir(dirname(file), { recursive: true });
  await writeFile(
    file,
    JSON.stringify(
      expectedOutputs(
        site.routes,
        pressPictures(site).map((press) => press.path),
      ),
    ),
  );
}
