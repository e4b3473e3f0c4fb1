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
  /** The first member ids (a project needs two partners). */
  memberIds: readonly string[];
}

const quote = (text: string) => JSON.stringify(text);

/** The picture `npm run new` puts in a new solution's folder, until the editor replaces it. */
export const PLACEHOLDER_PICTURE = 'scripts/assets/placeholder.jpg';

const SUMMARY: Record<Lang, string> = {
  nb: 'Skriv én eller to setninger om saken.',
  en: 'Write one or two sentences about the entry.',
};

const ALT: Record<Lang, string> = {
  nb: 'Plassholder: beskriv hva bildet viser',
  en: 'Placeholder: describe what the picture shows',
};

const CREDIT: Record<Lang, string> = { nb: 'Foto: Navn Navnesen', en: 'Photo: Name Surname' };

const BODY: Record<Lang, string> = {
  nb: 'Skriv teksten her. Bruk ## for mellomtitler.',
  en: 'Write the text here. Use ## for subheadings.',
};

const VENUE: Record<Lang, string> = { nb: 'Skriv navnet på stedet', en: 'Write the name of the venue' };

const MEMBER_DESCRIPTION: Record<Lang, string> = {
  nb: 'Skriv to eller tre setninger om medlemmet.',
  en: 'Write two or three sentences about the member.',
};

/** The member website the scaffold writes. */
const EXAMPLE_WEBSITE = 'https://www.example.no';

/**
 * Every text `npm run new` writes for the editor to replace: a published entry that still holds
 * one would show it to readers (content-rules.ts refuses it).
 */
export const PLACEHOLDER_TEXTS: readonly string[] = [
  ...Object.values(SUMMARY),
  ...Object.values(ALT),
  ...Object.values(CREDIT),
  ...Object.values(BODY),
  ...Object.values(MEMBER_DESCRIPTION),
  ...Object.values(VENUE),
  EXAMPLE_WEBSITE,
];

