import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkOrCopy } from '../../src/lib/link-or-copy';

describe('linkOrCopy', () => {
  const folder = mkdtempSync(join(tmpdir(), 'link-or-copy-'));
  const file = join(folder, 'card.jpg');
  writeFileSync(file, 'a card');

  it('links a file into a folder it makes, without copying it', async () => {
    const target = join(folder, 'out/losninger/x/card.jpg');
    await linkOrCopy(file, target);
    expect(readFileSync(target, 'utf8')).toBe('a card');
    expect(statSync(target).ino).toBe(statSync(file).ino);
  });

  it('fails with the missing file named, rather than placing nothing', async () => {
    await expect(linkOrCopy(join(folder, 'missing.jpg'), join(folder, 'out/missing.jpg'))).rejects.toThrow(
      /missing\.jpg/,
    );
  });
});
