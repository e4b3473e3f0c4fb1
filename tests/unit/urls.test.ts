import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  dataSchemaPath,
  entryPath,
  feedPath,
  openDataPath,
  socialCardPath,
  langRoot,
  pagePath,
  paginatedPath,
  sectionPath,
  withBase,
} from '../../src/lib/urls';

describe('URL building per language', () => {
  it('puts Norwegian at the root and English under /en/', () => {
    expect(langRoot('nb')).toBe('/');
    expect(langRoot('en')).toBe('/en/');
  });

  it('uses translated section segments', () => {
    expect(sectionPath('solutions', 'nb')).toBe('/losninger/');
    expect(sectionPath('solutions', 'en')).toBe('/en/solutions/');
    expect(sectionPath('stories', 'nb')).toBe('/historier/');
    expect(sectionPath('news', 'en')).toBe('/en/news/');
    expect(sectionPath('members', 'nb')).toBe('/medlemmer/');
    expect(sectionPath('themes', 'en')).toBe('/en/themes/');
    expect(sectionPath('search', 'nb')).toBe('/sok/');
  });

  it('builds entry, page and paginated paths', () => {
    expect(entryPath('solutions', 'nb', 'protein-av-halm')).toBe('/losninger/protein-av-halm/');
    expect(entryPath('themes', 'en', 'biorefining')).toBe('/en/themes/biorefining/');
    expect(pagePath('nb', 'om')).toBe('/om/');
    expect(pagePath('en', 'about')).toBe('/en/about/');
    expect(paginatedPath('news', 'nb', 1)).toBe('/nyheter/');
    expect(paginatedPath('news', 'en', 3)).toBe('/en/news/3/');
    expect(feedPath('news', 'nb')).toBe('/nyheter/rss.xml');
    expect(feedPath('solutions', 'en')).toBe('/en/solutions/rss.xml');
    expect(openDataPath('solution', 'nb')).toBe('/data/losninger.json');
    expect(openDataPath('member', 'en')).toBe('/en/data/members.json');
    expect(dataSchemaPath('solution')).toBe('/data/schema/solution.json');
    expect(socialCardPath('/losninger/a/', 'nb')).toBe('/og/losninger/a.jpg');
    expect(socialCardPath('/en/news/b/', 'en')).toBe('/og/en/news/b.jpg');
    expect(socialCardPath('/', 'nb')).toBe('/og/nb.jpg');
    expect(socialCardPath('/en/', 'en')).toBe('/og/en.jpg');
  });

  it('prefixes the deployment base path', () => {
    expect(withBase('/losninger/', '/')).toBe('/losninger/');
    expect(withBase('/losninger/', '/utstillingsvindu/')).toBe('/utstillingsvindu/losninger/');
    expect(withBase('/', '/utstillingsvindu')).toBe('/utstillingsvindu/');
    expect(absoluteUrl('/en/', 'https://example.org', '/utstillingsvindu/')).toBe(
      'https://example.org/utstillingsvindu/en/',
    );
  });
});
