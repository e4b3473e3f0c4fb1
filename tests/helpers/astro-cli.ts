// Runs the Astro CLI of this project in a child process, on the Node that runs the tests.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO_BIN = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export interface CliResult {
  status: number | null;
  output: string;
}

/** Variables Vitest sets for its own Vite; a build that inherited them would take BASE_URL=/ for its base. */
const VITEST_ONLY = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

export function runAstro(args: string[], env: Record<string, string> = {}): CliResult {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ONLY.includes(key)));
  const result = spawnSync(process.execPath, [ASTRO_BIN, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...inherited, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
