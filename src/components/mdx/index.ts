// The components editors may use in .mdx content without importing them.
import type { MDX_COMPONENTS } from '../../lib/markup-rules';
import Callout from './Callout.astro';
import FactBox from './FactBox.astro';
import Figure from '../Figure.astro';
import Gallery from './Gallery.astro';
import KeyFigure from './KeyFigure.astro';
import Quote from './Quote.astro';
import VideoEmbed from './VideoEmbed.astro';

// The list of names is in src/lib/markup-rules.ts, which refuses every other tag.
export const mdxComponents = { Callout, FactBox, Figure, Gallery, KeyFigure, Quote, VideoEmbed } satisfies Record<
  (typeof MDX_COMPONENTS)[number],
  unknown
>;
