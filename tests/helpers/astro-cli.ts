// Runs the Astro CLI of this project in a child process, on the Node that runs the tests.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildEnv } from '../../scripts/lib/build-env';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO_BIN = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export interface CliResult {
  status: number | null;
  output: string;
}

export function runAstro(args: string[], env: Record<string, string> = {}): CliResult {
  const result = spawnSync(process.execPath, [ASTRO_BIN, ...args], {
    cwd: PROJECT_ROOT,
    env: buildEnv({ ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
