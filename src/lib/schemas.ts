// The content model: every field of every collection, with the message an editor sees when
// it is wrong. Astro uses these schemas in src/content.config.ts, and the editor check
// (scripts/check-content.ts) uses the same ones without a build; rules that span entries
// live in src/lib/content-rules.ts.
import { z } from 'astro/zod';
import type { Lang } from '../i18n/langs';
import { searchTermProblem } from './search-keywords';
import { SITE_PATH_PATTERN, SLUG_PATTERN } from './slugs';
import { MAX_TITLE_LENGTH } from './titles';
import { FINGERPRINT_LENGTH } from './translation-fingerprint';
import { normalLocalTime, notALocalTime, writtenTimeOf } from './local-time';
import {
  EVENT_STATUS_IDS,
  MATURITY_IDS,
  MEMBER_KIND_IDS,
  NEWS_KIND_IDS,
  PROJECT_STATUS_IDS,
  STAGE_IDS,
  VERIFICATION_IDS,
} from './taxonomy';

/** A picture file field: Astro's image() in the build, a file check in the editor check. */
export type ImageField<I extends z.ZodType = z.ZodType> = () => I;

/** Required text with a message that says what to write. */
const text = (hint: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `is missing: ${hint}` : `must be text: ${hint}`) })
    .trim()
    .min(1, { error: `is empty: ${hint}` });

const slug = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'is missing: add a URL name such as "my-case" (a-z, 0-9 and hyphens)'
        : `must be text: put the URL name in quotes, e.g. "${String(issue.input)}"`,
  })
  .regex(SLUG_PATTERN, {
    error: 'must use only a-z, 0-9 and single hyphens (write "fôr-og-avl" as "for-og-avl")',
  });

/**
 * A link to a web page: https (or http, for old sites) and nothing else, so that no
 * `javascript:` or `data:` URL reaches a page, a feed or the open data.
 */
const webUrl = z.url({
  protocol: /^https?$/,
  error: 'must be a full web address starting with https://, e.g. https://www.example.no',
});

const date = z.coerce.date({ error: 'is not a valid date: write it as YYYY-MM-DD, e.g. 2026-03-31' });

const themeRefs = (min: number) =>
  z
    .array(z.string(), { error: 'must be a list of theme ids from content/themes.yaml' })
    .min(min, { error: `needs at least ${min} theme id from content/themes.yaml` })
    .max(3, { error: 'has more than 3 themes: keep the 1-3 that fit best' });

const pictureText = {
  /** What the picture shows, for people who cannot see it. */
  alt: text('describe what the picture shows, e.g. "Ola Nordmann feeds salmon at dawn"'),
  /** Photographer or maker, shown next to the picture. */
  credit: text('name the photographer or maker, e.g. "Foto: Kari Nordmann"'),
  /** Licence for reuse by the press, e.g. "CC BY 4.0" or "All rights reserved". */
  licence: z.string().trim().min(1).default('All rights reserved'),
};

/** A picture with the text everyone needs: alt for screen readers, credit and licence for reuse. */
const picture = <I extends z.ZodType>(image: ImageField<I>) =>
  z.object(
    {
      /** Path to the image file, relative to the entry, e.g. ./hero.jpg */
      src: image(),
      ...pictureText,
    },
    { error: 'is missing: add the picture with src, alt and credit (see the editor guide)' },
  );

/** The fingerprint of the other language's text this file was translated from (translation-fingerprint.ts). */
const translationOf = z
  .string()
  .regex(new RegExp(`^[0-9a-f]{${FINGERPRINT_LENGTH}}$`), {
    error: 'is written by npm run translations -- --done: remove the line, or run that command again',
  })
  .optional();

/** Fields every article-like entry shares, whatever its language. */
const articleFields = {
  /** Headline of the page (also the <title> and the social card), short enough for search results to show whole. */
  title: text('write the headline of the page').max(MAX_TITLE_LENGTH, {
    error: `is longer than ${MAX_TITLE_LENGTH} characters: shorten it (search engines cut longer titles)`,
  }),
  /** One or two sentences, at most 160 characters; shown in lists and as the meta description. */
  summary: text('write one or two sentences that sum up the page').max(160, {
    error: 'is longer than 160 characters: shorten it (it is shown in lists and search results)',
  }),
  /** The URL name in this language: a-z, 0-9 and hyphens, unique within the language. */
  slug,
  /** First published; an entry with a date in the future stays hidden until then. */
  publishDate: date,
  /** Last substantial change; shown to readers and used to spot outdated translations. */
  updated: date.optional(),
  /** Drafts are shown in `npm run dev` only. */
  draft: z.boolean().default(false),
  /** Fictional sample content, labelled "Eksempel / Example" on the page. */
  sample: z.boolean().default(false),
  /** Earlier slugs of this entry in this language; they keep working as redirects. */
  aliases: z.array(slug).default([]),
  /** Earlier addresses of this entry in another section (a news item that became an event, say). */
  movedFrom: z
    .array(
      z.string().regex(SITE_PATH_PATTERN, {
        error: 'must be an address on this site from its first slash to its last, e.g. "/nyheter/fagdag/"',
      }),
    )
    .default([]),
  translationOf,
};

