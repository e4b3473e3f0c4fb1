import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CARD_FONT_FILES, drawCard } from '../../src/social-cards/drawing';
import { entriesOf, field } from '../helpers/content';
import { builtFileList } from '../../scripts/built-files';
import { builtPages, resolvePath } from '../helpers/dist';
import { bothSites, testSite } from '../helpers/sites';

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

  it('weigh at most 100 KB each', () => {
    const cards = builtFileList(distDir).filter((file) => file.startsWith('og/'));
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(statSync(join(distDir, card)).size, card).toBeLessThanOrEqual(100_000);
  });

  it("show an entry's own picture beside its title, so that cards differ at a glance", async () => {
    const withPicture = builtPages(distDir).filter((page) => page.$('.press-box a[download]').length > 0);
    expect(withPicture.length).toBeGreaterThan(0);
    for (const page of withPicture) {
      const card = resolvePath(distDir, new URL(page.$('meta[property="og:image"]').attr('content')!).pathname)!;
      const picture = resolvePath(distDir, page.$('.press-box a[download]').attr('href')!)!;
      const region = { width: 480, height: 630 };
      const shown = await sharp(card)
        .extract({ left: 720, top: 0, ...region })
        .raw()
        .toBuffer();
      const expected = await sharp(picture)
        .rotate()
        .resize(region.width, region.height, { fit: 'cover', position: 'attention' })
        .removeAlpha()
        .raw()
        .toBuffer();
      let difference = 0;
      for (let i = 0; i < shown.length; i++) difference += Math.abs(shown[i]! - expected[i]!);
      // JPEG changes a few levels per channel; another picture or the bare gradient changes far more.
      expect(difference / shown.length, page.path).toBeLessThan(12);
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
    const withPicture = await drawCard(
      {
        siteName: 'NCE Heidner Biocluster',
        kicker: 'Løsning · Eksempel',
        title,
        footer: 'example.org',
        picture: join(testSite('fixture').contentDir, 'solutions/halm/hero.jpg'),
      },
      dir,
    );
    expect(withPicture).not.toBe(file);
    expect(await sharp(withPicture).metadata()).toMatchObject({ width: 1200, height: 630, format: 'jpeg' });
    rmSync(dir, { recursive: true, force: true });
  });
});
