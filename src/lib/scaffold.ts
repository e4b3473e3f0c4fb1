// Frontmatter templates for `npm run new`: every required field filled with a safe value
// (the entry starts as a draft), with a comment on what to write.
import type { Lang } from '../i18n/langs';
import { MAX_TITLE_LENGTH } from './titles';
import type { EntryKind, ScaffoldKind } from './content-kinds';

/** The kinds `npm run new` starts as Markdown entries (a member is one YAML file: memberFile). */
export type ScaffoldEntryKind = Extract<ScaffoldKind, EntryKind>;

export interface ScaffoldInput {
  type: ScaffoldEntryKind;
  lang: Lang;
  title: string;
  slug: string;
  today: string;
  /** Ids that exist, to fill references with (the editor changes them). */
  themeId: string;
  memberId: string;
}

const quote = (text: string) => JSON.stringify(text);

const SUMMARY: Record<Lang, string> = {
  nb: 'Skriv én eller to setninger om saken.',
  en: 'Write one or two sentences about the entry.',
};

const ALT: Record<Lang, string> = {
  nb: 'Plassholder: beskriv hva bildet viser',
  en: 'Placeholder: describe what the picture shows',
};

/** The text of a new nb.md or en.md. */
export function entryFile({ type, lang, title, slug, today, themeId, memberId }: ScaffoldInput): string {
  const common = [
    `title: ${quote(title)}  # at most ${MAX_TITLE_LENGTH} characters`,
    `summary: ${quote(SUMMARY[lang])}  # at most 160 characters`,
    `slug: ${slug}  # the URL name: a-z, 0-9 and hyphens`,
  ];
  const dated = [
    `publishDate: ${today}  # hidden until this day`,
    'draft: true  # set to false (or delete the line) to publish',
  ];
  const lines: Record<ScaffoldEntryKind, string[]> = {
    solution: [
      ...common,
      ...dated,
      `themes: [${themeId}]  # 1-3 ids from content/themes.yaml`,
      `members: [${memberId}]  # file names in content/members/, the lead member first`,
      'stage: processing  # inputs, primary-production, processing, distribution, consumption or side-streams',
      'maturity: pilot  # research, pilot or commercial',
      'sdgs: []  # UN goal numbers, e.g. [2, 12]',
      'hero:',
      '  src: ./hero.jpg  # replace the placeholder picture in this folder',
      `  alt: ${quote(ALT[lang])}`,
      `  credit: ${quote(lang === 'nb' ? 'Foto: Navn Navnesen' : 'Photo: Name Surname')}`,
      '  licence: CC BY 4.0',
      'pressContact:',
      '  name: Kari Nordmann',
      `  role: ${quote(lang === 'nb' ? 'Daglig leder' : 'Managing director')}`,
      '  email: kari.nordmann@example.no',
    ],
    story: [
      ...common,
      ...dated,
      `member: ${memberId}  # the member the story is about`,
      'person:',
      '  name: Ola Nordmann',
      `  role: ${quote(lang === 'nb' ? 'Daglig leder' : 'Managing director')}`,
      `themes: [${themeId}]`,
    ],
    news: [
      ...common,
      ...dated,
      'kind: news  # news, press-release or event',
      `author: ${quote(lang === 'nb' ? 'Redaksjonen' : 'Editorial team')}`,
      'themes: []',
    ],
    page: [...common, `updated: ${today}`],
  };
  const body =
    lang === 'nb' ? 'Skriv teksten her. Bruk ## for mellomtitler.' : 'Write the text here. Use ## for subheadings.';
  return `---\n${lines[type].join('\n')}\n---\n\n${body}\n`;
}

/** The text of a new member file. */
export function memberFile(name: string, themeId: string): string {
  return [
    `name: ${quote(name)}`,
    'kind: company  # company, research, public or facilitator',
    'location: Hamar  # town or municipality',
    "website: https://www.example.no  # the member's own site",
    'description:',
    `  nb: ${quote('Skriv to eller tre setninger om medlemmet.')}`,
    `  en: ${quote('Write two or three sentences about the member.')}`,
    `themes: [${themeId}]`,
    '',
  ].join('\n');
}
