import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CARD_FONT_FILES, drawCard } from '../../src/social-cards/drawing';
import { entriesOf, field } from '../helpers/content';
import { builtPages, resolvePath } from '../helpers/dist';
import { bothSites } from '../helpers/sites';

const require = createRequire(import.meta.url);
const fonts = Object.values(CARD_FONT_FILES).map((file) => fontkit.openSync(require.resolve(file)) as fontkit.Font);

/** Characters of a text that a card font has no glyph for. */
const missingGlyphs = (text: string) =>
  [...new Set(text)].filter(
    (char) => char.trim() && fonts.some((font) => !font.hasGlyphForCodePoint(char.codePointAt(0)!)),
  );

describe.each(bothSites())('social cards of the $name site', ({ contentDir, distDir }) => {
  it('give every page an Open Graph image of 1200 x 630 that exists, with absolute URLs', async () => {
    const pages = builtPages(distDir).filter(
      (p) => p.path !== '/404.html' && p.$('meta[http-equiv="refresh"]').length === 0,
    );
    const images = new Set<string>();
    for (const page of pages) {
      const image = page.$('meta[property="og:image"]').attr('content') ?? '';
      expect(image, page.path).toMatch(/^https:\/\/.+\.jpg$/);
      expect(page.$('meta[name="twitter:image"]').attr('content')).toBe(image);
      expect(page.$('meta[property="og:url"]').attr('content')).toBe(page.$('link[rel="canonical"]').attr('href'));
      expect(page.$('meta[property="og:locale"]').attr('content')).toBe(
        page.path.startsWith('/en/') ? 'en_GB' : 'nb_NO',
      );
      images.add(new URL(image).pathname);
    }
    for (const path of images) {
      const file = resolvePath(distDir, path);
      expect(file, path).not.toBeNull();
      const { width, height, format } = await sharp(file!).metadata();
      expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: 'jpeg' });
    }
  });

  it('have a glyph in the card font for every character of every title', () => {
    const titles = (['solutions', 'stories', 'news'] as const)
      .flatMap((c) => entriesOf(contentDir, c))
      .map((e) => field(e, 'title'));
    expect(titles.flatMap(missingGlyphs)).toEqual([]);
  });
});

describe('the social card drawing', () => {
  it('render Norwegian letters, guillemets and dashes', async () => {
    const title = 'Ærlig øl på Åna – «fôr»';
    expect(missingGlyphs(title)).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'utstillingsvindu-cards-'));
    const file = await drawCard(
      { siteName: 'NCE Heidner Biocluster', kicker: 'Løsning', title, footer: 'example.org' },
      dir,
    );
    expect(await sharp(file).metadata()).toMatchObject({ width: 1200, height: 630, format: 'jpeg' });
    rmSync(dir, { recursive: true, force: true });
  });
});
