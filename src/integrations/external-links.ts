// Markdown and MDX links to other sites get rel="noopener" (a Sätteri HAST plugin).
import type { HastPluginDefinition } from 'satteri';

export const externalLinks: HastPluginDefinition = {
  name: 'external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.['href'];
      if (typeof href === 'string' && /^https?:\/\//.test(href)) ctx.setProperty(node, 'rel', ['noopener']);
    },
  },
};
