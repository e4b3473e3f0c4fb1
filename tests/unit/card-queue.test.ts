import { describe, expect, it } from 'vitest';
import { drainCards, drawAfter, queueCard } from '../../src/data/card-queue';

describe('the social card queue', () => {
  it('draws each path once, after the work ahead, and hands over every file when drained', async () => {
    const order: string[] = [];
    let finishAhead!: () => void;
    drawAfter(new Promise<void>((resolve) => (finishAhead = resolve)).then(() => void order.push('ahead')));
    const draw = (file: string) => async () => (order.push(file), file);
    queueCard('/og/nb.jpg', draw('nb.jpg'));
    queueCard('/og/nb.jpg', draw('again.jpg'));
    queueCard('/og/en.jpg', draw('en.jpg'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual([]);
    finishAhead();
    expect(await drainCards()).toEqual(
      new Map([
        ['/og/nb.jpg', 'nb.jpg'],
        ['/og/en.jpg', 'en.jpg'],
      ]),
    );
    expect(order).toEqual(['ahead', 'nb.jpg', 'en.jpg']);
    expect(await drainCards()).toEqual(new Map());
  });

  it('fails the drain with the error of a card that could not be drawn', async () => {
    drawAfter(Promise.resolve());
    queueCard('/og/broken.jpg', () => Promise.reject(new Error('disk full')));
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(drainCards()).rejects.toThrow('disk full');
  });
});
