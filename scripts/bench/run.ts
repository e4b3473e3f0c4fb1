// npm run bench [-- N] [-- --md]: builds the real site and a bare Astro site from the same
// generated corpus (N solutions, stories and news items per language, as .mdx files, or with
// --md as .md files) and compares them, each from empty caches and again with warm caches.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { builtFileList } from '../built-files';
import { writeCorpus } from './corpus';
import { buildEnv } from '../lib/build-env';

const args = process.argv.slice(2);
const extension = args.includes('--md') ? 'md' : 'mdx';
const given = args.find((arg) => !arg.startsWith('--'));
const n = Number(given ?? process.env['BENCH_N'] ?? 1000);
if (!Number.isInteger(n) || n < 1) throw new Error(`N must be a whole number, not "${given}"`);

const project = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'utstillingsvindu-bench-'));
const corpus = join(work, 'content');
const files = writeCorpus(corpus, join(project, 'content'), n, extension);
console.log(`Corpus: N = ${n}, ${files} generated ${extension === 'mdx' ? 'MDX' : 'Markdown'} files (plus the real members, themes and pages)`);

const ROOTS = { real: project, bare: join(project, 'scripts/bench/bare') };

/** One build of a site; the second build of a site finds the caches of the first. */
function measure(site: keyof typeof ROOTS, caches: 'cold' | 'warm') {
  const name = caches === 'warm' ? `${site}, warm cache` : site;
  const root = ROOTS[site];
  const out = join(work, `dist-${site}`);
  const result = spawnSync(process.execPath, [join(project, 'node_modules/tsx/dist/cli.mjs'), join(project, 'scripts/bench/measured-build.ts'), root, out], {
    cwd: root,
    env: buildEnv({ CONTENT_DIR: corpus, ASTRO_CACHE_DIR: join(work, `cache-${site}`), ASTRO_TELEMETRY_DISABLED: '1' }),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`The ${name} build failed:\n${result.stdout}\n${result.stderr}`);
  const { ms, peakMb } = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { ms: number; peakMb: number };
  const pages = builtFileList(out).filter((f) => f.endsWith('.html')).length;
  return { name, pages, seconds: ms / 1000, msPerPage: ms / pages, peakMb };
}

type Measured = ReturnType<typeof measure>;

try {
  // Each site twice: from empty caches, then with the caches of the first build (Astro's content
  // store and images, and the social cards), as an editor's or a CI's next build runs.
  const bare = measure('bare', 'cold');
  const bareWarm = measure('bare', 'warm');
  const real = measure('real', 'cold');
  const realWarm = measure('real', 'warm');
  const rows = [real, realWarm, bare, bareWarm].map((r) => `| ${r.name} | ${r.pages} | ${r.seconds.toFixed(1)} | ${r.msPerPage.toFixed(1)} | ${r.peakMb} |`);
  console.log(['', '| build | pages | seconds | ms/page | peak MB |', '|---|---|---|---|---|', ...rows].join('\n'));
  const ratio = (r: Measured, b: Measured) => `${(r.msPerPage / b.msPerPage).toFixed(2)} per page, ${(r.seconds / b.seconds).toFixed(2)} in wall time`;
  console.log(`\nReal/bare, cold: ${ratio(real, bare)}; warm: ${ratio(realWarm, bareWarm)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
