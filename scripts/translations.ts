// npm run translations [-- --markdown] [-- --git] [-- --done <collection>/<folder>/<lang>]
// Every entry's state per language: translated, missing, or out of date. A file that records
// the text it was translated from (translationOf) is out of date as soon as that text changes;
// others are compared by their `updated` dates, or with --git by their last commits.
// --done records that a language version has been brought up to date with the other one.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { otherLang } from '../src/i18n/langs';
import { ENTRY_COLLECTIONS, readEntryFiles, type EntryFile } from '../src/lib/content-files';
import { textFingerprint } from '../src/lib/translation-fingerprint';
import { markdownReport, plainReport, translationRows, type EntryChange } from '../src/lib/translation-status';

const { values } = parseArgs({
  options: { markdown: { type: 'boolean' }, git: { type: 'boolean' }, done: { type: 'string' } },
});
const root = process.env['CONTENT_DIR'] ?? 'content';

const lastCommit = (file: string) => {
  const date = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8' }).trim();
  return date ? new Date(date) : null;
};

const files: EntryFile[] = ENTRY_COLLECTIONS.flatMap((collection) => readEntryFiles(root, collection));
const fingerprintOf = (file: EntryFile) => textFingerprint(file.data, file.body);

/** Writes `translationOf` into a file's frontmatter: the fingerprint of the other language now. */
function markDone(target: string): void {
  const fail = (message: string) => {
    console.error(`npm run translations: ${message}`);
    process.exit(1);
  };
  const file = files.find((f) => `${f.collection}/${f.id}` === target);
  if (!file?.lang)
    return fail(`no entry "${target}": write <collection>/<folder>/<lang>, e.g. solutions/halm-til-protein/en`);
  const source = files.find(
    (f) => f.collection === file.collection && f.folder === file.folder && f.lang === otherLang(file.lang!),
  );
  if (!source) return fail(`${file.file} has no other language to be a translation of`);
  const line = `translationOf: ${fingerprintOf(source)}`;
  const text = readFileSync(file.file, 'utf8');
  const frontmatterEnd = text.indexOf('\n---', 3);
  const updated = /^translationOf:.*$/m.test(text.slice(0, frontmatterEnd))
    ? text.replace(/^translationOf:.*$/m, line)
    : `${text.slice(0, frontmatterEnd)}\n${line}${text.slice(frontmatterEnd)}`;
  writeFileSync(file.file, updated);
  console.log(`${file.file} is now a translation of ${source.file} as it reads today (${line}).`);
}

if (values.done) {
  markDone(values.done);
} else {
  const changes: EntryChange[] = files.flatMap((file) =>
    file.lang
      ? [
          {
            collection: file.collection,
            folder: file.folder,
            lang: file.lang,
            title: String(file.data['title'] ?? file.folder),
            changed:
              (values.git && lastCommit(file.file)) ||
              new Date(String(file.data['updated'] ?? file.data['publishDate'])),
            fingerprint: fingerprintOf(file),
            translationOf: typeof file.data['translationOf'] === 'string' ? file.data['translationOf'] : undefined,
          },
        ]
      : [],
  );
  const rows = translationRows(changes);
  process.stdout.write(values.markdown ? markdownReport(rows) : plainReport(rows));
}
