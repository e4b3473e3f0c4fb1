// The markup check of every entry's text (src/lib/markup-rules.ts), with its verdicts kept between
// builds: parsing each text again took about 3 s of a warm build at 6 000 entries. A verdict is
// kept under the text, its format, the check's own code and the packages' versions, so a change
// to any of them checks everything again.
import { join } from 'node:path';
import markupRulesCode from '../lib/markup-rules.ts?raw';
import { markupProblems, type MarkupProblem } from '../lib/markup-rules';
import { VerdictCache, verdictKey } from '../lib/verdict-cache';

const CACHE_FILE = import.meta.env.BUILD_CACHE_DIR && join(import.meta.env.BUILD_CACHE_DIR, 'markup-checks.json');

/** The check to give findProblems, and `save`, which keeps this build's verdicts for the next. */
export function markupChecks() {
  const verdicts = VerdictCache.open<MarkupProblem[]>(CACHE_FILE);
  const version = verdictKey(markupRulesCode, import.meta.env.PACKAGES_HASH ?? '');
  return {
    check(body: string, format: 'md' | 'mdx'): MarkupProblem[] {
      const key = verdictKey(version, format, body);
      return verdicts.get(key) ?? verdicts.keep(key, markupProblems(body, format));
    },
    save: () => verdicts.save(),
  };
}
