// npm run bench [-- N] [-- --md] [-- --runs=R]: builds the real site and a bare Astro site from
// the same generated corpus (N solutions, stories and news items per language, as .mdx files,
// or with --md as .md files) and compares them, each from empty caches and again with warm
// caches. With R runs, each figure is the median (peak memory: the highest). Every entry has a
// picture of its own; a second table gives the picture work of each build.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { builtFileList } from '../built-files';
import { writeCorpus } from './corpus';
import { builtPictures, imageStep } from './image-work';
import { buildEnv } from '../lib/build-env';

const args = process.argv.slice(2);
const extension = args.includes('--md') ? 'md' : 'mdx';
const given = args.find((arg) => !arg.startsWith('--'));
const runs = Number(args.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 1);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs= takes a whole number, e.g. --runs=3');
const n = Number(given ?? process.env['BENCH_N'] ?? 1000);
if (!Number.isInteger(n) || n < 1) throw new Error(`N must be a whole number, not "${given}"`);

const project = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'utstillingsvindu-bench-'));
const corpus = join(work, 'content');
const files = await writeCorpus(corpus, join(project, 'content'), n, extension);
console.log(
  `Corpus: N = ${n}, ${files} generated ${extension === 'mdx' ? 'MDX' : 'Markdown'} files with ${files / 2} pictures` +
    ' (plus the real members, themes and pages)',
);

const ROOTS = { real: project, bare: join(project, 'scripts/bench/bare') };

/** One build of a site; the warm build of a run finds the caches of its cold build. */
function measure(site: keyof typeof ROOTS, caches: 'cold' | 'warm', run: number) {
  const name = caches === 'warm' ? `${site}, warm cache` : site;
  const root = ROOTS[site];
  const out = join(work, `dist-${site}`);
  // Plain Node (it strips the types itself): tsx's import hooks would slow both builds down.
  const result = spawnSync(process.execPath, [join(project, 'scripts/bench/measured-build.ts'), root, out], {
    cwd: root,
    env: buildEnv({
      CONTENT_DIR: corpus,
      ASTRO_CACHE_DIR: join(work, `cache-${site}-${run}`),
      ASTRO_TELEMETRY_DISABLED: '1',
      // Astro's log, plain, for the times of its image step.
      NO_COLOR: '1',
    }),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`The ${name} build failed:\n${result.stdout}\n${result.stderr}`);
  const { ms, peakMb } = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { ms: number; peakMb: number };
  const pages = builtFileList(out).filter((f) => f.endsWith('.html')).length;
  const images = imageStep(result.stdout);
  return { name, pages, seconds: ms / 1000, msPerPage: ms / pages, peakMb, images, pictures: builtPictures(out) };
}

type Measured = ReturnType<typeof measure>;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle) ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
};

/** The runs of one build folded into one row: median times, highest memory; the files are the same in every run. */
function fold(samples: Measured[]): Measured {
  const seconds = median(samples.map((s) => s.seconds));
  const { name, pages, images, pictures } = samples[0]!;
  const formats = new Map(
    [...images.formats].map(([format, work]) => [
      format,
      { ...work, seconds: median(samples.map((s) => s.images.formats.get(format)?.seconds ?? 0)) },
    ]),
  );
  return {
    name,
    pages,
    seconds,
    msPerPage: (seconds * 1000) / pages,
    peakMb: Math.max(...samples.map((s) => s.peakMb)),
    images: { formats, wallSeconds: median(samples.map((s) => s.images.wallSeconds)) },
    pictures,
  };
}

/** One row per kind of picture file in the built site, with what Astro's image step did for it. */
function pictureRows(r: Measured): string[] {
  return [...r.pictures].map(([group, { files, bytes }]) => {
    const work = r.images.formats.get(group);
    const made = work ? `${work.made} | ${work.reused} | ${work.seconds.toFixed(1)}` : '– | – | –';
    return `| ${r.name} | ${group} | ${made} | ${files} | ${(bytes / 1e6).toFixed(1)} |`;
  });
}

try {
  // Each site twice per run: from empty caches, then with the caches of the first build (Astro's
  // content store and images, and the social cards), as an editor's or a CI's next build runs.
  const samples = new Map<string, Measured[]>();
  for (let run = 0; run < runs; run++) {
    for (const site of ['bare', 'real'] as const) {
      for (const caches of ['cold', 'warm'] as const) {
        const measured = measure(site, caches, run);
        samples.set(measured.name, [...(samples.get(measured.name) ?? []), measured]);
      }
    }
  }
  const [real, realWarm, bare, bareWarm] = ['real', 'real, warm cache', 'bare', 'bare, warm cache'].map((name) =>
    fold(samples.get(name)!),
  ) as [Measured, Measured, Measured, Measured];
  const builds = [real, realWarm, bare, bareWarm];
  const rows = builds.map(
    (r) =>
      `| ${r.name} | ${r.pages} | ${r.seconds.toFixed(1)} | ${r.msPerPage.toFixed(1)} | ` +
      `${r.images.wallSeconds.toFixed(1)} | ${r.peakMb} |`,
  );
  const medianNote = runs > 1 ? ` (median of ${runs} runs)` : '';
  console.log(
    [
      '',
      `| build${medianNote} | pages | seconds | ms/page | image step s | peak MB |`,
      '|---|---|---|---|---|---|',
      ...rows,
      '',
      // "seconds" adds up each image's own time: Astro makes several at once, so it can exceed the step's wall time.
      `| build${medianNote} | pictures | made | from cache | seconds | files in site | MB |`,
      '|---|---|---|---|---|---|---|',
      ...builds.flatMap(pictureRows),
    ].join('\n'),
  );
  const ratio = (r: Measured, b: Measured) =>
    `${(r.msPerPage / b.msPerPage).toFixed(2)} per page, ${(r.seconds / b.seconds).toFixed(2)} in wall time`;
  console.log(`\nReal/bare, cold: ${ratio(real, bare)}; warm: ${ratio(realWarm, bareWarm)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
