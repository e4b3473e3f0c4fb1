// A synthetic, deterministic content corpus for the build benchmark: N solutions, stories and
// news items per language, with realistic length and Norwegian letters, next to the real
// members, themes and settings. Every entry has a photo-like picture of its own (pictures.ts),
// as real content has, so the benchmark measures the picture work a real site does.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { entryFileName, readListItems, readRecordFiles } from '../../src/lib/content-files';
import { pictureMaker } from './pictures';
import { random } from './random';

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

/** The main picture's field and file name per kind, as the editor guide names them. */
const PICTURE_FIELDS: Record<(typeof KINDS)[number], [field: string, file: string]> = {
  solutions: ['hero', 'hero.jpg'],
  stories: ['image', 'photo.jpg'],
  news: ['image', 'photo.jpg'],
};

/** Writes each entry folder's picture, several at once (sharp encodes on libuv's threads). */
async function writePictures(folders: { folder: string; file: string }[]): Promise<void> {
  const picture = await pictureMaker();
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < folders.length; i = next++) {
      writeFileSync(join(folders[i]!.folder, folders[i]!.file), await picture(i + 1));
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
}

/** Writes the corpus; `extension` is "md" (what the content uses) or "mdx". Returns the count of entry files. */
export async function writeCorpus(
  target: string,
  realContent: string,
  n: number,
  extension: 'md' | 'mdx' = 'md',
): Promise<number> {
  for (const name of ['members', 'pages']) cpSync(join(realContent, name), join(target, name), { recursive: true });
  for (const file of ['themes.yaml', 'facts.yaml', 'site.yaml', 'search-terms.yaml'])
    cpSync(join(realContent, file), join(target, file));
  const pictures: { folder: string; file: string }[] = [];
  const members = readRecordFiles(realContent, 'members').map((member) => member.id);
  const themes = readListItems(realContent, 'themes').map((theme) => String(theme['id']));
  let files = 0;
  for (const kind of KINDS) {
    for (let i = 0; i < n; i++) {
      const next = random(i * 7 + kind.length);
      const folder = join(target, kind, `bench-${i}`);
      mkdirSync(folder, { recursive: true });
      const [field, file] = PICTURE_FIELDS[kind];
      pictures.push({ folder, file });
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
        const [alt, credit] =
          lang === 'nb'
            ? ['Et jorde under åpen himmel', 'Foto: eksempel']
            : ['A field under an open sky', 'Photo: example'];
        const picture = [`${field}:`, `  src: ./${file}`, `  alt: "${alt}"`, `  credit: "${credit}"`];
        writeFileSync(
          join(folder, entryFileName(lang, extension)),
          `---\n${[...shared, ...extra, ...picture].join('\n')}\n---\n\n${body(next, words)}`,
        );
        files++;
      }
    }
  }
  await writePictures(pictures);
  return files;
}
