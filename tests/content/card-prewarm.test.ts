// The social card worker: it must run in plain Node (no bundler) and predict the cards of the
// build, or every cold build silently loses its head start.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { predictedCards } from '../../src/data/card-prewarm';
import { PROJECT_ROOT } from '../helpers/astro-cli';
import { entriesOf, field } from '../helpers/content';
import { CONTENT_DIRS } from '../helpers/sites';

const input = { contentRoot: CONTENT_DIRS.fixture, host: 'www.heidner.example' };
const cache = mkdtempSync(join(tmpdir(), 'utstillingsvindu-cards-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('the social card worker', () => {
  it('predicts a card for every entry that is not a draft, and the site card in each language', () => {
    const titles = predictedCards(input).map((card) => card.title);
    const entries = (['solutions', 'stories', 'news'] as const)
      .flatMap((c) => entriesOf(CONTENT_DIRS.fixture, c))
      .filter((entry) => entry.data['draft'] !== true);
    const taglines = ['Et testnettsted', 'A test site'];
    expect(titles.sort()).toEqual([...entries.map((entry) => field(entry, 'title')), ...taglines].sort());
  });

  it('gives a card the words its page gives it', () => {
    const title = 'Protein fra halm';
    const card = predictedCards(input).find((c) => c.title === title);
    expect(card).toEqual({
      siteName: 'Testklyngen',
      kicker: 'Løsning · Bioraffinering · Eksempel',
      title,
      footer: 'www.heidner.example',
    });
  });

  it('runs in plain Node as a worker thread and draws every predicted card into the cache', async () => {
    const worker = new Worker(join(PROJECT_ROOT, 'src/data/card-prewarm.ts'), {
      workerData: input,
      env: { ...process.env, ASTRO_CACHE_DIR: cache },
      stderr: true,
    });
    let stderr = '';
    worker.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('exit', resolve);
    });
    expect(code, stderr).toBe(0);
    expect(readdirSync(join(cache, 'social-cards')).filter((f) => f.endsWith('.jpg'))).toHaveLength(
      new Set(predictedCards(input).map((c) => JSON.stringify(c))).size,
    );
  });
});
