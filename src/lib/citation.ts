import type { Lang } from '../i18n/langs';
import { t } from '../i18n/ui';
import { formatDate } from './dates';

export interface CitationInput {
  title: string;
  organisation: string;
  published: Date;
  updated?: Date | undefined;
  url: string;
  lang: Lang;
}

/** A ready citation: Organisation (year): «Title». Published …, updated …. URL */
export function citation({ title, organisation, published, updated, url, lang }: CitationInput): string {
  const w = t(lang).citationWords;
  const dates = [`${w.published} ${formatDate(published, lang)}`];
  if (updated && updated.getTime() !== published.getTime()) dates.push(`${w.updated} ${formatDate(updated, lang)}`);
  const sentence = dates.join(', ');
  const when = `${sentence[0]!.toUpperCase()}${sentence.slice(1)}`;
  return `${organisation} (${published.getUTCFullYear()}): ${w.open}${title}${w.close}. ${when}. ${url}`;
}
