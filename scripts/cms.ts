// npm run cms: the browser editor on this machine, with no account. Starts Decap's local
// backend (decap-server, which reads and writes the files of the content folder) and the dev
// server, then prints the editor's address. Ctrl+C stops both.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { CONTENT_ROOT } from '../src/data/content-root';
import { localBackendPort } from '../src/lib/cms-config';

const require = createRequire(import.meta.url);
const port = localBackendPort();
// The editor names files from the root of the repository that holds the content folder.
const repository = resolve(dirname(CONTENT_ROOT));

const children: ChildProcess[] = [];
const stop = (code: number) => {
  for (const child of children) child.kill();
  process.exit(code);
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

function start(name: string, script: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.on('exit', (code) => {
    console.error(`npm run cms: ${name} stopped${code ? ` (exit code ${code})` : ''}`);
    stop(code || 1);
  });
  children.push(child);
  return child;
}

const backend = start('the local backend (decap-server)', require.resolve('decap-server/dist/index.js'), [], {
  // Plain files, not git commits: the editor saves, the editor's own git habits commit.
  MODE: 'fs',
  PORT: String(port),
  GIT_REPO_DIRECTORY: repository,
  LOG_LEVEL: 'warn',
});
backend.stdout?.pipe(process.stdout);

const dev = start(
  'the dev server',
  fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url)),
  ['dev'],
  {
    ASTRO_DEV_BACKGROUND: '0',
    CMS_LOCAL_PORT: String(port),
  },
);
// Pass the dev server's output on, and print the editor's address once it says where it listens.
let announced = false;
dev.stdout?.on('data', (chunk: Buffer) => {
  const text = chunk.toString();
  process.stdout.write(text);
  const local = /https?:\/\/(?:localhost|127\.0\.0\.1):\d+\/\S*/.exec(stripVTControlCharacters(text));
  if (local && !announced) {
    announced = true;
    const editor = new URL('admin/', local[0].endsWith('/') ? local[0] : `${local[0]}/`).href;
    console.log(
      `\n  The browser editor: ${editor}\n  It saves to ${CONTENT_ROOT}/ on this machine. Stop with Ctrl+C.\n`,
    );
  }
});
