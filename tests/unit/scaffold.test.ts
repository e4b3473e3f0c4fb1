import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parseYaml, splitFrontmatter } from '../../src/lib/content-files';
import { entryFile } from '../../src/lib/scaffold';
import { contentSchemas } from '../../src/lib/schemas';

const input = {
  type: 'solution',
  slug: 'ny',
  today: '2026-01-01',
  themeId: 'feed',
  memberIds: ['acme', 'fjosdata'],
} as const;
const solutionSchema = contentSchemas(() => z.string()).solutions;

describe('npm run new templates', () => {
  it('comment each field in the language of the file', () => {
    expect(entryFile({ ...input, lang: 'nb', title: 'Ny' })).toMatch(
      /slug: ny {2}# URL-navnet: a-z, 0-9 og bindestrek/,
    );
    expect(entryFile({ ...input, lang: 'en', title: 'New' })).toMatch(
      /slug: ny {2}# the URL name: a-z, 0-9 and hyphens/,
    );
  });

  it('give a solution that the schema takes, also with every optional field filled in', () => {
    for (const lang of ['nb', 'en'] as const) {
      const { yaml } = splitFrontmatter(entryFile({ ...input, lang, title: 'Ny' }));
      expect(solutionSchema.safeParse(parseYaml(yaml).data).success).toBe(true);
      // What an editor does: remove the # in front of the optional lines, and write a real address.
      const filled = yaml
        .split('\n')
        .filter((line) => !/^# (Valgfritt|Optional)/.test(line))
        .map((line) => line.replace(/^# /, '').replace('https://…', 'https://www.heidner.example/prosjekt'))
        .join('\n');
      const result = solutionSchema.safeParse(parseYaml(filled).data);
      expect(result.error?.issues ?? []).toEqual([]);
      expect(result.data).toMatchObject({ trl: 5, region: 'Innlandet', aliases: [], links: [{}], impact: [{}] });
    }
  });
});
