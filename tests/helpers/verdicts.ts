// The two verdicts on a copy of the fixture content: npm run check:content and the build (the
// only command a host may run). Tests of bad content ask both, so that they cannot disagree.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT, runAstro, type CliResult } from './astro-cli';

export interface CheckResult {
  status: number | null;
  /** Every line printed on stdout, the summary last. */
  lines: string[];
  stderr: string;
  problems: string[];
  summary: string;
}

/** npm run check:content on a content folder. */
export function runCheck(contentDir: string): CheckResult {
  const result = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-content.ts'],
    { cwd: PROJECT_ROOT, env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8' },
  );
  const lines = result.stdout.trim().split('\n');
  const summary = lines.at(-1) ?? '';
  return { status: result.status, lines, stderr: result.stderr, problems: lines.slice(0, -1), summary };
}

/** Astro run on a content folder (a fixture copy), with its own output and cache beside it. */
export function runAstroOn(contentDir: string, command: 'sync' | 'build'): CliResult {
  const work = join(contentDir, '..');
  const args = command === 'build' ? ['build', '--outDir', join(work, 'dist')] : ['sync'];
  return runAstro(args, { CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: join(work, 'cache') });
}
