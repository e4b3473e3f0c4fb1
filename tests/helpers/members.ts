import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from './astro-cli';

/** The member files, read directly: id and data. */
export function memberFiles(): { id: string; data: Record<string, unknown> }[] {
  const dir = join(PROJECT_ROOT, 'content/members');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ id: name.replace(/\.yaml$/, ''), data: parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown> }));
}
