// The language switch leads to the same page in the other language. Where a page keeps its
// state in the URL (a filtered list, a search), the switch carries that state along.

/** Points the switch at the other language's page with these parameters (in its words). */
export function carryToOtherLanguage(params: URLSearchParams): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-other-language]');
  if (!link) return;
  const url = new URL(link.href);
  url.search = params.toString();
  link.setAttribute('href', `${url.pathname}${url.search}`);
}
