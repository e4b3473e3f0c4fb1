// Finds an installed Chromium or Chrome (no downloads) and serves a built site on localhost.
import { existsSync } from 'node:fs';
import { preview } from 'astro';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { PROJECT_ROOT } from './astro-cli';

const CANDIDATES = [
  process.env['CHROME_PATH'],
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findBrowser(): string {
  const found = CANDIDATES.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
        'or set CHROME_PATH to its executable.',
    );
  }
  return found;
}

/** Flags that keep Chromium from calling home: the tests must see only the site's own requests. */
export const QUIET_BROWSER_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findBrowser(), args: QUIET_BROWSER_FLAGS });
}

/** Serves a built site with `astro preview`; returns its origin and a stop function. */
export async function serveBuiltSite(
  distDir: string,
  base = '/',
): Promise<{ origin: string; stop: () => Promise<void> }> {
  const port = 4400 + Math.floor(Math.random() * 500);
  const server = await preview({
    root: PROJECT_ROOT,
    outDir: distDir,
    base,
    server: { port, host: '127.0.0.1' },
    logLevel: 'error',
  });
  return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}

/**
 * A browser and the built site served for the tests of one file: call at the top of the file,
 * read `.browser` and `.site` inside the tests.
 */
export function useBrowserAndSite(distDir: () => string): {
  browser: Browser;
  site: { origin: string; stop: () => Promise<void> };
} {
  const context = {} as { browser: Browser; site: { origin: string; stop: () => Promise<void> } };
  beforeAll(async () => {
    context.browser = await launchBrowser();
    context.site = await serveBuiltSite(distDir());
  });
  afterAll(async () => {
    await context.browser?.close();
    await context.site?.stop();
  });
  return context;
}
