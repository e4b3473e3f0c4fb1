// The ledger of published URLs (published-urls.txt): every address the site has ever
// published, one per line. Addresses are added, never removed, so a URL that disappears
// from the build is noticed before a journalist's link breaks.
import type { Problem } from './content-rules';
import { CMS_PATH } from './urls';

/** The URLs in a ledger file; blank lines and # comments are skipped. */
export function readLedger(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** The ledger with the newly built URLs added, sorted, with its header comment. */
export function writeLedger(existing: readonly string[], built: readonly string[]): string {
  const urls = [...new Set([...existing, ...built])].sort();
  return [
    '# Every URL the site has published. Added by `npm run urls:update`; never remove a line.',
    '# A URL here that the build no longer produces fails the tests: keep it working with `aliases`.',
    ...urls,
    '',
  ].join('\n');
}

/** Ledger URLs that the build no longer produces. */
export function missingUrls(ledger: readonly string[], built: readonly string[]): string[] {
  const present = new Set(built);
  return ledger.filter((url) => !present.has(url));
}

/** What to tell the person whose change lost a URL. */
export function missingUrlsMessage(missing: readonly string[]): string {
  return [
    `${missing.length} published URL${missing.length === 1 ? ' is' : 's are'} no longer built:`,
    ...missing.map((url) => `  ${url}`),
    'Journalists and readers may link to these. If you changed a slug, add the old slug to `aliases` in the',
    'same language file (it then becomes a redirect); if a page was removed on purpose, keep a page or alias that',
    'explains where the content went.',
  ].join('\n');
}

/** The public URLs of a built site, from its file list: pages as folders, plus feeds and data files. */
export function publicUrls(files: readonly string[]): string[] {
  return (
    files
      // The browser editor is a tool, not a page anyone links to.
      .filter((file) => !file.startsWith('_astro/') && !file.startsWith('pagefind/') && file !== '404.html')
      .filter((file) => !`/${file}`.startsWith(CMS_PATH))
      // Pages, feeds, data and the calendars to subscribe to (a section's own .ics); the calendar
      // file of one event is a download beside its page, named by its slug like the page.
      .filter((file) => /\.(html|xml|json|csv|txt)$/.test(file) || /^(en\/)?[^/]+\/[^/]+\.ics$/.test(file))
      .map((file) =>
        file === 'index.html'
          ? '/'
          : file.endsWith('/index.html')
            ? `/${file.slice(0, -'index.html'.length)}`
            : `/${file}`,
      )
      .sort()
  );
}

/** Where the ledger of a content folder lives: beside it (the project's own is ./published-urls.txt). */
export const LEDGER_FILE = 'published-urls.txt';

/**
 * A problem for each published URL the content no longer gives, with the alias that would keep
 * it: the build and check:content both refuse such content, since the host runs only the build.
 */
export function ledgerProblems(ledger: readonly string[], built: readonly string[], ledgerFile: string): Problem[] {
  return missingUrls(ledger, built).map((url) => {
    const oldName = url.split('/').filter(Boolean).at(-1) ?? '';
    return {
      file: ledgerFile,
      field: url,
      message:
        'is published but no longer built: if the URL name of its entry changed, add ' +
        `"${oldName}" to that entry's aliases (in the same language), so that links to it keep working`,
    };
  });
}
