// Reads the committed content straight from the files, independently of Astro, so the
// build tests can tell what the build should have produced.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from './astro-cli';

export interface ContentFile {
  collection: string;
  folder: string;
  lang: 'nb' | 'en';
  file: string;
  data: Record<string, unknown>;
}

export function contentFiles(collection: string): ContentFile[] {
  const base = join(PROJECT_ROOT, 'content', collection);
  return readdirSync(base).flatMap((folder) =>
    readdirSync(join(base, folder))
      .filter((name) => /^(nb|en)\.mdx?$/.test(name))
      .map((name) => {
        const file = join(base, folder, name);
        const frontmatter = readFileSync(file, 'utf8').split(/^---\s*$/m)[1] ?? '';
        return { collection, folder, lang: name.slice(0, 2) as 'nb' | 'en', file, data: parse(frontmatter) as Record<string, unknown> };
      }),
  );
}

/** Whether the production build should show the entry (not a draft, not scheduled). */
export function isLive(entry: ContentFile, now = new Date()): boolean {
  const date = entry.data['publishDate'];
  return entry.data['draft'] !== true && (date === undefined || new Date(String(date)) <= now);
}