/** The comments of a new file, in its language: what to write in each field. */
const COMMENTS = {
  nb: {
    title: `høyst ${MAX_TITLE_LENGTH} tegn`,
    summary: 'høyst 160 tegn',
    slug: 'URL-navnet: a-z, 0-9 og bindestrek',
    publishDate: 'vises ikke før denne dagen',
    draft: 'sett false (eller slett linja) for å publisere',
    themes: '1-3 id-er fra content/themes.yaml',
    members: 'filnavn i content/members/, hovedmedlemmet først',
    stage: 'inputs, primary-production, processing, distribution, consumption eller side-streams',
    maturity: 'research, pilot eller commercial',
    sdgs: 'FNs bærekraftsmål som tall, f.eks. [2, 12]',
    hero: 'bytt ut plassholderbildet i denne mappen',
    member: 'medlemmet historien handler om',
    kind: 'news, press-release eller event',
    optional: 'Valgfritt: fjern # foran linjene du trenger.',
    trl: 'teknologisk modenhetsnivå 1-9',
    region: 'hvor løsningen brukes',
    aliases: 'tidligere URL-navn, som skal fortsette å virke',
    partners: 'minst to medlemmer (filnavn i content/members/)',
    lead: 'partneren som leder prosjektet',
    projectStart: 'første dag i prosjektet',
    projectEnd: 'siste dag i prosjektet',
    funding: 'hvem som finansierer, og med hvor mye (kr)',
    eventStart: 'norsk tid, i anførselstegn',
    organiser: 'medlemmet som arrangerer',
    language: 'språket arrangementet holdes på: nb eller en',
    registration: 'påmelding: lenke eller e-post, og siste frist',
    price: 'kroner; 0 betyr gratis',
    online: 'lenke til sendingen, for arrangementer på nett',
  },
  en: {
    title: `at most ${MAX_TITLE_LENGTH} characters`,
    summary: 'at most 160 characters',
    slug: 'the URL name: a-z, 0-9 and hyphens',
    publishDate: 'hidden until this day',
    draft: 'set to false (or delete the line) to publish',
    themes: '1-3 ids from content/themes.yaml',
    members: 'file names in content/members/, the lead member first',
    stage: 'inputs, primary-production, processing, distribution, consumption or side-streams',
    maturity: 'research, pilot or commercial',
    sdgs: 'UN goal numbers, e.g. [2, 12]',
    hero: 'replace the placeholder picture in this folder',
    member: 'the member the story is about',
    kind: 'news, press-release or event',
    optional: 'Optional: remove the # in front of the lines you need.',
    trl: 'technology readiness level 1-9',
    region: 'where the solution is used',
    aliases: 'earlier URL names, which must keep working',
    partners: 'at least two members (file names in content/members/)',
    lead: 'the partner that leads the project',
    projectStart: 'first day of the project',
    projectEnd: 'last day of the project',
    funding: 'who funds it, and with how much (NOK)',
    eventStart: 'Norwegian time, in quotes',
    organiser: 'the member that organises it',
    language: 'the language the event is held in: nb or en',
    registration: 'registration: a link or an e-mail, and the deadline',
    price: 'NOK; 0 means free',
    online: 'link to the stream, for events online',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** The optional fields of a solution, commented out, with an example of each. */
const optionalSolutionFields = (lang: Lang) => {
  const c = COMMENTS[lang];
  const nb = lang === 'nb';
  return [
    `# ${c.optional}`,
    `# trl: 5  # ${c.trl}`,
    `# region: Innlandet  # ${c.region}`,
    '# impact:',
    `#   - label: ${quote(nb ? 'Mindre importert soya' : 'Less imported soy')}`,
    '#     value: 18',
    '#     unit: "%"',
    '#     year: 2025',
    `#     source: ${quote(nb ? 'Medlemmets eget regnskap' : "The member's own accounts")}`,
    '#     verification: self-reported  # self-reported, partner-verified or third-party',
    '# links:',
    `#   - label: ${quote(nb ? 'Om prosjektet' : 'About the project')}`,
    '#     url: https://…',
  ];
};

/** The text of a new index.nb.md or index.en.md. */
export function entryFile({ type, lang, title, slug, today, themeId, memberIds }: ScaffoldInput): string {
  const c = COMMENTS[lang];
  const common = [
    `title: ${quote(title)}  # ${c.title}`,
    `summary: ${quote(SUMMARY[lang])}  # ${c.summary}`,
    `slug: ${slug}  # ${c.slug}`,
  ];
  const dated = [`publishDate: ${today}  # ${c.publishDate}`, `draft: true  # ${c.draft}`];
  const role = quote(lang === 'nb' ? 'Daglig leder' : 'Managing director');
  const aliases = `# aliases: []  # ${c.aliases}`;
  const [memberId = '', partnerId = memberId] = memberIds;
  const person = ['  name: Kari Nordmann', `  role: ${role}`, '  email: kari.nordmann@example.no'];
  const lines: Record<ScaffoldEntryKind, string[]> = {
    solution: [
      ...common,
      ...dated,
      `themes: [${themeId}]  # ${c.themes}`,
      `members: [${memberId}]  # ${c.members}`,
      `stage: processing  # ${c.stage}`,
      `maturity: pilot  # ${c.maturity}`,
      `sdgs: []  # ${c.sdgs}`,
      'hero:',
      `  src: ./hero.jpg  # ${c.hero}`,
      `  alt: ${quote(ALT[lang])}`,
      `  credit: ${quote(CREDIT[lang])}`,
      '  licence: CC BY 4.0',
      'pressContact:',
      ...person,
      ...optionalSolutionFields(lang),
      aliases,
    ],
    story: [
      ...common,
      ...dated,
      `member: ${memberId}  # ${c.member}`,
      'person:',
      '  name: Ola Nordmann',
      `  role: ${role}`,
      `themes: [${themeId}]`,
      aliases,
    ],
    news: [
      ...common,
      ...dated,
      `kind: news  # ${c.kind}`,
      `author: ${quote(lang === 'nb' ? 'Redaksjonen' : 'Editorial team')}`,
      'themes: []',
      aliases,
    ],
    project: [
      ...common,
      ...dated,
      `themes: [${themeId}]  # ${c.themes}`,
      `partners: [${memberId}, ${partnerId}]  # ${c.partners}`,
      `lead: ${memberId}  # ${c.lead}`,
      `start: ${today}  # ${c.projectStart}`,
      'contact:',
      ...person,
      `# ${c.optional}`,
      `# end: ${today}  # ${c.projectEnd}`,
      `# funding:  # ${c.funding}`,
      `#   - funder: ${quote(lang === 'nb' ? 'Navn på finansiøren' : 'Name of the funder')}`,
      '#     amount: 1000000',
      '# solutions: []  # folder names in content/solutions/',
      aliases,
    ],
    event: [
      ...common,
      ...dated,
      'themes: []',
      `start: "${today}T09:00"  # ${c.eventStart}`,
      `end: "${today}T15:00"`,
      'place:',
      `  name: ${quote(VENUE[lang])}`,
      `organiser: ${memberId}  # ${c.organiser}`,
      `language: nb  # ${c.language}`,
      `# ${c.optional}`,
      `# registration:  # ${c.registration}`,
      '#   url: https://…',
      `#   deadline: ${today}`,
      `# price: 0  # ${c.price}`,
      `# online: https://…  # ${c.online}`,
      aliases,
    ],
    page: [...common, `updated: ${today}`, aliases],
  };
  return `---\n${lines[type].join('\n')}\n---\n\n${BODY[lang]}\n`;
}

/** The text of a new member file. */
export function memberFile(name: string, themeId: string): string {
  return [
    `name: ${quote(name)}`,
    'kind: company  # company, research, public or facilitator',
    'location: Hamar  # town or municipality',
    `website: ${EXAMPLE_WEBSITE}  # the member's own site`,
    'description:',
    `  nb: ${quote(MEMBER_DESCRIPTION.nb)}`,
    `  en: ${quote(MEMBER_DESCRIPTION.en)}`,
    `themes: [${themeId}]`,
    '',
  ].join('\n');
}
