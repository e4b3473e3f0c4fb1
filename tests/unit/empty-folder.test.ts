import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyFolder } from '../../src/lib/empty-folder';

function folderWithFiles() {
  const root = mkdtempSync(join(tmpdir(), 'empty-folder-'));
  const folder = join(root, 'dist');
  mkdirSync(join(folder, 'losninger/x'), { recursive: true });
  mkdirSync(join(folder, '.git'));
  writeFileSync(join(folder, 'losninger/x/index.html'), '<p>old</p>');
  writeFileSync(join(folder, '.git/HEAD'), 'ref');
  return { root, folder };
}

describe('emptyFolder', () => {
  it('empties the folder at once, keeps .git, and deletes the old contents in the background', async () => {
    const { root, folder } = folderWithFiles();
    const aside = join(root, 'cache/previous-output');
    const { removed } = await emptyFolder(folder, aside);
    expect(readdirSync(folder)).toEqual(['.git']);
    expect(readdirSync(join(folder, '.git'))).toEqual(['HEAD']);
    await expect(removed).resolves.toBeUndefined();
    expect(existsSync(aside)).toBe(false);
  });

  it('first deletes what a stopped build left aside', async () => {
    const { root, folder } = folderWithFiles();
    const aside = join(root, 'previous-output');
    mkdirSync(aside);
    writeFileSync(join(aside, 'left.html'), 'left');
    await (
      await emptyFolder(folder, aside)
    ).removed;
    expect(existsSync(aside)).toBe(false);
    expect(readdirSync(folder)).toEqual(['.git']);
  });

  it('empties in place a folder it cannot move', async () => {
    const { folder } = folderWithFiles();
    // A folder cannot be moved into itself.
    const { removed } = await emptyFolder(folder, join(folder, 'aside'));
    expect(readdirSync(folder)).toEqual(['.git']);
    await expect(removed).resolves.toBeUndefined();
  });

  it('takes a folder that does not exist yet as empty', async () => {
    const root = mkdtempSync(join(tmpdir(), 'empty-folder-'));
    const { removed } = await emptyFolder(join(root, 'dist'), join(root, 'aside'));
    await expect(removed).resolves.toBeUndefined();
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });
});
