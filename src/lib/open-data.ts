// The open data: every solution, project, story, news item, event and member as JSON (and CSV,
// src/lib/csv.ts), with stable ids (the content folder or file name, which never changes when a
// title or slug does) and absolute URLs. Each language's file lists every entry: one that exists
// only in the other language is listed in that language, with its URL. The Zod schemas here are
// the documentation: /data/schema/*.json is generated from them.
import type { OpenDataKind } from './content-kinds';
import { z } from 'astro/zod';

const named = z.object({ id: z.string(), name: z.string() });
const date = z.iso.date();

/** What every record of a page has: its stable id, its URLs, its language, its dates, its themes. */
const pageRecord = (what: string, page: string) => ({
  id: z.string().describe(`Stable id of the ${what}, the same in both languages`),
  url: z.url().describe(`Permanent URL of the ${page}`),
  language: z
    .enum(['nb', 'en'])
    .describe(`The language of the record and its page: the other one where the ${what} is written only in it`),
  translation: z.url().nullable().describe(`The ${page} in the other language, if there is one`),
  title: z.string(),
  summary: z.string(),
  published: date,
  updated: date,
  sample: z.boolean().describe('True for fictional sample content'),
  themes: z.array(named),
});

const member = named.extend({ url: z.url() });
const contact = z.object({ name: z.string(), role: z.string(), email: z.email(), phone: z.string().nullable() });
const picture = z
  .object({ url: z.url(), alt: z.string(), credit: z.string(), licence: z.string() })
  .describe('The press picture: the original at full size, with its credit and licence inside the file');

export const solutionRecordSchema = z.object({
  ...pageRecord('solution', 'case page'),
  members: z.array(member),
  stage: named.describe('Where in the food value chain the solution acts'),
  maturity: named,
  trl: z.number().int().min(1).max(9).nullable().describe('Technology Readiness Level, if known'),
  sdgs: z.array(z.object({ number: z.number().int().min(1).max(17), name: z.string() })),
  impact: z.array(
    z.object({
      label: z.string(),
      value: z.number(),
      unit: z.string(),
      year: z.number().int(),
      baseline: z.string().nullable(),
      source: z.string(),
      verification: named.describe('self-reported, partner-verified or third-party'),
    }),
  ),
  region: z.string().nullable(),
  image: picture,
  pressContact: contact,
  links: z.array(z.object({ label: z.string(), url: z.url() })),
});

export const memberRecordSchema = z.object({
  id: z.string().describe('Stable id of the member'),
  url: z.url(),
  language: z.enum(['nb', 'en']),
  name: z.string(),
  kind: named,
  location: z.string(),
  website: z.url().nullable(),
  description: z.string(),
  themes: z.array(named),
  sample: z.boolean().describe('True for fictional sample content'),
});

export const projectRecordSchema = z.object({
  ...pageRecord('project', 'project page'),
  partners: z.array(member).describe('Members that work on the project; two or more'),
  lead: z.string().describe('Id of the partner that leads the project'),
  start: date,
  end: date.nullable(),
  status: named.describe('planned, ongoing or completed, on the day the file was built'),
  funding: z.array(
    z.object({
      funder: z.string(),
      programme: z.string().nullable(),
      amount: z.number().positive().nullable().describe('Granted amount in NOK'),
      source: z.url().nullable(),
    }),
  ),
  solutions: z.array(z.object({ id: z.string(), url: z.url().nullable() })).describe('Solutions the project works on'),
  contact: contact.nullable(),
  links: z.array(z.object({ label: z.string(), url: z.url() })),
  image: picture.nullable(),
});

export const storyRecordSchema = z.object({
  ...pageRecord('story', 'story page'),
  member: member.nullable().describe('The member the story is about'),
  person: z.object({ name: z.string(), role: z.string() }).describe('The person quoted'),
  image: picture.nullable(),
});

export const newsRecordSchema = z.object({
  ...pageRecord('news item', 'news page'),
  kind: named.describe('news, press release or event'),
  author: z.string(),
  image: picture.nullable(),
});

const offsetTime = z.iso.datetime({ offset: true }).describe('Norwegian time, with its offset from UTC');

export const eventRecordSchema = z.object({
  ...pageRecord('event', 'event page'),
  start: offsetTime,
  end: offsetTime,
  place: z
    .object({
      name: z.string(),
      address: z.string().nullable(),
      lat: z.number().nullable(),
      lon: z.number().nullable(),
    })
    .nullable()
    .describe('Where it is held; null for an event only online'),
  online: z.url().nullable().describe('The address of the stream or meeting'),
  organiser: member.nullable(),
  registration: z
    .object({ url: z.url().nullable(), email: z.email().nullable(), deadline: date.nullable() })
    .nullable(),
  price: z.number().min(0).nullable().describe('Price in NOK; 0 is free; null when not known'),
  eventLanguage: z.enum(['nb', 'en']).describe('The language spoken at the event'),
  status: named.describe('scheduled, postponed or cancelled'),
  calendar: z.url().describe('The event as an iCalendar file'),
  image: picture.nullable(),
});

/** A data file: what it is, under which licence, and the records. */
export function dataDocument<T extends z.ZodType>(record: T) {
  return z.object({
    title: z.string(),
    language: z.enum(['nb', 'en']),
    licence: z.object({ name: z.string(), url: z.url() }),
    source: z.url().describe('The site the data comes from'),
    schema: z.url().describe('JSON Schema of this file'),
    count: z.number().int(),
    updated: date.nullable().describe('The latest update of a record; null when the records have no dates'),
    items: z.array(record),
  });
}

export type SolutionRecord = z.infer<typeof solutionRecordSchema>;
export type MemberRecord = z.infer<typeof memberRecordSchema>;
export type ProjectRecord = z.infer<typeof projectRecordSchema>;
export type StoryRecord = z.infer<typeof storyRecordSchema>;
export type NewsRecord = z.infer<typeof newsRecordSchema>;
export type EventRecord = z.infer<typeof eventRecordSchema>;

/** The record schema of each kind with open data. */
export const RECORD_SCHEMAS = {
  solution: solutionRecordSchema,
  member: memberRecordSchema,
  project: projectRecordSchema,
  story: storyRecordSchema,
  news: newsRecordSchema,
  event: eventRecordSchema,
} as const satisfies Record<OpenDataKind, z.ZodType>;

export const DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
