// Builds the real site once into a temporary folder for the build and browser tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runAstro } from '../helpers/astro-cli';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

export default function setup(project: TestProject) {
  const distDir = mkdtempSync(join(tmpdir(), 'utstillingsvindu-dist-'));
  const build = runAstro(['build', '--outDir', distDir]);
  if (build.status !== 0) throw new Error(`The site did not build:\n${build.output}`);
  project.provide('distDir', distDir);
  return () => rmSync(distDir, { recursive: true, force: true });
}
