// Markdown and MDX links: those to other sites get rel="noopener", and a link whose text is its
// own address ("post@heidner.example") is marked, so that print does not repeat the address after
// it (src/styles/print.css). A Sätteri HAST plugin.
import type { HastPluginDefinition } from 'satteri';

interface TextNode {
  type: string;
  value?: string;
  children?: TextNode[];
}

const textOf = (node: TextNode): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');

/** The address a reader sees: without mailto: or tel:. */
const shownAddress = (href: string) => href.replace(/^(mailto|tel):/, '');

export const externalLinks: HastPluginDefinition = {
  name: 'external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.['href'];
      if (typeof href !== 'string') return;
      if (/^https?:\/\//.test(href)) ctx.setProperty(node, 'rel', ['noopener']);
      const text = textOf(node as unknown as TextNode).trim();
      if (text === href || text === shownAddress(href)) ctx.setProperty(node, 'dataShowsAddress', '');
    },
  },
};
