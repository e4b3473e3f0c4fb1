import { createHash } from 'node:crypto';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileFingerprint } from '../../src/lib/file-fingerprint';

describe('file fingerprints', () => {
  const folder = mkdtempSync(join(tmpdir(), 'fingerprint-'));

  it('are the SHA-256 of the bytes, the same for the same bytes under another name', async () => {
    writeFileSync(join(folder, 'a.jpg'), 'the same bytes');
    writeFileSync(join(folder, 'b.jpg'), 'the same bytes');
    const a = await fileFingerprint(join(folder, 'a.jpg'));
    expect(a).toBe(createHash('sha256').update('the same bytes').digest('hex'));
    expect(await fileFingerprint(join(folder, 'b.jpg'))).toBe(a);
  });

  it('follow a file replaced under the same name', async () => {
    const file = join(folder, 'picture.jpg');
    writeFileSync(file, 'first picture');
    const first = await fileFingerprint(file);
    writeFileSync(file, 'second picture, longer');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(await fileFingerprint(file)).not.toBe(first);
  });
});
