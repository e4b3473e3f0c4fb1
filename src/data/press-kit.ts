// What the press page lists for a language: every press picture with the page it belongs to,
// and every press contact with the pages they answer for.
import { isArticleRoute, pressPictureOf, type ArticleRoute, type PressPicture } from './press-pictures';
import type { Site, Solution } from './site';
import type { Lang } from '../i18n/langs';

type Contact = Solution['data']['pressContact'];

export interface PressKitPicture {
  press: PressPicture;
  page: { title: string; path: string };
}

export interface PressKitContact {
  contact: Contact;
  pages: { title: string; path: string }[];
}

/** The contact a page names: a solution's press contact, a project's contact. */
function contactOf(route: ArticleRoute): Contact | undefined {
  if (route.view === 'solution') return route.entry.data.pressContact;
  if (route.view === 'project') return route.entry.data.contact;
  return undefined;
}

/** In the order of the route table: by section, then newest first. */
export function pressKit(site: Site, lang: Lang): { pictures: PressKitPicture[]; contacts: PressKitContact[] } {
  const pictures: PressKitPicture[] = [];
  const contacts = new Map<string, PressKitContact>();
  for (const route of site.routes) {
    if (route.lang !== lang || !isArticleRoute(route)) continue;
    const page = { title: route.entry.data.title, path: route.path };
    const press = pressPictureOf(route);
    if (press) pictures.push({ press, page });
    const contact = contactOf(route);
    if (!contact) continue;
    // One person, one entry, however many pages name them.
    const key = contact.email.toLowerCase();
    const known = contacts.get(key) ?? { contact, pages: [] };
    known.pages.push(page);
    contacts.set(key, known);
  }
  return { pictures, contacts: [...contacts.values()] };
}