const email = z.email({ error: 'must be an e-mail address, e.g. kari.nordmann@example.no' });

/** A person to ask: name, role, e-mail and, if they like, a phone number. */
const contactPerson = (who: string) =>
  z.object(
    {
      name: text('name the contact person'),
      role: text("give the contact person's role"),
      email,
      phone: z.string().optional(),
    },
    { error: `is missing: add ${who} with name, role and email` },
  );

/** Further reading: a link text and a web address each. */
const links = z.array(z.object({ label: text('write the link text'), url: webUrl })).default([]);

/** A member id: the file name of one of content/members/ (content-rules.ts checks that it exists). */
const memberRef = (hint: string) => text(`give the member id ${hint} (a file name in content/members/)`);

/** A time of day in Oslo, written "2027-04-10T09:00" (local-time.ts). */
const localTime = z
  .preprocess(
    (value) => (value instanceof Date ? writtenTimeOf(value) : value),
    z
      .string({ error: 'is missing: write the time as "YYYY-MM-DDTHH:MM" in quotes, e.g. "2027-04-10T09:00"' })
      .transform((value, ctx) => {
        const time = normalLocalTime(value);
        if (time === null) {
          ctx.addIssue({ code: 'custom', message: notALocalTime(value) });
          return z.NEVER;
        }
        return time;
      }),
  )
  .meta({ widget: 'local-time' });

const localized = z.object({ nb: z.string().trim().min(1), en: z.string().trim().min(1) });

const solutionFields = {
  ...articleFields,
  /** Show on the home page. */
  featured: z.boolean().default(false),
  /** 1-3 theme ids from content/themes.yaml. */
  themes: themeRefs(1),
  /** Member ids (file names in content/members/) behind the solution; the first leads. */
  members: z
    .array(z.string(), { error: 'must be a list of member ids (file names in content/members/)' })
    .min(1, { error: 'needs at least one member id (a file name in content/members/)' }),
  /** Where in the value chain the solution acts. */
  stage: z.enum(STAGE_IDS, { error: `must be one of: ${STAGE_IDS.join(', ')}` }),
  /** How far it has come. */
  maturity: z.enum(MATURITY_IDS, { error: `must be one of: ${MATURITY_IDS.join(', ')}` }),
  /** Technology Readiness Level 1-9, if known; must fit the maturity. */
  trl: z.number().int().min(1).max(9, { error: 'must be a whole number from 1 to 9' }).optional(),
  /** UN Sustainable Development Goals the solution serves, by number 1-17. */
  sdgs: z
    .array(z.number().int().min(1).max(17, { error: 'must be a goal number from 1 to 17' }), {
      error: 'must be a list of goal numbers from 1 to 17, e.g. [2, 12]',
    })
    .default([]),
  /** Measured effects, each with its source and how it was checked. */
  impact: z
    .array(
      z.object({
        /** What is measured, e.g. "Lower feed use". */
        label: text('say what is measured'),
        /** The number itself. */
        value: z.number({ error: 'must be a number, e.g. 12.5' }),
        /** Unit, e.g. "%", "tonn CO₂e". */
        unit: z.string().default(''),
        /** Year the figure applies to. */
        year: z.number().int().min(1900).max(2100, { error: 'must be a year, e.g. 2025' }),
        /** What the figure is compared with, e.g. "2020 level". */
        baseline: z.string().optional(),
        /** Who measured it. */
        source: text('name who measured it'),
        /** How the figure was checked. */
        verification: z.enum(VERIFICATION_IDS, { error: `must be one of: ${VERIFICATION_IDS.join(', ')}` }),
      }),
    )
    .default([]),
  /** The person journalists should call. */
  pressContact: contactPerson('the press contact'),
  /** Where the solution is in use, e.g. "Innlandet". */
  region: z.string().optional(),
  /** Further reading. */
  links,
};

