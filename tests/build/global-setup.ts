// Builds the real site and the fixture site once, into temporary folders, for the build and
// browser tests (see tests/helpers/sites.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runAstro } from '../helpers/astro-cli';
import { CONTENT_DIRS, FIXTURE_CACHE, type SiteName } from '../helpers/sites';

declare module 'vitest' {
  export interface ProvidedContext {
    builtSites: Record<SiteName, string>;
    /** The port the fixture site's browser editor expects its local backend on. */
    cmsPort: number;
  }
}

/** A port nothing listens on now, so that the editor test cannot meet a running `npm run cms`. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

export default async function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'utstillingsvindu-sites-'));
  const cmsPort = await freePort();
  const builtSites = { content: join(work, 'content'), fixture: join(work, 'fixture') };
  const builds: [SiteName, Record<string, string>][] = [
    ['content', {}],
    ['fixture', { CONTENT_DIR: CONTENT_DIRS.fixture, ASTRO_CACHE_DIR: FIXTURE_CACHE, CMS_LOCAL_PORT: String(cmsPort) }],
  ];
  for (const [name, env] of builds) {
    const build = runAstro(['build', '--outDir', builtSites[name]], env);
    if (build.status !== 0) throw new Error(`The ${name} site did not build:\n${build.output}`);
  }
  project.provide('builtSites', builtSites);
  project.provide('cmsPort', cmsPort);
  return () => rmSync(work, { recursive: true, force: true });
}
