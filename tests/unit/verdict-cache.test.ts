import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VerdictCache, verdictKey } from '../../src/lib/verdict-cache';

const cacheFile = () => join(mkdtempSync(join(tmpdir(), 'verdicts-')), 'cache/verdicts.json');

describe('verdictKey', () => {
  it('tells apart parts that only join to the same text', () => {
    expect(verdictKey('ab', 'c')).not.toBe(verdictKey('a', 'bc'));
    expect(verdictKey('a', 'b')).toBe(verdictKey('a', 'b'));
  });
});

describe('VerdictCache', () => {
  it('gives the next build the verdicts of this one, and checks nothing it kept', async () => {
    const file = cacheFile();
    const first = VerdictCache.open<string[]>(file);
    expect(first.get('a')).toBeUndefined();
    first.keep('a', ['problem']);
    await first.save();
    const second = VerdictCache.open<string[]>(file);
    expect(second.get('a')).toEqual(['problem']);
    expect(second.get('b')).toBeUndefined();
  });

  it('keeps only the verdicts a build asked for: those of removed files are dropped', async () => {
    const file = cacheFile();
    const first = VerdictCache.open<number>(file);
    first.keep('kept', 1);
    first.keep('removed', 2);
    await first.save();
    const second = VerdictCache.open<number>(file);
    second.get('kept');
    await second.save();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ kept: 1 });
  });

  it('checks everything again when the file cannot be read', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'verdicts-')), 'verdicts.json');
    writeFileSync(file, '{"a": [');
    expect(VerdictCache.open(file).get('a')).toBeUndefined();
  });

  it('writes nothing without a file', async () => {
    const cache = VerdictCache.open<number>(undefined);
    expect(cache.keep('a', 1)).toBe(1);
    expect(cache.get('a')).toBe(1);
    await cache.save();
    expect(existsSync('verdicts.json')).toBe(false);
  });
});
