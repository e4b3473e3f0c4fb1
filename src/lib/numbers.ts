import { LOCALES, type Lang } from '../i18n/langs';
import { memoize } from './memoize';

export interface FactFigure {
  value: number;
  precision: 'about' | 'over' | 'exact';
  format: 'count' | 'year' | 'nok-million' | 'nok-billion';
}

const PRECISION_WORDS: Record<FactFigure['precision'], Record<Lang, string>> = {
  about: { nb: 'ca.', en: 'about' },
  over: { nb: 'over', en: 'over' },
  exact: { nb: '', en: '' },
};

const MONEY_UNITS: Record<'nok-million' | 'nok-billion', Record<Lang, [string, string]>> = {
  // [prefix, suffix]: "5 mill. kr" / "NOK 5 million"
  'nok-million': { nb: ['', 'mill. kr'], en: ['NOK', 'million'] },
  'nok-billion': { nb: ['', 'mrd. kr'], en: ['NOK', 'billion'] },
};

const numberFormat = memoize((lang: Lang) => new Intl.NumberFormat(LOCALES[lang]));

/** A number in the reader's locale: "15 000" / "15,000". */
export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(lang).format(value);
}

/** A key figure as readers say it: "ca. 15 000", "over 66 mrd. kr", "NOK 5 million", "2018". */
export function formatFigure(fact: FactFigure, lang: Lang): string {
  const number = fact.format === 'year' ? String(fact.value) : formatNumber(fact.value, lang);
  const parts =
    fact.format === 'nok-million' || fact.format === 'nok-billion'
      ? [MONEY_UNITS[fact.format][lang][0], number, MONEY_UNITS[fact.format][lang][1]]
      : [number];
  // No-break spaces keep the number and its unit together ("66 mrd. kr", never "66 mrd." and
  // "kr" on the next line); the word of precision may stand on a line of its own.
  const figure = parts.filter(Boolean).join(' ').replaceAll(' ', '\u00a0');
  return [PRECISION_WORDS[fact.precision][lang], figure].filter(Boolean).join(' ');
}

/** An amount in kroner, "2 500 000 kr" / "NOK 2,500,000": a no-break space keeps number and unit together. */
export function formatKroner(amount: number, lang: Lang): string {
  const number = formatNumber(amount, lang);
  return lang === 'nb' ? `${number}\u00a0kr` : `NOK\u00a0${number}`;
}
