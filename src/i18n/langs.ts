/** The site's languages; the first is the default and lives at the root of the site. */
export const LANGS = ['nb', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'nb';

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'nb' ? 'en' : 'nb';
}

/** Locale used for dates and numbers in each language. */
export const LOCALES: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };

/** The locale as Open Graph writes it: nb_NO, en_GB. */
export const ogLocale = (lang: Lang): string => LOCALES[lang].replace('-', '_');

/** A text in every language, made by one function of the language. */
export function inEveryLang(text: (lang: Lang) => string): Record<Lang, string> {
  return Object.fromEntries(LANGS.map((lang) => [lang, text(lang)])) as Record<Lang, string>;
}
