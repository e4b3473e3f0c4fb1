import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFileList } from '../../scripts/built-files';
import { missingUrls, missingUrlsMessage, publicUrls, readLedger } from '../../src/lib/url-ledger';
import { PROJECT_ROOT } from '../helpers/astro-cli';
import { testSite } from '../helpers/sites';

describe('permanent links', () => {
  it('still builds every URL in published-urls.txt', () => {
    const built = publicUrls(builtFileList(testSite('content').distDir));
    const ledger = readLedger(readFileSync(join(PROJECT_ROOT, 'published-urls.txt'), 'utf8'));
    expect(ledger.length, 'published-urls.txt is empty: run npm run urls:update').toBeGreaterThan(0);
    const missing = missingUrls(ledger, built);
    if (missing.length) throw new Error(missingUrlsMessage(missing));
  });

  it('turns an alias into a redirect page to the current URL', () => {
    const html = readFileSync(join(testSite('fixture').distDir, 'losninger/eldre-halmside/index.html'), 'utf8');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/losninger/protein-av-halm/">');
    expect(html).toMatch(/<link rel="canonical" href="[^"]+\/losninger\/protein-av-halm\/">/);
  });
});