const storyFields = {
  ...articleFields,
  /** The member the story is about (a file name in content/members/). */
  member: text('give the member id (a file name in content/members/)'),
  /** The person quoted. */
  person: z.object(
    { name: text('name the person quoted'), role: text('give their role') },
    { error: 'is missing: add the person quoted with name and role' },
  ),
  /** 0-3 theme ids from content/themes.yaml. */
  themes: themeRefs(0).default([]),
};

const newsFields = {
  ...articleFields,
  /** news, press-release or event. */
  kind: z.enum(NEWS_KIND_IDS, { error: `must be one of: ${NEWS_KIND_IDS.join(', ')}` }).default('news'),
  /** 0-3 theme ids from content/themes.yaml. */
  themes: themeRefs(0).default([]),
  /** Who wrote it. */
  author: text('name the author'),
};

const projectFields = {
  ...articleFields,
  /** 1-3 theme ids from content/themes.yaml. */
  themes: themeRefs(1),
  /** The members that work on the project together: two or more member ids. */
  partners: z
    .array(z.string(), { error: 'must be a list of member ids (file names in content/members/)' })
    .min(2, { error: 'needs at least two member ids: a joint project has two or more partners' }),
  /** The partner that leads the project: one of the partners. */
  lead: memberRef('of the partner that leads'),
  /** First day of the project. */
  start: date,
  /** Last day of the project, if it is set. */
  end: date.optional(),
  /** Only where the dates do not tell: planned, ongoing or completed (else it follows the dates). */
  status: z.enum(PROJECT_STATUS_IDS, { error: `must be one of: ${PROJECT_STATUS_IDS.join(', ')}` }).optional(),
  /** Who pays: the funder, its programme and the amount granted in NOK. */
  funding: z
    .array(
      z.object({
        funder: text('name the funder, e.g. "Innlandsprogrammet for bioøkonomi"'),
        programme: z.string().trim().min(1).optional(),
        amount: z.number({ error: 'must be a number of kroner, e.g. 2500000' }).optional(),
        source: webUrl.optional(),
      }),
      { error: 'must be a list of funders, each with funder and, if known, programme and amount' },
    )
    .default([]),
  /** Solutions the project works on: folder names in content/solutions/. */
  solutions: z
    .array(z.string(), { error: 'must be a list of solution ids (folder names in content/solutions/)' })
    .default([]),
  /** The person to ask about the project. */
  contact: contactPerson('the contact person').optional(),
  links,
};

const eventFields = {
  ...articleFields,
  /** 0-3 theme ids from content/themes.yaml. */
  themes: themeRefs(0).default([]),
  /** When it starts, Norwegian time: "2027-04-10T09:00". */
  start: localTime,
  /** When it ends, Norwegian time: "2027-04-10T15:30". */
  end: localTime,
  /** Where it is held; leave out for an event that is only online. */
  place: z
    .object({
      name: text('name the venue'),
      address: z.string().trim().min(1).optional(),
      /** Decimal degrees, e.g. 60.79. */
      lat: z.number().min(-90).max(90, { error: 'must be a latitude in degrees, e.g. 60.79' }).optional(),
      lon: z.number().min(-180).max(180, { error: 'must be a longitude in degrees, e.g. 11.07' }).optional(),
    })
    .optional(),
  /** The web address of the stream or meeting, for an event online (or both online and on site). */
  online: webUrl.optional(),
  /** The member that organises it. */
  organiser: memberRef('of the organiser'),
  /** How to sign up, and by when. */
  registration: z
    .object({
      url: webUrl.optional(),
      email: email.optional(),
      /** Last day to sign up. */
      deadline: date.optional(),
    })
    .optional(),
  /** Price in NOK; 0 means free. Leave out if it is not known. */
  price: z.number({ error: 'must be a number of kroner, e.g. 500 (0 for free)' }).min(0).optional(),
  /** The language the event is held in. */
  language: z.enum(['nb', 'en'], { error: 'must be nb or en: the language spoken at the event' }),
  /** scheduled, postponed or cancelled. */
  status: z.enum(EVENT_STATUS_IDS, { error: `must be one of: ${EVENT_STATUS_IDS.join(', ')}` }).default('scheduled'),
};

