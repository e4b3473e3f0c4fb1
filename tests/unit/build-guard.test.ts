import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGuard } from '../../src/integrations/build-guard';
import { PROJECT_ROOT } from '../helpers/astro-cli';

const work = mkdtempSync(join(tmpdir(), 'build-guard-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Hooks = Required<AstroIntegration['hooks']>;
const logger = { info: () => {} };

/** The guard's hooks, set up as a build would, with its list in `cache`. */
function guardFor(cache: string) {
  const hooks = buildGuard().hooks as Hooks;
  const config = { cacheDir: pathToFileURL(`${cache}/`) };
  (hooks['astro:config:setup'] as (o: object) => void)({ command: 'build', config, updateConfig: () => {} });
  return hooks;
}

describe('the build guard', () => {
  it('fails the build with the list of what is missing', async () => {
    const [cache, out] = [join(work, 'cache'), join(work, 'dist')];
    mkdirSync(cache, { recursive: true });
    mkdirSync(join(out, 'pagefind'), { recursive: true });
    writeFileSync(join(out, 'index.html'), '');
    const entry = { languages: { nb: { page_count: 1 }, en: { page_count: 0 } } };
    writeFileSync(join(out, 'pagefind/pagefind-entry.json'), JSON.stringify(entry));
    const expected = { files: ['index.html', 'losninger/index.html'], searchPages: { nb: 2, en: 0 } };
    writeFileSync(join(cache, 'expected-outputs.json'), JSON.stringify(expected));
    const done = guardFor(cache)['astro:build:done'] as (o: object) => Promise<void>;
    await expect(done({ dir: pathToFileURL(`${out}/`), logger })).rejects.toThrow(
      /did not write all it should:\n {2}losninger\/index\.html\n {2}the nb search index holds 1 pages, not 2/,
    );
  });

  it('turns an early exit with code 0 into a failure', () => {
    const script = [
      `import { buildGuard } from ${JSON.stringify(join(PROJECT_ROOT, 'src/integrations/build-guard.ts'))};`,
      'const hooks = buildGuard().hooks;',
      `hooks['astro:config:setup']({ command: 'build', config: { cacheDir: new URL('file://${work}/early/') }, updateConfig() {} });`,
      "await hooks['astro:build:start']();",
      'process.exit(0);',
    ].join('\n');
    const file = join(work, 'early.mts');
    writeFileSync(file, script);
    const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), file], {
      encoding: 'utf8',
    });
    expect(result.stderr).toContain('did not write every page');
    expect(result.status).toBe(1);
  });
});
