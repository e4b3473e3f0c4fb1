import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';
import { bothSites } from '../helpers/sites';

describe.each(bothSites())('valid HTML on the $name site', ({ distDir }) => {
  it('has no html-validate errors on any built page', async () => {
    const validator = new HtmlValidate(new StaticConfigLoader({ extends: ['html-validate:recommended'] }));
    const problems: string[] = [];
    const pages = builtPages(distDir);
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.file);
      for (const message of report.results.flatMap((r) => r.messages)) {
        problems.push(`${page.path} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`);
      }
    }
    expect(problems).toEqual([]);
  });
});
