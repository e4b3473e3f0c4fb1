// A worker thread that draws the social cards of every entry into the card cache while Astro
// is still bundling, when one core is mostly idle; the pages then find their cards drawn. It
// reads the content files itself (Astro's content layer is not open to a worker), so it only
// predicts the cards: a card it misses, or words it gets wrong, the page draws as usual.
//
// Node runs this file without a bundler (its types are stripped): it and every module it
// loads import each other with explicit .ts extensions. tests/build/card-prewarm.test.ts runs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workerData } from 'node:worker_threads';
import pLimit from 'p-limit';
import { parse } from 'yaml';
import { readEntryFiles } from '../lib/content-files.ts';
import { LANGS, type Lang } from '../i18n/langs.ts';
import { cardTextOf, type CardSubject, type CardText } from '../lib/social-card.ts';
import { drawCard } from './card-drawing.ts';

export interface PrewarmInput {
  contentRoot: string;
  /** The host name shown at the foot of every card. */
  host: string;
}

interface Localized {
  nb: string;
  en: string;
}

const KINDS = { solutions: 'solution', stories: 'story', news: 'news' } as const;
/** Cards encoded at once: one per core of a small machine, leaving threads for file reads. */
const AT_ONCE = 2;

const yamlFile = <T>(root: string, name: string) => parse(readFileSync(join(root, name), 'utf8')) as T;

/** The words of every card the build is likely to draw: each entry's, and the site's per language. */
export function predictedCards({ contentRoot, host }: PrewarmInput): CardText[] {
  const { site } = yamlFile<{ site: { name: string; tagline: Localized } }>(contentRoot, 'site.yaml');
  const themes = new Map(
    yamlFile<{ id: string; name: Localized }[]>(contentRoot, 'themes.yaml').map((theme) => [theme.id, theme.name]),
  );
  const siteOf = (lang: Lang) => ({ name: site.name, tagline: site.tagline[lang] });
  const entries = Object.entries(KINDS).flatMap(([collection, kind]) =>
    readEntryFiles(contentRoot, collection as keyof typeof KINDS)
      .flatMap((entry) => (entry.lang && entry.data['draft'] !== true ? [{ ...entry, lang: entry.lang }] : []))
      .map((entry) => {
        const { title, themes: ids, sample } = entry.data as { title?: unknown; themes?: unknown; sample?: unknown };
        const theme = Array.isArray(ids) ? themes.get(String(ids[0]))?.[entry.lang] : undefined;
        const subject: CardSubject = { kind, title: String(title), theme, sample: sample === true };
        return cardTextOf(subject, entry.lang, siteOf(entry.lang), host);
      }),
  );
  return [...LANGS.map((lang) => cardTextOf(undefined, lang, siteOf(lang), host)), ...entries];
}

if (workerData) {
  const limit = pLimit(AT_ONCE);
  await Promise.all(predictedCards(workerData as PrewarmInput).map((text) => limit(() => drawCard(text))));
}
