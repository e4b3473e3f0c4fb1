// A synthetic, deterministic content corpus for the build benchmark: N solutions, stories and
// news items per language, with realistic length and Norwegian letters, next to the real
// members, themes and settings. All entries share one picture, so the benchmark measures
// the site, not image encoding.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryFileName, readListItems, readRecordFiles } from '../../src/lib/content-files';

const PICTURE = fileURLToPath(new URL('../assets/placeholder.jpg', import.meta.url));

const WORDS_NB = [
  'bærekraftig fôr avl bioraffinering sidestrøm protein halm gjødsel meieri myse korn potet tare metan',
  'klima gård bonde fjøs åker kraftfôr råvare foredling verdikjede samarbeid forskning klynge medlem',
  'løsning utslipp energi sirkulær',
]
  .join(' ')
  .split(' ');
const WORDS_EN = [
  'sustainable feed breeding biorefining side stream protein straw manure dairy whey grain potato',
  'seaweed methane climate farm farmer barn field compound raw material processing value chain',
  'cooperation research cluster member solution emissions energy circular',
]
  .join(' ')
  .split(' ');

/** A small deterministic random generator (mulberry32), so every run writes the same corpus. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number, words: string[], length: number): string {
  const picked = Array.from({ length }, () => words[Math.floor(next() * words.length)]);
  const text = picked.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function body(next: () => number, words: string[]): string {
  const paragraphs = Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => sentence(next, words, 12)).join(' '),
  );
  const heading = () => `## ${sentence(next, words, 3).slice(0, -1)}`;
  return `${[paragraphs[0], heading(), paragraphs[1], paragraphs[2], heading(), paragraphs[3]].join('\n\n')}\n`;
}

const KINDS = ['solutions', 'stories', 'news'] as const;

/** Writes the corpus; `extension` is "md" (what the content uses) or "mdx". */
export function writeCorpus(target: string, realContent: string, n: number, extension: 'md' | 'mdx' = 'md'): number {
  for (const name of ['members', 'pages']) cpSync(join(realContent, name), join(target, name), { recursive: true });
  for (const file of ['themes.yaml', 'facts.yaml', 'site.yaml', 'search-terms.yaml'])
    cpSync(join(realContent, file), join(target, file));
  mkdirSync(join(target, 'bench-assets'), { recursive: true });
  // The picture of new entries (npm run new): any content has members and themes, not this.
  cpSync(PICTURE, join(target, 'bench-assets/hero.jpg'));
  const members = readRecordFiles(realContent, 'members').map((member) => member.id);
  const themes = readListItems(realContent, 'themes').map((theme) => String(theme['id']));
  let files = 0;
  for (const kind of KINDS) {
    for (let i = 0; i < n; i++) {
      const next = random(i * 7 + kind.length);
      const folder = join(target, kind, `bench-${i}`);
      mkdirSync(folder, { recursive: true });
      for (const [lang, words] of [
        ['nb', WORDS_NB],
        ['en', WORDS_EN],
      ] as const) {
        const title = `${sentence(next, words, 5).slice(0, -1)} ${i}`;
        const shared = [
          `title: "${title}"`,
          `summary: "${sentence(next, words, 14)}"`,
          `slug: ${lang}-bench-${kind}-${i}`,
          `publishDate: 2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
          'sample: true',
        ];
        const theme = themes[i % themes.length];
        const extra =
          kind === 'solutions'
            ? [
                `themes: [${theme}]`,
                `members: [${members[i % members.length]}]`,
                'stage: processing',
                'maturity: pilot',
                'sdgs: [2, 12]',
                'hero:',
                '  src: ../../bench-assets/hero.jpg',
                '  alt: "Halmballer på et jorde"',
                '  credit: "Illustrasjon: eksempel"',
                'pressContact:',
                '  name: Kari Nordmann',
                '  role: Leder',
                '  email: kari.nordmann@example.no',
              ]
            : kind === 'stories'
              ? [
                  `member: ${members[i % members.length]}`,
                  'person: { name: Ola Nordmann, role: Bonde }',
                  `themes: [${theme}]`,
                ]
              : ['kind: news', 'author: Kari Nordmann', `themes: [${theme}]`];
        writeFileSync(
          join(folder, entryFileName(lang, extension)),
          `---\n${[...shared, ...extra].join('\n')}\n---\n\n${body(next, words)}`,
        );
        files++;
      }
    }
  }
  return files;
}
