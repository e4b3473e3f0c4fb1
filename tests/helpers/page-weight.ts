// What a built page costs a reader: its HTML, the CSS and the JavaScript it loads (with the
// modules those import), raw and gzipped.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuiltPage } from './dist';

export interface Weight {
  raw: number;
  gzip: number;
}

const weigh = (texts: string[]): Weight => ({
  raw: texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0),
  gzip: texts.reduce((sum, t) => sum + gzipSync(t).length, 0),
});

/** A script and every module it imports, each once. */
function scriptWithImports(distDir: string, file: string, seen: Set<string>): string[] {
  if (seen.has(file) || !existsSync(file)) return [];
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const imports = [...text.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) =>
    join(dirname(file), m[1]!),
  );
  return [text, ...imports.flatMap((i) => scriptWithImports(distDir, i, seen))];
}

export function pageWeight(distDir: string, page: BuiltPage): { html: Weight; css: Weight; js: Weight } {
  const local = (url: string) => join(distDir, url.split('?')[0] ?? url);
  const css = [
    ...page
      .$('link[rel="stylesheet"]')
      .map((_, el) => readFileSync(local(page.$(el).attr('href') ?? ''), 'utf8'))
      .get(),
    ...page
      .$('style')
      .map((_, el) => page.$(el).text())
      .get(),
  ];
  const seen = new Set<string>();
  const js = [
    ...page
      .$('script[src]')
      .map((_, el) => scriptWithImports(distDir, local(page.$(el).attr('src') ?? ''), seen))
      .get()
      .flat(),
    ...page
      .$('script:not([src]):not([type="application/ld+json"])')
      .map((_, el) => page.$(el).text())
      .get(),
  ];
  return { html: weigh([page.html]), css: weigh(css), js: weigh(js) };
}
