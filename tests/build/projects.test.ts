// The research projects of the fixture site: each project's page with its partners, status,
// funding and solutions, the links between projects, solutions and members, the filters of
// the list, and the project in the structured data.
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';
import { testSite } from '../helpers/sites';

describe('the research projects of the fixture site', () => {
  const pages = builtPages(testSite('fixture').distDir);
  const page = (path: string) => {
    const found = pages.find((p) => p.path === path);
    if (!found) throw new Error(`no page ${path}`);
    return found;
  };
  const links = (path: string, selector: string) =>
    page(path)
      .$(`${selector} a`)
      .map((_, el) => page(path).$(el).attr('href'))
      .get();

  it('show the status from the dates, the period, the partners with the lead first, and the funding', () => {
    const facts = (path: string) =>
      page(path)
        .$('.facts-box')
        .text()
        .replace(/[ \t\n]+/g, ' ');
    const ongoing = facts('/prosjekter/proteinfor-i-stor-skala/');
    expect(ongoing).toContain('Pågår');
    expect(ongoing).toContain('1. januar 2020 – 31. desember 2099');
    expect(ongoing).toMatch(/Acme AS.*Fjøsdata.*Leder prosjektet: Acme AS/);
    expect(ongoing).toContain('Testfondet, Grønn plattform: 1\u00a0500\u00a0000\u00a0kr');
    expect(facts('/en/projects/seaweed-in-the-feed/')).toContain('Planned');
    expect(facts('/prosjekter/genetikk-for-robuste-sauer/')).toContain('Avsluttet');
  });

  it('link a project and its solutions both ways, and list a member’s projects on its page', () => {
    const solution = page('/prosjekter/proteinfor-i-stor-skala/')
      .$('#project-solutions')
      .closest('section')
      .find('.card-title a')
      .attr('href');
    expect(solution).toBe('/losninger/protein-av-halm/');
    expect(links('/losninger/protein-av-halm/', 'section:has(#solution-projects) .card-title')).toEqual([
      '/prosjekter/proteinfor-i-stor-skala/',
    ]);
    expect(links('/medlemmer/granli/', 'section:has(#member-projects) .card-title').sort()).toEqual([
      '/prosjekter/genetikk-for-robuste-sauer/',
      '/prosjekter/tare-i-foret/',
    ]);
  });

  it('can be filtered by theme, status, partner and funder, with every project in the list', () => {
    const { $ } = page('/prosjekter/');
    expect(JSON.parse($('#explorer').attr('data-keys')!)).toEqual(['theme', 'status', 'partner', 'funder']);
    const statuses = $('.card[data-facets]')
      .map((_, el) => (JSON.parse($(el).attr('data-facets')!) as { status: string[] }).status[0])
      .get()
      .sort();
    expect(statuses).toEqual(['completed', 'ongoing', 'planned']);
  });

  it('describe a project as a ResearchProject with its partners and funders', () => {
    const { $ } = page('/en/projects/protein-feed-at-scale/');
    const things = $('script[type="application/ld+json"]')
      .get()
      .map((el) => JSON.parse($(el).text()) as Record<string, unknown>);
    expect(things.find((t) => t['@type'] === 'ResearchProject')).toMatchObject({
      name: 'Protein feed at scale',
      foundingDate: '2020-01-01',
      dissolutionDate: '2099-12-31',
      member: [{ name: 'Fjøsdata AS' }, { name: 'Acme AS' }],
      funder: [{ name: 'Testfondet' }, { name: 'Fôrfondet' }],
    });
  });

  it('count the projects on the home page from the content', () => {
    expect(page('/').$('#projects-heading').text()).toBe('3 forskningsprosjekter på nettstedet');
    expect(page('/en/').$('#projects-heading').text()).toBe('2 research projects on this site');
  });
});
