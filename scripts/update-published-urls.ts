// Adds every URL of the built site (dist/) to published-urls.txt. Run through
// `npm run urls:update`, which builds first.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { builtFileList } from './built-files.ts';
import { publicUrls, readLedger, writeLedger } from '../src/lib/url-ledger.ts';

const LEDGER = 'published-urls.txt';
const existing = existsSync(LEDGER) ? readLedger(readFileSync(LEDGER, 'utf8')) : [];
const built = publicUrls(builtFileList('dist'));
writeFileSync(LEDGER, writeLedger(existing, built));
const added = built.filter((url) => !existing.includes(url)).length;
console.log(`${LEDGER}: ${added} new URL${added === 1 ? '' : 's'}, ${new Set([...existing, ...built]).size} in all.`);
