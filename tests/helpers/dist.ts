// Reading a built site: its pages as parsed HTML, and whether a URL resolves to a file.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { builtFileList } from '../../scripts/built-files';
import { CMS_PATH } from '../../src/lib/urls';

export interface BuiltPage {
  /** URL path, e.g. "/losninger/protein-av-halm/" or "/404.html". */
  path: string;
  file: string;
  html: string;
  $: cheerio.CheerioAPI;
}

/** The browser editor's folder in the output. */
export const CMS_FOLDER = CMS_PATH.slice(1, -1);

export function builtPages(distDir: string): BuiltPage[] {
  return (
    builtFileList(distDir)
      // The browser editor is not a page of the site; tests/build/cms.test.ts holds it to its own rules.
      .filter((file) => file.endsWith('.html') && !file.startsWith(`${CMS_FOLDER}/`))
      .sort()
      .map((file) => {
        const html = readFileSync(join(distDir, file), 'utf8');
        const path =
          file === 'index.html'
            ? '/'
            : file.endsWith('/index.html')
              ? `/${file.slice(0, -'index.html'.length)}`
              : `/${file}`;
        return { path, file, html, $: cheerio.load(html) };
      })
  );
}

/** The file a site path is served from, or null if none. */
export function resolvePath(distDir: string, path: string): string | null {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '');
  const candidates = clean.endsWith('/')
    ? [join(distDir, clean, 'index.html')]
    : [join(distDir, clean), join(distDir, clean, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}
