// The decoding verdicts on pictures are kept by file content between builds.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pictureProblems } from '../../src/lib/picture-rules';

const jpeg = (background: string) =>
  sharp({ create: { width: 1600, height: 900, channels: 3, background } })
    .jpeg()
    .toBuffer();

describe('pictureProblems with a cache file', () => {
  it('decodes a picture once and again only when its bytes change', async () => {
    const root = mkdtempSync(join(tmpdir(), 'picture-rules-'));
    const cacheFile = join(root, 'cache', 'picture-checks.json');
    const good = await jpeg('#336699');
    writeFileSync(join(root, 'good.jpg'), good);
    writeFileSync(join(root, 'cut.jpg'), good.subarray(0, good.length / 2));

    const messages = async () => (await pictureProblems(root, [], cacheFile)).map((p) => `${p.file} ${p.message}`);
    const first = await messages();
    expect(first).toHaveLength(1);
    expect(first[0]).toMatch(/cut\.jpg cannot be read in full/);

    // A verdict in the cache is taken as it is: the files are not decoded again.
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, { width: number; problem?: string }>;
    expect(Object.keys(cache)).toHaveLength(2);
    for (const verdict of Object.values(cache)) verdict.problem = 'from the cache';
    writeFileSync(cacheFile, JSON.stringify(cache));
    expect(await messages()).toEqual([
      expect.stringMatching(/cut\.jpg from the cache$/),
      expect.stringMatching(/good\.jpg from the cache$/),
    ]);

    // A changed file is decoded again.
    writeFileSync(join(root, 'good.jpg'), await jpeg('#996633'));
    expect(await messages()).toEqual([expect.stringMatching(/cut\.jpg from the cache$/)]);
  });
});
