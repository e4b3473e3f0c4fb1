// The content a test site was built from, read straight from its files (independently of
// Astro), so that tests can tell what the build should have produced.
import type { Lang } from '../../src/i18n/langs';
import { readEntryFiles, readRecordFiles, type EntryFile, type RecordFile } from '../../src/lib/content-files';
import type { EntryCollection } from '../../src/lib/content-kinds';

export type Entry = EntryFile & { lang: Lang };

/** Every entry file of a collection that is named after a language. */
export function entriesOf(contentDir: string, collection: EntryCollection): Entry[] {
  return readEntryFiles(contentDir, collection).filter((entry): entry is Entry => entry.lang !== null);
}

/** Whether the production build shows the entry (not a draft, not scheduled). */
export function isLive(entry: Entry, now = new Date()): boolean {
  const date = entry.data['publishDate'];
  return entry.data['draft'] !== true && (date === undefined || new Date(String(date)) <= now);
}

/** The live entries of a collection in one language. */
export function liveEntries(contentDir: string, collection: EntryCollection, lang: Lang): Entry[] {
  return entriesOf(contentDir, collection).filter((entry) => entry.lang === lang && isLive(entry));
}

export function membersOf(contentDir: string): RecordFile[] {
  return readRecordFiles(contentDir, 'members');
}

/** A field of an entry as text, trimmed as the schemas trim it. */
export const field = (entry: Entry, name: string): string => String(entry.data[name]).trim();

/** Whether an entry's folder has a live file in the other language too. */
export function isTranslated(contentDir: string, entry: Entry): boolean {
  return entriesOf(contentDir, entry.collection).some(
    (other) => other.folder === entry.folder && other.lang !== entry.lang && isLive(other),
  );
}
