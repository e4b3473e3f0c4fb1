// The browser editor end to end, as an editor uses it: a new solution written in both
// languages through Decap's own interface, saved by the real local backend (decap-server) into
// a copy of the fixture content; the saved files pass check:content and build into both pages.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/astro-cli';
import { useBrowserAndSite } from '../helpers/browser';
import { fixtureCopy, removeFixtureCopies } from '../helpers/content-fixture';
import { testSite } from '../helpers/sites';
import { runAstroOn, runCheck } from '../helpers/verdicts';

const require = createRequire(import.meta.url);
const PICTURE = join(PROJECT_ROOT, 'tests/fixtures/content/solutions/case/hero.jpg');

/** decap-server on the port the fixture site's editor expects, saving into `repository`. */
async function startLocalBackend(repository: string, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
    // MODE is decap-server's own setting (files, not git); the test runner's MODE must not reach it.
    env: { ...process.env, MODE: 'fs', PORT: String(port), GIT_REPO_DIRECTORY: repository, LOG_LEVEL: 'error' },
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    const info = await fetch(`http://localhost:${port}/api/v1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"action":"info"}',
    }).catch(() => undefined);
    if (info?.ok) return server;
    await new Promise((done) => setTimeout(done, 100));
  }
  server.kill();
  throw new Error(`decap-server did not answer on port ${port}`);
}

/** The editor's form, one pane per language: fields are found by their label, in the pane's order. */
function form(page: Page) {
  const control = async (label: string, pane: number) => {
    const labels = page.locator('label').filter({ hasText: new RegExp(`^${label}( \\(valgfritt\\))?$`) });
    return page.locator(`[id="${await labels.nth(pane).getAttribute('for')}"]`);
  };
  return {
    fill: async (label: string, value: string, pane = 0) => (await control(label, pane)).fill(value),
    /** A select or a relation: type, wait for the option, take it. */
    choose: async (label: string, typed: string, option: string) => {
      const input = await control(label, 0);
      await input.fill(typed);
      await page.getByRole('option', { name: option }).click();
    },
    body: async (text: string, pane = 0) => {
      const editor = page.locator('[contenteditable="true"]').nth(pane);
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(text);
    },
  };
}

describe('the browser editor at /admin/', () => {
  const context = useBrowserAndSite(() => testSite('fixture').distDir);
  const port = inject('cmsPort');
  let content = '';
  let backend: ChildProcess | undefined;

  beforeAll(async () => {
    content = fixtureCopy();
    backend = await startLocalBackend(dirname(content), port);
  });
  afterAll(() => {
    backend?.kill();
    removeFixtureCopies();
  });

  it('creates a solution in both languages that passes the check and builds into both pages', async () => {
    const page = await context.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      const own = url.origin === context.site.origin || url.origin === `http://localhost:${port}`;
      if (!own && !['data:', 'blob:'].includes(url.protocol)) foreign.push(request.url());
    });
    // "Fill in from the other language" asks before it overwrites.
    page.on('dialog', (dialog) => void dialog.accept());
    const started = Date.now();

    await page.goto(`${context.site.origin}/admin/`);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByRole('link', { name: 'Løsninger' }).click();
    await page.locator('a', { hasText: /^\W+løsning$/ }).click();

    const { fill, choose, body } = form(page);
    await fill('Tittel', 'Varme fra fjøset');
    await fill('Sammendrag \\(vises i lister og søk\\)', 'Fjøset varmer opp våningshuset med varmen fra dyra.');
    await fill('URL-navn', 'varme-fra-fjoset');
    await fill('Publiseringsdato', '2026-01-20');
    await page
      .locator('label', { hasText: /^Eksempelinnhold/ })
      .first()
      .click();
    await choose('Tema', 'bio', 'Bioraffinering');
    await choose('Medlemmer \\(den første leder\\)', 'acme', 'Acme AS');
    await choose('Ledd i verdikjeden', 'primær', 'Primærproduksjon');
    await choose('Modenhet', 'pilot', 'Pilot');
    await choose('Bærekraftsmål', '7', '7. Ren energi til alle');
    await fill('Navn', 'Kari Nordmann');
    await fill('Rolle', 'Daglig leder');
    await fill('E-post', 'presse@fjosvarme.example');
    await page.getByRole('button', { name: 'Velg et bilde' }).first().click();
    await page.locator('input[type="file"]').setInputFiles(PICTURE);
    await page.getByRole('button', { name: 'Velg markert' }).click();
    await fill('Alternativ tekst \\(hva bildet viser\\)', 'Et rødt fjøs i snø med damp fra ventilene');
    await fill('Kreditering \\(fotograf\\)', 'Foto: Ola Nordmann');
    await body('Varmen fra dyra varmer huset hele vinteren.');

    // The English side starts as a copy of the Norwegian one; then its texts are translated.
    await page.getByRole('button', { name: 'Fill in from another locale' }).nth(1).click();
    await page.getByRole('menuitem', { name: 'NB' }).click();
    await fill('Tittel', 'Heat from the barn', 1);
    await fill(
      'Sammendrag \\(vises i lister og søk\\)',
      'The barn heats the farmhouse with the warmth of the animals.',
      1,
    );
    await fill('URL-navn', 'heat-from-the-barn', 1);
    await fill('Alternativ tekst \\(hva bildet viser\\)', 'A red barn in the snow with steam from its vents', 1);
    await body('The warmth of the animals heats the house all winter.', 1);

    await page.getByRole('button', { name: 'Publiser' }).click();
    await page.getByRole('menuitem', { name: 'Publiser nå' }).click();
    const folder = join(content, 'solutions/varme-fra-fjoset');
    await expect.poll(() => existsSync(join(folder, 'index.en.md'))).toBe(true);
    console.log(`The editor took ${((Date.now() - started) / 1000).toFixed(1)} s from /admin/ to a saved solution`);
    await page.close();

    expect(foreign).toEqual([]);
    const nb = readFileSync(join(folder, 'index.nb.md'), 'utf8');
    const en = readFileSync(join(folder, 'index.en.md'), 'utf8');
    expect(nb).toMatch(/^themes:\n {2}- biorefining$/m);
    expect(nb).toMatch(/^sdgs:\n {2}- 7$/m);
    expect(en).toContain('slug: heat-from-the-barn');
    expect(en).toMatch(/^stage: primary-production$/m);
    expect(existsSync(join(folder, 'hero.jpg'))).toBe(true);

    const check = runCheck(content);
    expect(check.lines.join('\n')).toContain('0 errors');
    expect(check.status).toBe(0);
    const build = runAstroOn(content, 'build');
    expect(build.status, build.output).toBe(0);
    const dist = join(content, '../dist');
    expect(readFileSync(join(dist, 'losninger/varme-fra-fjoset/index.html'), 'utf8')).toContain('Varme fra fjøset');
    expect(readFileSync(join(dist, 'en/solutions/heat-from-the-barn/index.html'), 'utf8')).toContain(
      'Heat from the barn',
    );
  }, 240_000);
});
