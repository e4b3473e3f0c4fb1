// The browser editor's script (src/client/cms.ts with Decap CMS, about 5.5 MB) is bundled by
// esbuild apart from the site and kept between builds under a key made from what it is made
// of: the lock file and every file of this project it imports. Bundled by Vite with the site,
// it cost 3.4 s and 500 MB of memory in every build. The key names the bundle's folder
// (/admin/<key>/cms.js), so the page knows its script before the bundle is made, the bundle is
// made while Astro builds the site, and a browser never runs an old bundle after a deploy.
// `astro dev` serves the source itself (src/pages/admin/index.astro).
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as esbuild from 'esbuild';
import { linkOrCopy } from '../lib/link-or-copy';

const ENTRY = 'src/client/cms.ts';
const OPTIONS = {
  bundle: true,
  format: 'esm',
  splitting: true,
  minify: true,
  target: 'es2022',
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
} satisfies esbuild.BuildOptions;

export function adminBundle(): AstroIntegration {
  let bundled: Promise<string> | undefined;
  return {
    name: 'admin-bundle',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const key = await keyOf(root);
        updateConfig({ vite: { define: { 'import.meta.env.ADMIN_SCRIPT': JSON.stringify(`/admin/${key}/cms.js`) } } });
        bundled = bundleOnce(root, join(fileURLToPath(config.cacheDir), 'admin-bundle'), key);
        bundled.catch(() => {}); // awaited, and so reported, when the build is done
      },
      'astro:build:done': async ({ dir, logger }) => {
        const folder = await bundled!;
        const out = join(fileURLToPath(dir), 'admin', basename(folder));
        const files = await readdir(folder);
        await Promise.all(files.map((file) => linkOrCopy(join(folder, file), join(out, file))));
        logger.info(`Placed the browser editor's bundle (${files.length} files)`);
      },
    },
  };
}

/**
 * The key of the bundle: the lock file (which pins every package), the project's own files the
 * entry imports (found by a pass that leaves the packages out, in milliseconds), and the settings.
 */
async function keyOf(root: string): Promise<string> {
  const { metafile } = await esbuild.build({
    ...OPTIONS,
    absWorkingDir: root,
    entryPoints: [ENTRY],
    packages: 'external',
    outdir: 'unused',
    write: false,
    metafile: true,
  });
  const hash = createHash('sha256').update(JSON.stringify({ OPTIONS, esbuild: esbuild.version }));
  for (const file of ['package-lock.json', ...Object.keys(metafile.inputs).sort()])
    hash.update(file).update(await readFile(join(root, file)));
  return hash.digest('hex').slice(0, 16);
}

/** The folder of the bundle with this key: made unless an earlier build made it. */
async function bundleOnce(root: string, cache: string, key: string): Promise<string> {
  const folder = join(cache, key);
  if ((await readdir(folder).catch((): string[] => [])).includes('cms.js')) return folder;
  const partial = join(cache, `partial-${process.pid}`);
  await rm(partial, { recursive: true, force: true });
  await esbuild.build({ ...OPTIONS, absWorkingDir: root, entryPoints: [ENTRY], outdir: partial });
  // Only the newest bundle is kept: the ones before it would never be used again.
  await mkdir(cache, { recursive: true });
  for (const old of await readdir(cache))
    if (join(cache, old) !== partial) await rm(join(cache, old), { recursive: true, force: true });
  await rename(partial, folder);
  return folder;
}
