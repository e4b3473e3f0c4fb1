// `npm run bench` works: a small corpus, both builds, the comparison table.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEnv } from '../../scripts/lib/build-env';
import { PROJECT_ROOT } from '../helpers/astro-cli';

describe('npm run bench', () => {
  it('builds the real and the bare site from a generated corpus and compares them', () => {
    const run = spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/bench/run.ts', '3'],
      {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        env: buildEnv(),
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('N = 3, 18 generated MDX files with 9 pictures');
    const rows = [
      ...run.stdout.matchAll(
        /^\| (real|bare)(, warm cache)? \| (\d+) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \| (\d+) \|$/gm,
      ),
    ];
    expect(rows.map((r) => `${r[1]}${r[2] ?? ''}`)).toEqual(['real', 'real, warm cache', 'bare', 'bare, warm cache']);
    const pages = rows.map((r) => Number(r[3]));
    expect(pages[2]).toBe(18);
    expect(pages[3]).toBe(18);
    expect(pages[0]).toBeGreaterThan(18);
    expect(pages[1]).toBe(pages[0]);
    expect(run.stdout).toMatch(
      /Real\/bare, cold: \d+\.\d\d per page, \d+\.\d\d in wall time; warm: \d+\.\d\d per page/,
    );

    // The picture table: what Astro's image step made and reused, per build and format.
    const pictures = new Map(
      [
        ...run.stdout.matchAll(
          /^\| ((?:real|bare)(?:, warm cache)?) \| (\w+) \| (\d+) \| (\d+) \| [\d.]+ \| (\d+) \|/gm,
        ),
      ].map((r) => [`${r[1]} ${r[2]}`, { made: Number(r[3]), reused: Number(r[4]), files: Number(r[5]) }]),
    );
    // The bare site: one WebP per picture (Astro's <Image> defaults), made once, then from the cache.
    expect(pictures.get('bare webp')).toEqual({ made: 9, reused: 0, files: 9 });
    expect(pictures.get('bare, warm cache webp')).toEqual({ made: 0, reused: 9, files: 9 });
    // The real site: AVIF at several widths for each of the nine pictures, none made again when warm.
    expect(pictures.get('real avif')!.made).toBeGreaterThanOrEqual(9 * 2);
    expect(pictures.get('real, warm cache avif')).toMatchObject({ made: 0, reused: pictures.get('real avif')!.made });
  }, 300_000);
});