const memberFields = {
  /** Official name. */
  name: text("write the member's name"),
  /** company, research, public or facilitator. */
  kind: z.enum(MEMBER_KIND_IDS, { error: `must be one of: ${MEMBER_KIND_IDS.join(', ')}` }),
  /** Home page, full URL. */
  website: webUrl.optional(),
  /** Town or municipality. */
  location: text('give the town or municipality'),
  /** A short description in both languages. */
  description: localized,
  /** Theme ids from content/themes.yaml. */
  themes: themeRefs(0).default([]),
  /** Fictional sample member. */
  sample: z.boolean().default(false),
};

const pageSchema = z.object({
  /** Headline of the page. */
  title: text('write the headline of the page'),
  /** One or two sentences, at most 160 characters (meta description). */
  summary: articleFields.summary,
  /** The URL name in this language, e.g. "om" gives /om/. */
  slug,
  /** Last substantial change. */
  updated: date,
  /** Earlier slugs that keep working. */
  aliases: articleFields.aliases,
  translationOf,
});

const themeSchema = z.object({
  /** URL name per language, e.g. { nb: bioraffinering, en: biorefining }. */
  slug: z.object({ nb: slug, en: slug }),
  name: localized,
  description: localized,
});

const factSchema = z.object({
  /** Position in the list of figures, lowest first. */
  order: z.number({ error: 'must be a number: the position of the figure, lowest first' }),
  /** The figure itself. */
  value: z.number({ error: 'must be a number' }),
  /** "about", "over" or "exact": how precise the figure is. */
  precision: z.enum(['about', 'over', 'exact']).default('exact'),
  /** "count", "year" (no digit grouping) or "nok-million"/"nok-billion". */
  format: z.enum(['count', 'year', 'nok-million', 'nok-billion']).default('count'),
  /** What the figure counts, per language. */
  label: localized,
  /** Where the figure comes from. */
  source: z.object({ title: localized, url: webUrl.optional() }),
  /** When the figure was true: YYYY or YYYY-MM. */
  asOf: z.string().regex(/^\d{4}(-\d{2})?$/, { error: 'must be YYYY or YYYY-MM, e.g. 2019' }),
});

const siteSchema = z.object({
  name: text('the site name'),
  tagline: localized,
  /** General contact shown in the footer and on the press page. */
  contact: z.object({ email: z.email(), phone: z.string().optional(), address: z.string().optional() }),
  /** Who runs the cluster organisation. */
  facilitator: z.object({ name: z.string(), url: webUrl.optional() }),
});

/** A search word of a language: long enough, not a stop word, no markup (search-keywords.ts). */
const searchTerm = (lang: Lang) =>
  z
    .string()
    .trim()
    .superRefine((term, ctx) => {
      const problem = searchTermProblem(term, lang);
      if (problem) ctx.addIssue({ code: 'custom', message: `"${term}" ${problem}` });
    });

const searchTermsSchema = z.object({
  /** Words in Norwegian that mean the same, in the forms readers type. */
  nb: z.array(searchTerm('nb')).min(1, { error: 'needs at least one Norwegian word' }),
  /** The same in English. */
  en: z.array(searchTerm('en')).min(1, { error: 'needs at least one English word' }),
});

/**
 * A member: only the fields below. A field no page shows would be published (in the open data,
 * or as a file) without anyone seeing it, so an unknown field is an error that names it.
 */
const memberSchema = z.strictObject(memberFields, {
  error: (issue) => {
    if (issue.code === 'unrecognized_keys') {
      return `is not a field of a member (${issue.keys.join(', ')}): remove it, or check its spelling`;
    }
    if (issue.input === null || issue.input === undefined) {
      return 'is empty: write the name, kind, location and description of the member (see the editor guide)';
    }
    return undefined;
  },
});

/**
 * Every collection's schema, given how picture files are checked. Astro asks for a schema once
 * per entry (its image() knows the entry's folder), and building Zod schemas is slow: so the
 * fields are built once, above, and a call builds only the picture fields of the collection
 * it is asked for.
 */
export function contentSchemas<I extends z.ZodType>(image: ImageField<I>) {
  return {
    get solutions() {
      /** Main picture of the case. */
      return z.object({ ...solutionFields, hero: picture(image) });
    },
    get stories() {
      return z.object({ ...storyFields, image: picture(image).optional() });
    },
    get news() {
      return z.object({ ...newsFields, image: picture(image).optional() });
    },
    get projects() {
      return z.object({ ...projectFields, image: picture(image).optional() });
    },
    get events() {
      return z.object({ ...eventFields, image: picture(image).optional() });
    },
    members: memberSchema,
    pages: pageSchema,
    themes: themeSchema,
    facts: factSchema,
    site: siteSchema,
    searchTerms: searchTermsSchema,
  };
}
