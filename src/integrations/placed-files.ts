// Files the pages make beside themselves (social cards, press pictures, src/data/placed-files.ts):
// tells the pages, in a build, the output folder to link them into while they render. They never
// pass through Astro's own output, so a warm build moves no picture bytes, and they are in place
// before Astro's image step and the search index start.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function placedFiles(): AstroIntegration {
  return {
    name: 'placed-files',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const folder = fileURLToPath(config.outDir);
        updateConfig({ vite: { define: { 'import.meta.env.PLACED_FILES_DIR': JSON.stringify(folder) } } });
      },
    },
  };
}
