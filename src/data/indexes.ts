// What each section's overview page lists, newest first where entries have dates.
import { facetsFor, type Facet } from './explorer';
import { memberTeaser, newsTeaser, solutionTeaser, storyTeaser, themeTeaser, type TeaserData } from './teasers';
import type { Site, ViewRoute } from './site';
import type { Section } from '../i18n/segments';
import { t } from '../i18n/ui';
import { entriesIn, NEWS_PER_PAGE } from '../lib/routes';
import { byNewest, paginate } from '../lib/sorting';

export interface IndexContent {
  section: Section;
  intro: string;
  cards: TeaserData[];
  /** The explorer's filters, on the solutions list. */
  facets?: Facet[];
}

/** The views of the sections' overview pages. */
export type IndexViewName = 'solution-index' | 'story-index' | 'news-index' | 'member-index' | 'theme-index';

export function indexContent(site: Site, route: ViewRoute<IndexViewName>): IndexContent {
  const { lang } = route;
  const ui = t(lang);
  switch (route.view) {
    case 'solution-index': {
      const solutions = entriesIn(site.solutions, lang).sort(byNewest);
      const cards = solutions.map((e) => solutionTeaser(site, e, lang));
      return { section: 'solutions', intro: ui.solutionsIntro, cards, facets: facetsFor(site, solutions, lang) };
    }
    case 'story-index':
      return {
        section: 'stories',
        intro: ui.storiesIntro,
        cards: entriesIn(site.stories, lang)
          .sort(byNewest)
          .map((e) => storyTeaser(site, e, lang)),
      };
    case 'news-index': {
      const pages = paginate(entriesIn(site.news, lang).sort(byNewest), NEWS_PER_PAGE);
      const current = pages[route.page.current - 1] ?? [];
      return { section: 'news', intro: ui.newsIntro, cards: current.map((e) => newsTeaser(site, e, lang)) };
    }
    case 'member-index':
      return {
        section: 'members',
        intro: ui.membersIntro,
        cards: [...site.members.values()].map((m) => memberTeaser(m, lang)),
      };
    case 'theme-index': {
      const solutions = entriesIn(site.solutions, lang);
      const count = (id: string) => solutions.filter((s) => s.data.themes.includes(id)).length;
      return {
        section: 'themes',
        intro: ui.themesIntro,
        cards: [...site.themes.values()].map((theme) => themeTeaser(theme, lang, count(theme.id))),
      };
    }
    default:
      return route satisfies never;
  }
}
