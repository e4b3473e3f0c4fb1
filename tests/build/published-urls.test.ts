import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtFileList } from '../../scripts/built-files';
import { missingUrls, missingUrlsMessage, publicUrls, readLedger } from '../../src/lib/url-ledger';
import { PROJECT_ROOT } from '../helpers/astro-cli';

describe('permanent links', () => {
  const built = publicUrls(builtFileList(inject('distDir')));
  const ledger = readLedger(readFileSync(join(PROJECT_ROOT, 'published-urls.txt'), 'utf8'));

  it('still builds every URL in published-urls.txt', () => {
    const missing = missingUrls(ledger, built);
    if (missing.length) throw new Error(missingUrlsMessage(missing));
    expect(ledger.length).toBeGreaterThan(100);
  });

  it('turns an alias into a redirect page to the current URL', () => {
    const html = readFileSync(join(inject('distDir'), 'losninger/halmprotein/index.html'), 'utf8');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/losninger/protein-fra-halm/">');
    expect(html).toMatch(/<link rel="canonical" href="[^"]+\/losninger\/protein-fra-halm\/">/);
  });
});
