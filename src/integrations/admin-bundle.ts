// The browser editor's script (src/client/cms.ts with Decap CMS, about 5.5 MB) is bundled by
// esbuild outside Astro's own bundling and kept between builds under a key made from what it is
// made of: the lock file and every file of this project it imports. Bundled by Vite in every
// build, it cost 3.4 s and 500 MB of memory each time, more than anything else the editor
// needs. The page (src/pages/admin/index.astro) learns the script's name from this integration;
// `astro dev` serves the source itself.
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as esbuild from 'esbuild';
import { linkOrCopy } from '../lib/link-or-copy';

const ENTRY = 'src/client/cms.ts';
const OPTIONS: esbuild.BuildOptions = {
  bundle: true,
  format: 'esm',
  splitting: true,
  minify: true,
  target: 'es2022',
  entryNames: '[name]-[hash]',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
};

/** What a bundle in the cache was made from, and its entry file. */
interface Made {
  key: string;
  entry: string;
  inputs: string[];
}

export function adminBundle(): AstroIntegration {
  let folder = '';
  return {
    name: 'admin-bundle',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const cache = join(fileURLToPath(config.cacheDir), 'admin-bundle');
        const made = (await reusable(root, cache)) ?? (await bundle(root, cache));
        logger.info(
          made.fresh ? 'Bundled the browser editor' : 'The browser editor is unchanged: bundle from the cache',
        );
        folder = join(cache, made.key);
        updateConfig({
          vite: { define: { 'import.meta.env.ADMIN_SCRIPT': JSON.stringify(`/admin/${made.entry}`) } },
        });
      },
      'astro:build:done': async ({ dir }) => {
        const out = join(fileURLToPath(dir), 'admin');
        const files = await readdir(folder);
        await Promise.all(files.map((file) => linkOrCopy(join(folder, file), join(out, file))));
      },
    },
  };
}

/** The key of a bundle: the lock file, the inputs' contents and the bundler's settings. */
async function keyOf(root: string, inputs: string[]): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify({ OPTIONS, esbuild: esbuild.version }));
  for (const file of ['package-lock.json', ...inputs]) hash.update(file).update(await readFile(join(root, file)));
  return hash.digest('hex').slice(0, 16);
}

const manifestOf = (cache: string) => join(cache, 'made.json');

/** The bundle of an earlier build, if nothing it was made from has changed since. */
async function reusable(root: string, cache: string): Promise<(Made & { fresh: false }) | undefined> {
  const made = await readFile(manifestOf(cache), 'utf8').then(
    (text) => JSON.parse(text) as Made,
    () => undefined,
  );
  if (!made) return undefined;
  const key = await keyOf(root, made.inputs).catch(() => undefined);
  if (key !== made.key) return undefined;
  const files = await readdir(join(cache, made.key)).catch((): string[] => []);
  return files.includes(made.entry) ? { ...made, fresh: false } : undefined;
}

async function bundle(root: string, cache: string): Promise<Made & { fresh: true }> {
  const partial = join(cache, `partial-${process.pid}`);
  await rm(partial, { recursive: true, force: true });
  const result = await esbuild.build({
    ...OPTIONS,
    absWorkingDir: root,
    entryPoints: [ENTRY],
    outdir: partial,
    metafile: true,
  });
  // The project's own files (not packages, which the lock file pins, nor stand-ins such as "(disabled):fs").
  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => !input.includes('node_modules/') && !input.startsWith('('))
    .sort();
  const entry = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint === ENTRY)![0];
  const made: Made = { key: await keyOf(root, inputs), entry: relative(partial, join(root, entry)), inputs };
  // Only the newest bundle is kept: the ones before it would never be used again.
  for (const old of await readdir(cache))
    if (old !== basename(partial)) await rm(join(cache, old), { recursive: true });
  await rename(partial, join(cache, made.key));
  await writeFile(manifestOf(cache), JSON.stringify(made));
  return { ...made, fresh: true };
}
