import { readdirSync } from 'node:fs';

/** Every file under a built site, as paths relative to it with forward slashes. */
export function builtFileList(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      `${entry.parentPath}/${entry.name}`
        .slice(dir.length + 1)
        .split('\\')
        .join('/'),
    )
    .sort();
}
