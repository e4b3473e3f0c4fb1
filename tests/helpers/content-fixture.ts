// Copies of the small valid content fixture, to break on purpose.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './astro-cli';

const copies: string[] = [];

/** A fresh copy of tests/fixtures/content, with `edit` applied; returns its folder. */
export function fixtureCopy(edit: (dir: string) => void = () => {}): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'utstillingsvindu-content-')), 'content');
  copies.push(dir);
  cpSync(join(PROJECT_ROOT, 'tests/fixtures/content'), dir, { recursive: true });
  edit(dir);
  return dir;
}

export function removeFixtureCopies(): void {
  for (const dir of copies.splice(0)) rmSync(join(dir, '..'), { recursive: true, force: true });
}

/** Replace text in a file of a copy; the text must be there, so a changed fixture cannot void a test. */
export function replaceIn(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`${file} has no ${String(from)}`);
  writeFileSync(path, changed);
}
