// The editors' commands on copies of the fixture: `npm run new` for every type (the result
// passes the check and the build), its refusals, and `npm run translations`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runAstro } from '../helpers/astro-cli';
import { fixtureCopy, removeFixtureCopies, replaceIn } from '../helpers/content-fixture';
import { runCheck } from '../helpers/verdicts';

afterAll(removeFixtureCopies);

function run(script: string, args: string[], contentDir: string) {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), script, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}
const newEntry = (dir: string, ...args: string[]) => run('scripts/new-entry.ts', args, dir);

describe('npm run new', () => {
  it('creates every type in both languages, and the result passes the check and builds', () => {
    const dir = fixtureCopy();
    for (const type of ['solution', 'story', 'news', 'page']) {
      const made = newEntry(
        dir,
        type,
        `ny-${type}`,
        '--title-nb',
        `Ny ${type} om fôr på Åsen`,
        '--title-en',
        `New ${type} about feed`,
      );
      expect(made.status, made.err).toBe(0);
      const folder = join(
        dir,
        { solution: 'solutions', story: 'stories', news: 'news', page: 'pages' }[type]!,
        `ny-${type}`,
      );
      expect(existsSync(join(folder, 'index.nb.md')) && existsSync(join(folder, 'index.en.md'))).toBe(true);
    }
    expect(newEntry(dir, 'member', 'ny-bedrift', '--title-nb', 'Ny Bedrift AS').status).toBe(0);

    // Drafts may keep the scaffold's texts; the page and the member are live at once, so the
    // check names each placeholder they still hold, and passes once the editor has replaced them.
    const first = run('scripts/check-content.ts', [], dir);
    const problems = first.out.trim().split('\n').slice(0, -1);
    expect(problems.length, first.out).toBe(7);
    for (const line of problems) expect(line).toMatch(/(pages\/ny-page\/|members\/ny-bedrift\.yaml).*npm run new/);
    expect(first.status).toBe(1);
    for (const lang of ['nb', 'en']) {
      replaceIn(dir, `pages/ny-page/index.${lang}.md`, /^summary: .*$/m, 'summary: Om siden.');
      replaceIn(dir, `pages/ny-page/index.${lang}.md`, /\n\n.*\n$/, '\n\nTeksten på siden.\n');
      replaceIn(dir, 'members/ny-bedrift.yaml', new RegExp(`^  ${lang}: .*$`, 'm'), `  ${lang}: Om bedriften.`);
    }
    replaceIn(dir, 'members/ny-bedrift.yaml', /^website: .*$/m, 'website: https://ny-bedrift.test');
    const check = run('scripts/check-content.ts', [], dir);
    expect(check.out).toMatch(/^0 errors/m);
    expect(check.status).toBe(0);
    const work = join(dir, '..');
    const build = runAstro(['build', '--outDir', join(work, 'dist')], {
      CONTENT_DIR: dir,
      ASTRO_CACHE_DIR: join(work, 'cache'),
    });
    expect(build.status, build.output).toBe(0);
    // New entries start as drafts; the page and the member are live at once.
    expect(existsSync(join(work, 'dist/ny-page-om-for-pa-asen/index.html'))).toBe(true);
    expect(existsSync(join(work, 'dist/medlemmer/ny-bedrift/index.html'))).toBe(true);
    expect(existsSync(join(work, 'dist/losninger/ny-solution-om-for-pa-asen/index.html'))).toBe(false);
  });

  it('refuses an id or a URL name that is taken, saying which', () => {
    const dir = fixtureCopy();
    const sameId = newEntry(dir, 'solution', 'case', '--title-nb', 'A', '--title-en', 'B');
    expect(sameId.status).toBe(1);
    expect(sameId.err).toContain('solutions/case exists already');
    const sameSlug = newEntry(dir, 'solution', 'other', '--title-nb', 'Testløsning', '--title-en', 'Something else');
    expect(sameSlug.status).toBe(1);
    expect(sameSlug.err).toMatch(/the URL name "testlosning" is used by .*solutions\/case\/index\.nb\.md/);
    expect(existsSync(join(dir, 'solutions/other'))).toBe(false);
    expect(newEntry(dir, 'member', 'acme', '--title-nb', 'Acme').err).toContain('exists already');
    expect(newEntry(dir, 'recipe', 'x').err).toContain('unknown type "recipe"');
  });
});

describe('npm run translations', () => {
  it('reports translated, missing and out-of-date entries', () => {
    const dir = fixtureCopy((d) =>
      replaceIn(
        d,
        'solutions/case/index.nb.md',
        'publishDate: 2026-01-15',
        'publishDate: 2026-01-15\nupdated: 2026-06-01',
      ),
    );
    const { out, status } = run('scripts/translations.ts', [], dir);
    expect(status).toBe(0);
    expect(out).toMatch(/^case\s+solutions\s+ok\s+OUT OF DATE$/m);
    expect(out).toMatch(/^story\s+stories\s+ok\s+MISSING$/m);
    expect(out).toMatch(/^item\s+news\s+MISSING\s+ok$/m);
    expect(out).toMatch(/^about\s+pages\s+ok\s+ok$/m);
    expect(run('scripts/translations.ts', ['--markdown'], dir).out).toContain('14 of 30 entries need translation work');
  });

  it('marks a translation done, and sees a later change of its source on the same day', () => {
    const dir = fixtureCopy();
    const about = () => run('scripts/translations.ts', [], dir).out.match(/^about\s+pages\s+.*$/m)?.[0];
    const done = run('scripts/translations.ts', ['--done', 'pages/about/en'], dir);
    expect(done.status, done.err).toBe(0);
    expect(readFileSync(join(dir, 'pages/about/index.en.md'), 'utf8')).toMatch(/^translationOf: [0-9a-f]{12}$/m);
    expect(about()).toMatch(/ok\s+ok$/);
    // The Norwegian text changes; no date does.
    replaceIn(dir, 'pages/about/index.nb.md', 'Testside.', 'Testside med en ny setning.');
    expect(about()).toMatch(/ok\s+OUT OF DATE$/);
    expect(runCheck(dir).status).toBe(0);
    run('scripts/translations.ts', ['--done', 'pages/about/en'], dir);
    expect(about()).toMatch(/ok\s+ok$/);
    expect(run('scripts/translations.ts', ['--done', 'pages/nowhere/en'], dir).err).toContain(
      'no entry "pages/nowhere/en"',
    );
  });
});
