// npm run translations [-- --markdown] [-- --git]
// Every entry's state per language: translated, missing, or out of date (the other language
// changed later, by its `updated` date, or with --git by its last commit).
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { ENTRY_COLLECTIONS, readEntryFiles } from '../src/lib/content-files';
import { markdownReport, plainReport, translationRows, type EntryChange } from '../src/lib/translation-status';

const { values } = parseArgs({ options: { markdown: { type: 'boolean' }, git: { type: 'boolean' } } });
const root = process.env['CONTENT_DIR'] ?? 'content';

const lastCommit = (file: string) => {
  const date = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8' }).trim();
  return date ? new Date(date) : null;
};

const changes: EntryChange[] = ENTRY_COLLECTIONS.flatMap((collection) =>
  readEntryFiles(root, collection).flatMap(({ folder, lang, file, data }) =>
    lang
      ? [
          {
            collection,
            folder,
            lang,
            title: String(data['title'] ?? folder),
            changed: (values.git && lastCommit(file)) || new Date(String(data['updated'] ?? data['publishDate'])),
          },
        ]
      : [],
  ),
);
const rows = translationRows(changes);
process.stdout.write(values.markdown ? markdownReport(rows) : plainReport(rows));
