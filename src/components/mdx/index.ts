// The components editors may use in .mdx content without importing them.
import Callout from './Callout.astro';
import FactBox from './FactBox.astro';
import Figure from '../Figure.astro';
import Gallery from './Gallery.astro';
import KeyFigure from './KeyFigure.astro';
import Quote from './Quote.astro';
import VideoEmbed from './VideoEmbed.astro';

export const mdxComponents = { Callout, FactBox, Figure, Gallery, KeyFigure, Quote, VideoEmbed };
