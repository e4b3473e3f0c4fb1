// Which entries are translated, missing a language, or out of date in one language: its
// recorded source text has changed since (translationOf), or else the other language changed
// later by date. In the order of the kinds (content-kinds.ts); newest first.
import { LANGS, otherLang, type Lang } from '../i18n/langs';
import { collectionOf, ENTRY_KINDS } from './content-kinds';

export type Status = 'translated' | 'missing' | 'outdated';

export interface EntryChange {
  collection: string;
  folder: string;
  lang: Lang;
  title: string;
  /** When this language version last changed (its `updated` date, or its last commit). */
  changed: Date;
  /** The fingerprint of its own text (translation-fingerprint.ts). */
  fingerprint: string;
  /** The fingerprint of the other language's text it was translated from, if recorded. */
  translationOf?: string | undefined;
}

export interface StatusRow {
  collection: string;
  folder: string;
  title: string;
  status: Record<Lang, Status>;
  newest: Date;
}

const COLLECTION_ORDER: string[] = ENTRY_KINDS.map(collectionOf);

export function translationRows(entries: readonly EntryChange[]): StatusRow[] {
  const groups = new Map<string, Partial<Record<Lang, EntryChange>>>();
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.folder}`;
    groups.set(key, { ...groups.get(key), [entry.lang]: entry });
  }
  const rows = [...groups.values()].map((group) => {
    const any = (group.nb ?? group.en)!;
    const status = Object.fromEntries(
      LANGS.map((lang): [Lang, Status] => {
        const own = group[lang];
        const other = group[otherLang(lang)];
        if (!own) return [lang, 'missing'];
        if (!other) return [lang, 'translated'];
        // A recorded source decides: the translation is current while that text is unchanged,
        // and the source is never out of date because of its own translation.
        if (own.translationOf) return [lang, own.translationOf === other.fingerprint ? 'translated' : 'outdated'];
        if (other.translationOf === own.fingerprint) return [lang, 'translated'];
        return [lang, other.changed > own.changed ? 'outdated' : 'translated'];
      }),
    ) as Record<Lang, Status>;
    const newest = new Date(Math.max(...LANGS.flatMap((l) => (group[l] ? [group[l].changed.getTime()] : []))));
    return { collection: any.collection, folder: any.folder, title: group.nb?.title ?? any.title, status, newest };
  });
  const rank = (row: StatusRow) => COLLECTION_ORDER.indexOf(row.collection);
  return rows.sort(
    (a, b) => rank(a) - rank(b) || b.newest.getTime() - a.newest.getTime() || a.folder.localeCompare(b.folder),
  );
}

const LABEL: Record<Status, string> = { translated: 'ok', missing: 'MISSING', outdated: 'OUT OF DATE' };
const needsWork = (row: StatusRow) => LANGS.some((lang) => row.status[lang] !== 'translated');

/** A Markdown table for a pull-request comment: only the entries that need work, and a count. */
export function markdownReport(rows: readonly StatusRow[]): string {
  const open = rows.filter(needsWork);
  if (!open.length) return `All ${rows.length} entries are translated and up to date.\n`;
  return [
    `${open.length} of ${rows.length} entries need translation work:`,
    '',
    '| Entry | Type | nb | en |',
    '|---|---|---|---|',
    ...open.map(
      (r) =>
        `| ${r.title.replace(/\|/g, '\\|')} (\`${r.folder}\`) | ${r.collection} | ${LABEL[r.status.nb]} | ${LABEL[r.status.en]} |`,
    ),
    '',
  ].join('\n');
}

/** A plain table for the terminal: every entry. */
export function plainReport(rows: readonly StatusRow[]): string {
  const widths = [
    Math.max(5, ...rows.map((r) => r.folder.length)),
    Math.max(4, ...rows.map((r) => r.collection.length)),
    11,
  ];
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[Math.min(i, 2)]!))
      .join('  ')
      .trimEnd();
  return [
    line(['Entry', 'Type', 'nb', 'en']),
    ...rows.map((r) => line([r.folder, r.collection, LABEL[r.status.nb], LABEL[r.status.en]])),
    '',
  ].join('\n');
}
