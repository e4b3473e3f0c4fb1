// Links to the themes and members an entry names, for link lists and teasers.
import type { Site } from './site';
import type { Lang } from '../i18n/langs';
import { entryPath } from '../lib/urls';

export interface LinkData {
  label: string;
  path: string;
}

export function themeLinks(site: Site, ids: readonly string[], lang: Lang): LinkData[] {
  return ids.flatMap((id) => {
    const theme = site.themes.get(id);
    return theme ? [{ label: theme.data.name[lang], path: entryPath('themes', lang, theme.data.slug[lang]) }] : [];
  });
}

export function memberLinks(site: Site, ids: readonly string[], lang: Lang): LinkData[] {
  return ids.flatMap((id) => {
    const member = site.members.get(id);
    return member ? [{ label: member.data.name, path: entryPath('members', lang, id) }] : [];
  });
}
