// Starts the browser editor (Decap CMS) at /admin/. Decap reads its configuration from
// /admin/config.yml (src/pages/admin/config.yml.ts). The preview shows an entry in the site's
// stylesheet, which the page names, in both languages one after the other. Bundled apart from
// the site (src/integrations/admin-bundle.ts): what this file imports decides when it is bundled again.
import CMS from 'decap-cms-app';
import { createElement as h, type ReactNode } from 'react';
import { LANGS, type Lang } from '../i18n/langs';
import { collectionOf, ENTRY_KINDS } from '../lib/content-kinds';

/** What Decap passes a preview: the entry (an Immutable.js map) and helpers. */
interface PreviewProps {
  entry: { getIn: (path: string[]) => unknown };
  widgetFor: (name: string) => ReactNode;
  getAsset: (path: string) => { toString: () => string };
}

const LANGUAGE_NAMES: Record<Lang, string> = { nb: 'Norsk', en: 'English' };

/** The fields of one language: the default language is the entry's data, the others its i18n data. */
const fieldOf = (entry: PreviewProps['entry'], lang: Lang, path: string[]) =>
  entry.getIn(lang === LANGS[0] ? ['data', ...path] : ['i18n', lang, 'data', ...path]);

function languagePreview({ entry, widgetFor, getAsset }: PreviewProps, lang: Lang): ReactNode {
  const text = (...path: string[]) => {
    const value = fieldOf(entry, lang, path);
    return typeof value === 'string' ? value : '';
  };
  const picture = text('hero', 'src') || text('image', 'src');
  const body = text('body');
  return h(
    'article',
    { key: lang, lang, className: 'page-width', style: { marginBlockEnd: '3rem' } },
    h('p', { className: 'sample-label' }, LANGUAGE_NAMES[lang]),
    h('h1', null, text('title') || '…'),
    h('p', { className: 'lead' }, text('summary')),
    picture &&
      h(
        'figure',
        null,
        h('img', {
          src: getAsset(picture).toString(),
          alt: text('hero', 'alt') || text('image', 'alt'),
          style: { maxWidth: '100%' },
        }),
        h('figcaption', null, text('hero', 'credit') || text('image', 'credit')),
      ),
    // The default language's body is rendered by Decap's Markdown preview; the other's as paragraphs.
    h(
      'div',
      { className: 'prose' },
      lang === LANGS[0] ? widgetFor('body') : body.split(/\n{2,}/).map((paragraph, i) => h('p', { key: i }, paragraph)),
    ),
  );
}

const EntryPreview = (props: PreviewProps) => h('div', null, ...LANGS.map((lang) => languagePreview(props, lang)));

const siteStyles = document.querySelector<HTMLMetaElement>('meta[name="preview-style"]')?.content;
if (siteStyles) CMS.registerPreviewStyle(siteStyles);
for (const kind of ENTRY_KINDS) CMS.registerPreviewTemplate(collectionOf(kind), EntryPreview);
CMS.init();
