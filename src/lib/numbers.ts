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
  const parts = [PRECISION_WORDS[fact.precision][lang]];
  if (fact.format === 'nok-million' || fact.format === 'nok-billion') {
    const [prefix, suffix] = MONEY_UNITS[fact.format][lang];
    parts.push(prefix, number, suffix);
  } else {
    parts.push(number);
  }
  // A no-break space keeps "ca. 15 000" on one line.
  return parts.filter(Boolean).join('\u00a0');
}

/** An amount in kroner, "2 500 000 kr" / "NOK 2,500,000": a no-break space keeps number and unit together. */
export function formatKroner(amount: number, lang: Lang): string {
  const number = formatNumber(amount, lang);
  return lang === 'nb' ? `${number}\u00a0kr` : `NOK\u00a0${number}`;
}
