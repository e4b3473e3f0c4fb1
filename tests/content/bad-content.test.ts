// Each class of bad content must stop the build with a message that names the file and
// the field. Every case copies a small valid fixture, breaks one thing and runs Astro on it.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureCopy, removeFixtureCopies, replaceIn } from '../helpers/content-fixture';
import { runAstroOn } from '../helpers/verdicts';

/** A copy of the fixture content with `edit` applied, and Astro run on it. */
const runOn = (command: 'sync' | 'build', edit: (dir: string) => void) => runAstroOn(fixtureCopy(edit), command);

afterAll(removeFixtureCopies);

describe('the fixture itself', () => {
  it('builds when nothing is broken', () => {
    const result = runOn('build', () => {});
    expect(result.output).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });
});

describe('field errors stop the build and name the file and the field', () => {
  const cases: [string, (dir: string) => void, RegExp][] = [
    [
      'a slug with uppercase or non-ASCII letters',
      (d) => replaceIn(d, 'solutions/case/index.nb.md', 'slug: testlosning', 'slug: Testløsning'),
      /slug: must use only a-z, 0-9/,
    ],
    [
      'a summary over 160 characters',
      (d) => replaceIn(d, 'solutions/case/index.nb.md', /^summary: .*$/m, `summary: ${'Lang tekst. '.repeat(15)}`),
      /summary: is longer than 160 characters/,
    ],
    [
      'a date that is not a date',
      (d) => replaceIn(d, 'solutions/case/index.nb.md', 'publishDate: 2026-01-15', 'publishDate: soon'),
      /publishDate: is not a valid date/,
    ],
    [
      'a missing alt text',
      (d) => replaceIn(d, 'solutions/case/index.nb.md', /^ {2}alt: .*\n/m, ''),
      /hero\.alt: is missing: describe what the picture shows/,
    ],
    [
      'a missing image credit',
      (d) => replaceIn(d, 'solutions/case/index.en.md', /^ {2}credit: .*\n/m, ''),
      /hero\.credit: is missing/,
    ],
    [
      'an unknown value-chain stage',
      (d) => replaceIn(d, 'solutions/case/index.nb.md', 'stage: processing', 'stage: fishing'),
      /stage: must be one of: inputs, primary-production/,
    ],
    [
      'an unknown maturity',
      (d) => replaceIn(d, 'solutions/case/index.nb.md', 'maturity: pilot', 'maturity: done'),
      /maturity: must be one of: research, pilot, commercial/,
    ],
    [
      'an unknown SDG',
      (d) => replaceIn(d, 'solutions/case/index.nb.md', 'sdgs: [2, 12]', 'sdgs: [2, 18]'),
      /sdgs\.1: must be a goal number from 1 to 17/,
    ],
  ];
  for (const [name, edit, message] of cases) {
    it(name, () => {
      const result = runOn('sync', edit);
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(message);
      expect(result.output).toMatch(/solutions\/case\/index\.(nb|en)\.md/);
    });
  }
});

describe('errors across entries stop the build and name the file and the field', () => {
  it('reports a date that YAML would roll over (2026-13-45)', () => {
    const result = runOn('build', (d) =>
      replaceIn(d, 'solutions/case/index.nb.md', 'publishDate: 2026-01-15', 'publishDate: 2026-13-45'),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/solutions\/case\/index\.nb\.md\s+publishDate: "2026-13-45" is not a real date/);
  });

  it('reports an unknown theme, an unknown member and a duplicate slug together', () => {
    const result = runOn('build', (d) => {
      replaceIn(d, 'solutions/case/index.nb.md', 'themes: [feed]', 'themes: [feed, fish]');
      replaceIn(d, 'solutions/case/index.en.md', 'themes: [feed]', 'themes: [feed, fish]');
      replaceIn(d, 'solutions/case/index.en.md', 'members: [acme]', 'members: [ghost]');
      replaceIn(d, 'solutions/case/index.nb.md', 'members: [acme]', 'members: [ghost]');
      cpSync(join(d, 'solutions/case'), join(d, 'solutions/copy'), { recursive: true });
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /solutions\/case\/index\.nb\.md\s+themes\[1\]: unknown id "fish": use one of biorefining, feed, genetics/,
    );
    expect(result.output).toMatch(/solutions\/case\/index\.en\.md\s+members\[0\]: unknown id "ghost"/);
    expect(result.output).toMatch(
      /solutions\/copy\/index\.nb\.md\s+slug: "testlosning" is already used by .*solutions\/case\/index\.nb\.md/,
    );
  });
});
