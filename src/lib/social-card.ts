// The social card (Open Graph image) of a page as a Satori element tree: the site's name,
// what kind of page it is, its title and themes. Pure data, so it can be tested.

import type { View } from './routes';

/** Pages that get a card of their own; every other page shows its language's site card. */
export const OWN_CARD_VIEWS: ReadonlySet<View> = new Set(['solution', 'story', 'news']);

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardText {
  siteName: string;
  kicker: string;
  title: string;
  footer: string;
}

interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string };
}

const el = (style: Record<string, string | number>, children: NonNullable<Node['props']['children']>): Node => ({ type: 'div', props: { style, children } });

/** Long titles get a smaller type size so they fit in three or four lines. */
export function titleSize(title: string): number {
  if (title.length <= 40) return 72;
  if (title.length <= 70) return 60;
  return 50;
}

const PADDING_X = 72;
const PADDING_Y = 64;
const TEXT_WIDTH = CARD_WIDTH - 2 * PADDING_X;

export function socialCard({ siteName, kicker, title, footer }: CardText): Node {
  return el(
    {
      // Satori adds the padding outside the width and height, as CSS content-box does.
      width: CARD_WIDTH - 2 * PADDING_X,
      height: CARD_HEIGHT - 2 * PADDING_Y,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `${PADDING_Y}px ${PADDING_X}px`,
      backgroundColor: '#16301d',
      backgroundImage: 'linear-gradient(135deg, #16301d 0%, #2e7d3e 100%)',
      color: '#ffffff',
      fontFamily: 'Inter',
    },
    [
      el({ display: 'flex', fontSize: 30, fontWeight: 700, color: '#c9ecd1' }, siteName),
      // Text only wraps inside a box of known width.
      el({ display: 'flex', flexDirection: 'column', width: TEXT_WIDTH }, [
        el({ display: 'flex', fontSize: 28, fontWeight: 400, color: '#c9ecd1', marginBottom: 20, textTransform: 'uppercase', letterSpacing: 2 }, kicker),
        el({ display: 'flex', width: TEXT_WIDTH, fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.12 }, title),
      ]),
      el({ display: 'flex', fontSize: 26, fontWeight: 400, color: '#e6f5e9' }, footer),
    ],
  );
}
