// A renamed slug keeps its old URL through `aliases`; without the alias, the ledger check
// names the URL that would break.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtFileList } from '../../scripts/built-files';
import { missingUrls, missingUrlsMessage, publicUrls } from '../../src/lib/url-ledger';
import { PROJECT_ROOT, runAstro } from '../helpers/astro-cli';

const work = mkdtempSync(join(tmpdir(), 'utstillingsvindu-permalinks-'));
const content = join(work, 'content');
cpSync(join(PROJECT_ROOT, 'tests/fixtures/content'), content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(name: string): string[] {
  const out = join(work, name);
  const result = runAstro(['build', '--outDir', out], { CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache') });
  if (result.status !== 0) throw new Error(result.output);
  return publicUrls(builtFileList(out));
}

function setFrontmatter(file: string, from: string, to: string) {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  writeFileSync(path, text.replace(from, to));
}

describe('renaming a slug', () => {
  it('keeps the old URL working through an alias, and fails the check without it', () => {
    const published = build('first');
    expect(published).toContain('/losninger/testlosning/');

    setFrontmatter('solutions/case/index.nb.md', 'slug: testlosning', 'slug: ny-testlosning\naliases: [testlosning]');
    const renamed = build('renamed');
    expect(missingUrls(published, renamed)).toEqual([]);
    const redirect = readFileSync(join(work, 'renamed/losninger/testlosning/index.html'), 'utf8');
    expect(redirect).toContain('url=/losninger/ny-testlosning/');

    setFrontmatter('solutions/case/index.nb.md', 'aliases: [testlosning]', 'aliases: []');
    const missing = missingUrls(published, build('no-alias'));
    expect(missing).toEqual(['/losninger/testlosning/']);
    expect(missingUrlsMessage(missing)).toContain('/losninger/testlosning/');
  });
});
