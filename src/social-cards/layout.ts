// The social card (Open Graph image) of a page, laid out as plain data: the words on it, and
// where each line of text goes, in which size and colour. Measuring text is passed in, so the
// layout is pure and can be tested without a font; drawing.ts draws it.
import type { Lang } from '../i18n/langs';
import { kindLabel } from '../i18n/kinds';
import { t } from '../i18n/ui';
import type { OwnCardKind } from '../lib/content-kinds';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardText {
  siteName: string;
  kicker: string;
  title: string;
  footer: string;
  /** The entry's own picture (its original file), shown beside the text. */
  picture?: string | undefined;
}

/** What an entry's card shows of it. */
export interface CardSubject {
  kind: OwnCardKind;
  title: string;
  /** The name of its first theme, if it has one. */
  theme: string | undefined;
  sample: boolean;
  /** Its main picture's original file, if it has one. */
  picture: string | undefined;
}

/**
 * The words on a card: kind, "Example" and theme above an entry's title, or the site's
 * tagline on the site's own card (no subject).
 */
export function cardTextOf(
  subject: CardSubject | undefined,
  lang: Lang,
  site: { name: string; tagline: string },
  host: string,
): CardText {
  const base = { siteName: site.name, footer: host };
  if (!subject) return { ...base, kicker: site.name, title: site.tagline };
  // The example label before the theme: where the line is too long, the theme is cut, not the label.
  const kicker = [kindLabel(subject.kind, lang), subject.sample ? t(lang).sample : undefined, subject.theme]
    .filter(Boolean)
    .join(' · ');
  return { ...base, kicker, title: subject.title, picture: subject.picture };
}

export interface CardFont {
  size: number;
  weight: 400 | 700;
  /** Extra space after each character, in pixels. */
  letterSpacing: number;
}

/** One line of text; `y` is the top of its line box. */
export interface CardLine {
  text: string;
  x: number;
  y: number;
  font: CardFont;
  color: string;
}

export interface CardLayout {
  width: number;
  height: number;
  /** A diagonal gradient from the top left to the bottom right corner. */
  background: readonly [from: string, to: string];
  lines: CardLine[];
  /** The picture, cropped to fill its box on the right: so that cards in a feed differ at a glance. */
  picture?: { file: string; x: number; y: number; width: number; height: number };
}

/** The width of a text in a font, in pixels. */
export type MeasureText = (text: string, font: CardFont) => number;

const PADDING_X = 72;
const PADDING_Y = 64;
/** The picture's share of the card: the right 40 %, the full height. */
const PICTURE_WIDTH = 480;
const textWidth = (picture: boolean) => CARD_WIDTH - (picture ? PICTURE_WIDTH : 0) - 2 * PADDING_X;
const LINE_HEIGHT = 1.2;
const TITLE_LINE_HEIGHT = 1.12;
const KICKER_GAP = 20;
/** The least room between the title block and the site name above or the footer below. */
const MIN_GAP = 24;

const SITE_NAME: CardFont = { size: 30, weight: 700, letterSpacing: 0 };
const KICKER: CardFont = { size: 28, weight: 400, letterSpacing: 2 };
const FOOTER: CardFont = { size: 26, weight: 400, letterSpacing: 0 };

/** Title sizes from the largest down: a short title is set big, a long one smaller in more lines. */
const TITLE_STEPS = [
  { size: 72, maxLines: 2 },
  { size: 60, maxLines: 3 },
  { size: 50, maxLines: 4 },
  { size: 42, maxLines: 5 },
] as const;

const titleFont = (size: number): CardFont => ({ size, weight: 700, letterSpacing: 0 });

/** Breaks a text into lines no wider than `width`; a word wider than a line is split where it must. */
export function wrapText(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (!fits(line) && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The text cut short so that it fits with an ellipsis after it. */
export function truncate(text: string, fits: (line: string) => boolean): string {
  let end = text.length;
  while (end > 0 && !fits(`${text.slice(0, end).trimEnd()}…`)) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** The text as it is if it fits, else cut short with an ellipsis. */
export const ellipsize = (text: string, fits: (line: string) => boolean): string =>
  fits(text) ? text : truncate(text, fits);

/** The title in the largest size whose lines fit; at the smallest size the last line is cut short. */
export function fitTitle(
  title: string,
  measure: MeasureText,
  width = textWidth(false),
): { font: CardFont; lines: string[] } {
  for (const step of TITLE_STEPS) {
    const font = titleFont(step.size);
    const lines = wrapText(title, (line) => measure(line, font) <= width);
    if (lines.length <= step.maxLines) return { font, lines };
  }
  const { size, maxLines } = TITLE_STEPS[TITLE_STEPS.length - 1]!;
  const font = titleFont(size);
  const fits = (line: string) => measure(line, font) <= width;
  const lines = wrapText(title, fits).slice(0, maxLines);
  lines[maxLines - 1] = truncate(lines[maxLines - 1]!, fits);
  return { font, lines };
}

/**
 * The site name at the top, the footer (the host) at the bottom, and between them the kicker
 * (kind of page, theme) above the title, centred in the room that is left; an entry's picture,
 * where it has one, fills the right of the card and the text keeps to the left.
 */
export function layoutCard({ siteName, kicker, title, footer, picture }: CardText, measure: MeasureText): CardLayout {
  const width = textWidth(picture !== undefined);
  const oneLine = (text: string, font: CardFont) => ellipsize(text, (line) => measure(line, font) <= width);
  const top = PADDING_Y + SITE_NAME.size * LINE_HEIGHT;
  const footerY = CARD_HEIGHT - PADDING_Y - FOOTER.size * LINE_HEIGHT;
  const fitted = fitTitle(title, measure, width);
  const titleLineHeight = fitted.font.size * TITLE_LINE_HEIGHT;
  const blockHeight = KICKER.size * LINE_HEIGHT + KICKER_GAP + fitted.lines.length * titleLineHeight;
  const blockY = Math.max(top + MIN_GAP, top + (footerY - top - blockHeight) / 2);
  const kickerY = Math.round(blockY);
  const titleY = kickerY + KICKER.size * LINE_HEIGHT + KICKER_GAP;
  return {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    background: ['#16301d', '#2e7d3e'],
    lines: [
      { text: oneLine(siteName, SITE_NAME), x: PADDING_X, y: PADDING_Y, font: SITE_NAME, color: '#c9ecd1' },
      { text: oneLine(kicker.toUpperCase(), KICKER), x: PADDING_X, y: kickerY, font: KICKER, color: '#c9ecd1' },
      ...fitted.lines.map((text, i) => ({
        text,
        x: PADDING_X,
        y: Math.round(titleY + i * titleLineHeight),
        font: fitted.font,
        color: '#ffffff',
      })),
      { text: oneLine(footer, FOOTER), x: PADDING_X, y: Math.floor(footerY), font: FOOTER, color: '#e6f5e9' },
    ],
    ...(picture
      ? { picture: { file: picture, x: CARD_WIDTH - PICTURE_WIDTH, y: 0, width: PICTURE_WIDTH, height: CARD_HEIGHT } }
      : {}),
  };
}
