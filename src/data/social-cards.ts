// Social cards (Open Graph images), drawn at build time with the site's own font: Satori
// turns the card into SVG paths, sharp turns that into a PNG.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { kindLabel } from '../i18n/kinds';
import type { Site } from './site';
import { t } from '../i18n/ui';
import type { Route } from '../lib/routes';
import { CARD_HEIGHT, CARD_WIDTH, socialCard, type CardText } from '../lib/social-card';

/** The card font: Inter's Latin files, which cover æ, ø, å, « » and dashes. */
export const CARD_FONT_FILES = {
  400: '@fontsource/inter/files/inter-latin-400-normal.woff',
  700: '@fontsource/inter/files/inter-latin-700-normal.woff',
} as const;

const require = createRequire(import.meta.url);
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({ name: 'Inter', data: await readFile(require.resolve(CARD_FONT_FILES[weight])), weight, style: 'normal' as const })),
  );
  return fonts;
}

/**
 * Cards are kept between builds, keyed by everything that decides how they look (the whole
 * element tree with its styles, and the fonts), so an unchanged card is never drawn twice.
 */
const CACHE_DIR = join(process.env['ASTRO_CACHE_DIR'] ?? 'node_modules/.astro', 'social-cards');

export async function renderCard(text: CardText): Promise<Buffer> {
  const tree = socialCard(text);
  const fontData = await loadFonts();
  const hash = createHash('sha256').update(JSON.stringify(tree));
  for (const font of fontData) hash.update(font.data);
  const cached = join(CACHE_DIR, `${hash.digest('hex')}.png`);
  const hit = await readFile(cached).catch(() => null);
  if (hit) return hit;
  const png = await drawCard(tree, fontData);
  await mkdir(CACHE_DIR, { recursive: true });
  await writeFile(cached, png);
  return png;
}

async function drawCard(tree: ReturnType<typeof socialCard>, fonts: Awaited<ReturnType<typeof loadFonts>>): Promise<Buffer> {
  const svg = await satori(tree as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  // Plain PNG: quantising to a palette made files a third of the size but took five times as long.
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
}

/** The words on the card of a route: its own title for entry pages, the site's for the rest. */
export function cardText(site: Site, route: Route, host: string): CardText {
  const ui = t(route.lang);
  const base = { siteName: site.settings.name, footer: host };
  const theme = (ids: readonly string[]) => site.themes.get(ids[0] ?? '')?.data.name[route.lang];
  const kicker = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ');
  const entry = (groups: Site['solutions'] | Site['stories'] | Site['news']) => groups.get(route.ref ?? '')?.[route.lang];
  switch (route.view) {
    case 'solution': {
      const data = entry(site.solutions)!.data;
      return { ...base, kicker: kicker(kindLabel('solution', route.lang), theme(data.themes), data.sample ? ui.sample : undefined), title: data.title };
    }
    case 'story': {
      const data = entry(site.stories)!.data;
      return { ...base, kicker: kicker(kindLabel('story', route.lang), theme(data.themes), data.sample ? ui.sample : undefined), title: data.title };
    }
    case 'news': {
      const data = entry(site.news)!.data;
      return { ...base, kicker: kicker(kindLabel('news', route.lang), theme(data.themes), data.sample ? ui.sample : undefined), title: data.title };
    }
    default:
      return { ...base, kicker: site.settings.name, title: site.settings.tagline[route.lang] };
  }
}
