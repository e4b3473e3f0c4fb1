// Reading a built site: its pages as parsed HTML, and whether a URL resolves to a file.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { builtFileList } from '../../scripts/built-files';

export interface BuiltPage {
  /** URL path, e.g. "/losninger/protein-av-halm/" or "/404.html". */
  path: string;
  file: string;
  html: string;
  $: cheerio.CheerioAPI;
}

export function builtPages(distDir: string): BuiltPage[] {
  return builtFileList(distDir)
    .filter((file) => file.endsWith('.html'))
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
    });
}

/** The file a site path is served from, or null if none. */
export function resolvePath(distDir: string, path: string): string | null {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '');
  const candidates = clean.endsWith('/')
    ? [join(distDir, clean, 'index.html')]
    : [join(distDir, clean), join(distDir, clean, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}
