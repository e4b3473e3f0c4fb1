import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeAtomically } from './write-atomically';

/** A key made of everything that decides a verdict (the checked text or file, the check's version). */
export function verdictKey(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(String(part.length)).update(':').update(part);
  return hash.digest('hex');
}

/**
 * Verdicts of a check kept between builds in a JSON file, by their keys (verdictKey), so that a
 * build checks again only what changed. Without a file, nothing is kept. A file that cannot be
 * read counts as empty. `save` writes only the verdicts this run asked for, so the file never
 * holds more than the content has.
 */
export class VerdictCache<V> {
  private readonly kept = new Map<string, V>();

  private constructor(
    private readonly file: string | undefined,
    private readonly earlier: Record<string, V>,
  ) {}

  static open<V>(file: string | undefined): VerdictCache<V> {
    let earlier: Record<string, V> = {};
    try {
      if (file && existsSync(file)) earlier = JSON.parse(readFileSync(file, 'utf8')) as Record<string, V>;
    } catch {
      // A file cut short by a stopped build: check everything again.
    }
    return new VerdictCache(file, earlier);
  }

  /** The verdict under `key`, from this run or an earlier one (then kept for the next), or undefined. */
  get(key: string): V | undefined {
    const verdict = this.kept.get(key) ?? this.earlier[key];
    if (verdict !== undefined) this.kept.set(key, verdict);
    return verdict;
  }

  /** Keeps a verdict found in this run, and returns it: `cache.get(key) ?? cache.keep(key, check())`. */
  keep(key: string, verdict: V): V {
    this.kept.set(key, verdict);
    return verdict;
  }

  async save(): Promise<void> {
    if (!this.file) return;
    await mkdir(dirname(this.file), { recursive: true });
    const text = JSON.stringify(Object.fromEntries(this.kept));
    await writeAtomically(this.file, (partial) => writeFile(partial, text));
  }
}
