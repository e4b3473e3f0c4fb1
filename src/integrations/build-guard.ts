// A build that did not write every page never exits 0. The pages write down what the build
// must produce (src/lib/build-outputs.ts, from the route table) in a file this integration
// names; when the build is done, after every other step, it checks the output against that
// list. And if the process ends before that check, whatever ended it (content that calls
// process.exit, a crash in a step), the exit code is not 0.
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ExpectedOutputs } from '../lib/build-outputs';

export function buildGuard(): AstroIntegration {
  let manifest = '';
  let checked = false;
  return {
    name: 'build-guard',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        manifest = join(fileURLToPath(config.cacheDir), 'expected-outputs.json');
        updateConfig({ vite: { define: { 'import.meta.env.EXPECTED_OUTPUTS_FILE': JSON.stringify(manifest) } } });
      },
      'astro:build:start': async () => {
        await rm(manifest, { force: true });
        process.on('exit', (code) => {
          if (checked || code !== 0) return;
          console.error('The build ended before it had checked its output: it did not write every page.');
          process.exitCode = 1;
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const text = await readFile(manifest, 'utf8').catch(() => undefined);
        if (!text) throw new Error(`The pages did not list what the build must write (${manifest} is missing).`);
        const expected = JSON.parse(text) as ExpectedOutputs;
        const missing = expected.files.filter((file) => !existsSync(join(out, file)));
        const entry = JSON.parse(await readFile(join(out, 'pagefind/pagefind-entry.json'), 'utf8').catch(() => '{}'));
        const indexed = (lang: string): number => entry.languages?.[lang]?.page_count ?? 0;
        const search = Object.entries(expected.searchPages)
          .filter(([lang, count]) => indexed(lang) !== count)
          .map(([lang, count]) => `the ${lang} search index holds ${indexed(lang)} pages, not ${count}`);
        if (missing.length || search.length) {
          const list = [...missing.slice(0, 20), ...(missing.length > 20 ? ['…'] : []), ...search];
          throw new Error(`The build did not write all it should:\n  ${list.join('\n  ')}`);
        }
        checked = true;
        logger.info(`Checked ${expected.files.length} files against the route table`);
      },
    },
  };
}
