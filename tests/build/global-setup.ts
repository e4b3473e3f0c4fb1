// Builds the real site and the fixture site once, into temporary folders, for the build and
// browser tests (see tests/helpers/sites.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runAstro } from '../helpers/astro-cli';
import { CONTENT_DIRS, FIXTURE_CACHE, type SiteName } from '../helpers/sites';

declare module 'vitest' {
  export interface ProvidedContext {
    builtSites: Record<SiteName, string>;
  }
}

export default function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'utstillingsvindu-sites-'));
  const builtSites = { content: join(work, 'content'), fixture: join(work, 'fixture') };
  const builds: [SiteName, Record<string, string>][] = [
    ['content', {}],
    ['fixture', { CONTENT_DIR: CONTENT_DIRS.fixture, ASTRO_CACHE_DIR: FIXTURE_CACHE }],
  ];
  for (const [name, env] of builds) {
    const build = runAstro(['build', '--outDir', builtSites[name]], env);
    if (build.status !== 0) throw new Error(`The ${name} site did not build:\n${build.output}`);
  }
  project.provide('builtSites', builtSites);
  return () => rmSync(work, { recursive: true, force: true });
}
