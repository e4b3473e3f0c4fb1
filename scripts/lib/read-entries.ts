// Reads the Markdown entries of the content folder: folder, language, file and frontmatter.
// Explicit .ts extensions: the social card worker (src/data/card-prewarm.ts) loads this in plain Node.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { parseEntryId } from '../../src/lib/translations.ts';
import type { Lang } from '../../src/i18n/langs';

export const ENTRY_COLLECTIONS = ['solutions', 'stories', 'news', 'pages'] as const;
export type EntryCollection = (typeof ENTRY_COLLECTIONS)[number];

export interface EntryFile {
  collection: EntryCollection;
  folder: string;
  lang: Lang;
  file: string;
  data: Record<string, unknown>;
}

export function readEntries(root: string, collection: EntryCollection): EntryFile[] {
  const base = join(root, collection);
  if (!existsSync(base)) return [];
  return readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .flatMap((name) => {
      const key = parseEntryId(name.replace(/\.mdx?$/, '').split('\\').join('/'));
      if (!key) return [];
      const file = join(base, name);
      let data: Record<string, unknown>;
      try {
        data = (parse(splitFrontmatter(readFileSync(file, 'utf8')).yaml) ?? {}) as Record<string, unknown>;
      } catch {
        console.error(`${relative(process.cwd(), file)}: the frontmatter is not valid YAML; run npm run check:content to see where`);
        return [];
      }
      return [{ collection, folder: key.folder, lang: key.lang, file: relative(process.cwd(), file), data }];
    });
}
