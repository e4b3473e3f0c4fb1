// Pairing of translations. An entry's id is "<folder>/<lang>": the folder is the entry,
// the file name is the language, so a translation is found without guessing.
import { LANGS, isLang, type Lang } from '../i18n/langs';

export interface EntryKey {
  folder: string;
  lang: Lang;
}

/** Read "<folder>/<lang>" from an entry id; null when the file is not named nb or en. */
export function parseEntryId(id: string): EntryKey | null {
  const slash = id.lastIndexOf('/');
  if (slash <= 0) return null;
  const lang = id.slice(slash + 1);
  return isLang(lang) ? { folder: id.slice(0, slash), lang } : null;
}

export type Translations<E> = Partial<Record<Lang, E>>;

/** Group entries by folder: one record per entry, with whichever languages exist. */
export function groupByFolder<E extends { id: string }>(entries: readonly E[]): Map<string, Translations<E>> {
  const groups = new Map<string, Translations<E>>();
  for (const entry of entries) {
    const key = parseEntryId(entry.id);
    if (!key) continue;
    const group = groups.get(key.folder) ?? {};
    group[key.lang] = entry;
    groups.set(key.folder, group);
  }
  return groups;
}

/** The languages an entry is missing, for editors' reports. */
export function missingLangs<E>(group: Translations<E>): Lang[] {
  return LANGS.filter((lang) => !group[lang]);
}
