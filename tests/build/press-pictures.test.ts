// The press picture of every entry page with a picture: the download beside the page, under a
// name made from the page and the maker, at the original's full size, with the credit, the
// licence and the description inside the file, as a metadata reader (exifr) reads them back.
import { dirname, join, resolve } from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/i18n/segments';
import { entryPath, pagePath } from '../../src/lib/urls';
import { entriesOf, isLive, type Entry } from '../helpers/content';
import { builtPages, resolvePath } from '../helpers/dist';
import { bothSites } from '../helpers/sites';

interface PictureField {
  src: string;
  alt: string;
  credit: string;
  licence?: string;
}

const SECTIONS = ['solutions', 'stories', 'news', 'projects', 'events'] as const;

const pictureOf = (entry: Entry) => (entry.data['hero'] ?? entry.data['image']) as PictureField | undefined;

/** The Dublin Core language alternative as exifr gives it: one value or a list of { lang, value }. */
const texts = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).map((item) =>
    typeof item === 'object' && item !== null ? String((item as { value: unknown }).value) : String(item),
  );

describe.each(bothSites())('press pictures of the $name site', ({ name, contentDir, distDir }) => {
  const pages = builtPages(distDir);
  const withPicture = SECTIONS.flatMap((section) => entriesOf(contentDir, section))
    .filter((entry) => isLive(entry) && pictureOf(entry))
    .map((entry) => {
      const path = entryPath(entry.collection as Section, entry.lang, String(entry.data['slug']));
      const page = pages.find((p) => p.path === path);
      return { entry, picture: pictureOf(entry)!, page: page! };
    });

  it('offers on every entry page with a picture a download named after the page and the maker', () => {
    expect(withPicture.length).toBeGreaterThan(0);
    for (const { entry, picture, page } of withPicture) {
      expect(page, entry.file).toBeDefined();
      const link = page.$('.press-box a[download]');
      const href = link.attr('href') ?? '';
      const name = link.attr('download') ?? '';
      expect(href, page.path).toBe(`${page.path}${name}`);
      expect(name, page.path).toMatch(
        new RegExp(`^${String(entry.data['slug'])}_[a-z0-9-]+\\.(jpg|png|webp|avif|tif)$`),
      );
      expect(page.$('.press-box').text(), page.path).toContain(picture.credit);
    }
  });

  it('gives the original at full size with credit, licence and description in EXIF and XMP', async () => {
    for (const { entry, picture, page } of withPicture) {
      const file = resolvePath(distDir, page.$('.press-box a[download]').attr('href')!);
      expect(file, page.path).not.toBeNull();
      const original = await sharp(resolve(dirname(join(entry.file)), picture.src)).metadata();
      const saved = await sharp(file!).metadata();
      expect([saved.width, saved.height], page.path).toEqual([original.width, original.height]);

      const tags = await exifr.parse(file!, { xmp: true, mergeOutput: false });
      const licence = picture.licence ?? 'All rights reserved';
      // EXIF text is ASCII: a credit with other letters is spelt out there, and exact in XMP.
      const ascii = /^[\x20-\x7e]*$/.test(picture.credit);
      expect(tags.ifd0.Artist, page.path).toEqual(ascii ? picture.credit : expect.any(String));
      expect(tags.ifd0.Copyright, page.path).toContain(licence);
      expect(texts(tags.dc.creator), page.path).toEqual([picture.credit]);
      expect(texts(tags.dc.rights)[0], page.path).toContain(licence);
      expect(texts(tags.dc.rights)[0], page.path).toContain(picture.credit);
      // XMP is UTF-8: the description keeps æ, ø and å (EXIF's ASCII field may not).
      expect(texts(tags.dc.description), page.path).toContain(picture.alt);
    }
  });

  it('lists every press picture with its credit and every press contact on the press page of each language', () => {
    const pressPages = entriesOf(contentDir, 'pages').filter((entry) => entry.folder === 'press' && isLive(entry));
    if (name === 'fixture') expect(pressPages.map((entry) => entry.lang).sort()).toEqual(['en', 'nb']);
    for (const pressPage of pressPages) {
      const page = pages.find((p) => p.path === pagePath(pressPage.lang, String(pressPage.data['slug'])))!;
      const downloads = page.$('main a[download]');
      const own = withPicture.filter(({ entry }) => entry.lang === pressPage.lang);
      expect(
        downloads
          .map((_, a) => page.$(a).attr('href'))
          .get()
          .sort(),
        page.path,
      ).toEqual(own.map(({ page: p }) => p.$('.press-box a[download]').attr('href')).sort());
      for (const { picture } of own) expect(page.$('main').text(), page.path).toContain(picture.credit);
      const contacts = SECTIONS.flatMap((section) => entriesOf(contentDir, section))
        .filter((entry) => isLive(entry) && entry.lang === pressPage.lang)
        .flatMap((entry) => {
          const contact = (entry.data['pressContact'] ?? entry.data['contact']) as { email: string } | undefined;
          return contact ? [contact.email.toLowerCase()] : [];
        });
      const mailto = page.$('main a[href^="mailto:"]').map((_, a) => page.$(a).attr('href')!.slice(7).toLowerCase());
      for (const email of contacts) expect(mailto.get(), page.path).toContain(email);
    }
  });
});
