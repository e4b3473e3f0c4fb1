/** Longest <title> that search results show in full. */
export const MAX_TITLE_LENGTH = 70;

/** "Page | Site" where it fits, otherwise the page title alone (it names the page best). */
export function documentTitle(title: string, siteName: string): string {
  if (title === siteName) return title;
  const full = `${title} | ${siteName}`;
  return full.length <= MAX_TITLE_LENGTH ? full : title;
}
