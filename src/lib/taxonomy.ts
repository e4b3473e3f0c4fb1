// Fixed vocabularies of the content model. Editors pick ids; the site shows the names.
import type { Lang } from '../i18n/langs';

type Names = Record<Lang, string>;
/** Names, and the word a filtered list's URL uses for the value in each language. */
type Named = Names & { slug: Names };

/** Where in the food value chain a solution acts, from inputs to side streams. */
export const STAGES = {
  inputs: {
    nb: 'Innsatsfaktorer (genetikk, fôr, såvarer)',
    en: 'Inputs (genetics, feed, seed)',
    slug: { nb: 'innsatsfaktorer', en: 'inputs' },
  },
  'primary-production': {
    nb: 'Primærproduksjon',
    en: 'Primary production',
    slug: { nb: 'primaerproduksjon', en: 'primary-production' },
  },
  processing: { nb: 'Foredling', en: 'Processing', slug: { nb: 'foredling', en: 'processing' } },
  distribution: {
    nb: 'Distribusjon og handel',
    en: 'Distribution and retail',
    slug: { nb: 'distribusjon', en: 'distribution' },
  },
  consumption: { nb: 'Forbruk', en: 'Consumption', slug: { nb: 'forbruk', en: 'consumption' } },
  'side-streams': {
    nb: 'Sidestrømmer og gjenvinning',
    en: 'Side streams and recovery',
    slug: { nb: 'sidestrommer', en: 'side-streams' },
  },
} as const satisfies Record<string, Named>;
export type Stage = keyof typeof STAGES;
export const STAGE_IDS = Object.keys(STAGES) as [Stage, ...Stage[]];

/** How far a solution has come, with the Technology Readiness Levels each step allows. */
export const MATURITIES = {
  research: { nb: 'Forskning', en: 'Research', slug: { nb: 'forskning', en: 'research' }, trl: [1, 4] },
  pilot: { nb: 'Pilot', en: 'Pilot', slug: { nb: 'pilot', en: 'pilot' }, trl: [4, 7] },
  commercial: {
    nb: 'I kommersiell bruk',
    en: 'Commercial',
    slug: { nb: 'kommersiell', en: 'commercial' },
    trl: [7, 9],
  },
} as const satisfies Record<string, Named & { trl: readonly [number, number] }>;
export type Maturity = keyof typeof MATURITIES;
export const MATURITY_IDS = Object.keys(MATURITIES) as [Maturity, ...Maturity[]];

/** How an impact figure has been checked, weakest first. */
export const VERIFICATIONS = {
  'self-reported': { nb: 'Egenrapportert', en: 'Self-reported' },
  'partner-verified': { nb: 'Bekreftet av partner', en: 'Partner-verified' },
  'third-party': { nb: 'Verifisert av tredjepart', en: 'Third-party verified' },
} as const satisfies Record<string, Names>;
export type Verification = keyof typeof VERIFICATIONS;
export const VERIFICATION_IDS = Object.keys(VERIFICATIONS) as [Verification, ...Verification[]];

export const MEMBER_KINDS = {
  company: { nb: 'Bedrift', en: 'Company' },
  research: { nb: 'Forskning og utdanning', en: 'Research and education' },
  public: { nb: 'Offentlig virksomhet', en: 'Public body' },
  facilitator: { nb: 'Fasilitator', en: 'Facilitator' },
} as const satisfies Record<string, Names>;
export type MemberKind = keyof typeof MEMBER_KINDS;
export const MEMBER_KIND_IDS = Object.keys(MEMBER_KINDS) as [MemberKind, ...MemberKind[]];

export const NEWS_KINDS = {
  news: { nb: 'Nyhet', en: 'News' },
  'press-release': { nb: 'Pressemelding', en: 'Press release' },
  event: { nb: 'Arrangement', en: 'Event' },
} as const satisfies Record<string, Names>;
export type NewsKind = keyof typeof NEWS_KINDS;
export const NEWS_KIND_IDS = Object.keys(NEWS_KINDS) as [NewsKind, ...NewsKind[]];

/** Where a research project stands: from its dates and the build date, unless its file says. */
export const PROJECT_STATUSES = {
  planned: { nb: 'Planlagt', en: 'Planned', slug: { nb: 'planlagt', en: 'planned' } },
  ongoing: { nb: 'Pågår', en: 'Ongoing', slug: { nb: 'pagar', en: 'ongoing' } },
  completed: { nb: 'Avsluttet', en: 'Completed', slug: { nb: 'avsluttet', en: 'completed' } },
} as const satisfies Record<string, Named>;
export type ProjectStatus = keyof typeof PROJECT_STATUSES;
export const PROJECT_STATUS_IDS = Object.keys(PROJECT_STATUSES) as [ProjectStatus, ...ProjectStatus[]];

/** Whether an event takes place as planned (schema.org's eventStatus). */
export const EVENT_STATUSES = {
  scheduled: { nb: 'Som planlagt', en: 'As planned' },
  postponed: { nb: 'Utsatt', en: 'Postponed' },
  cancelled: { nb: 'Avlyst', en: 'Cancelled' },
} as const satisfies Record<string, Names>;
export type EventStatus = keyof typeof EVENT_STATUSES;
export const EVENT_STATUS_IDS = Object.keys(EVENT_STATUSES) as [EventStatus, ...EventStatus[]];

/** The languages an event can be held in, by name. */
export const LANGUAGE_NAMES = {
  nb: { nb: 'Norsk', en: 'Norwegian' },
  en: { nb: 'Engelsk', en: 'English' },
} as const satisfies Record<string, Names>;

/** A goal as lists and filters show it: "2. Utrydde sult". */
export function sdgLabel(goal: number, lang: Lang): string {
  return `${goal}. ${SDGS[goal]?.[lang] ?? ''}`;
}

/** The UN Sustainable Development Goals, by number. */
export const SDGS: Record<number, Names> = {
  1: { nb: 'Utrydde fattigdom', en: 'No poverty' },
  2: { nb: 'Utrydde sult', en: 'Zero hunger' },
  3: { nb: 'God helse og livskvalitet', en: 'Good health and well-being' },
  4: { nb: 'God utdanning', en: 'Quality education' },
  5: { nb: 'Likestilling mellom kjønnene', en: 'Gender equality' },
  6: { nb: 'Rent vann og gode sanitærforhold', en: 'Clean water and sanitation' },
  7: { nb: 'Ren energi til alle', en: 'Affordable and clean energy' },
  8: { nb: 'Anstendig arbeid og økonomisk vekst', en: 'Decent work and economic growth' },
  9: { nb: 'Industri, innovasjon og infrastruktur', en: 'Industry, innovation and infrastructure' },
  10: { nb: 'Mindre ulikhet', en: 'Reduced inequalities' },
  11: { nb: 'Bærekraftige byer og lokalsamfunn', en: 'Sustainable cities and communities' },
  12: { nb: 'Ansvarlig forbruk og produksjon', en: 'Responsible consumption and production' },
  13: { nb: 'Stoppe klimaendringene', en: 'Climate action' },
  14: { nb: 'Livet i havet', en: 'Life below water' },
  15: { nb: 'Livet på land', en: 'Life on land' },
  16: { nb: 'Fred, rettferdighet og velfungerende institusjoner', en: 'Peace, justice and strong institutions' },
  17: { nb: 'Samarbeid for å nå målene', en: 'Partnerships for the goals' },
};
