// The two sites the build and browser tests run on, built once per test run by
// tests/build/global-setup.ts: the real content (whatever it is: tests over it assert only what
// any valid content must satisfy) and the fixture site under tests/fixtures/content (known
// content, for tests that need it: search rankings, drafts, aliases, single-language entries).
import { join } from 'node:path';
import { inject } from 'vitest';
import { PROJECT_ROOT } from './astro-cli';

export type SiteName = 'content' | 'fixture';

export interface TestSite {
  name: SiteName;
  /** The content folder it was built from. */
  contentDir: string;
  /** Where it was built. */
  distDir: string;
}

export const CONTENT_DIRS: Record<SiteName, string> = {
  content: join(PROJECT_ROOT, 'content'),
  fixture: join(PROJECT_ROOT, 'tests/fixtures/content'),
};

/** The fixture keeps an Astro cache of its own, so that it never disturbs the real site's. */
export const FIXTURE_CACHE = join(PROJECT_ROOT, 'node_modules/.astro-fixture');

export function testSite(name: SiteName): TestSite {
  return { name, contentDir: CONTENT_DIRS[name], distDir: inject('builtSites')[name] };
}

/** Both sites, for tests of what any content must satisfy: `describe.each(bothSites())`. */
export const bothSites = (): TestSite[] => [testSite('content'), testSite('fixture')];
