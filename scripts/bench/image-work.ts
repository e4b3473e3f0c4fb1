// The picture work of one build: what Astro's image step made (from its log), and the picture
// files the build wrote (from the built site).
import { statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { builtFileList } from '../built-files';

/** A time as Astro logs it: "183ms", "1.46s" or "1m 2s". */
const TIME = String.raw`(?:(\d+)m )?([\d.]+)(ms|s)`;
/** Astro's log line for one image: its path, whether it was made or taken from the cache, and its time. */
const IMAGE_LINE = new RegExp(
  String.raw`▶ \S+\.(\w+) \((before: \d+kB, after: \d+kB|reused cache entry|revalidated cache entry)\) \(\+${TIME}\)`,
  'g',
);
/** The line Astro ends its image step with, after the image lines. */
const PHASE_END = new RegExp(String.raw`generating optimized images[\s\S]*?Completed in ${TIME}`);

const seconds = (minutes: string | undefined, value: string, unit: string) =>
  Number(minutes ?? 0) * 60 + Number(value) / (unit === 'ms' ? 1000 : 1);

export interface FormatWork {
  /** Files encoded in this build. */
  made: number;
  /** Files copied from the cache of an earlier build. */
  reused: number;
  /** The images' own times added up: with several at once, more than the step's wall time. */
  seconds: number;
}

/** Astro's image step, read from its build log (run with NO_COLOR). */
export function imageStep(log: string): { formats: Map<string, FormatWork>; wallSeconds: number } {
  const formats = new Map<string, FormatWork>();
  for (const [, format, stats, minutes, value, unit] of log.matchAll(IMAGE_LINE)) {
    const work = formats.get(format!) ?? { made: 0, reused: 0, seconds: 0 };
    if (stats!.startsWith('before')) work.made++;
    else work.reused++;
    work.seconds += seconds(minutes, value!, unit!);
    formats.set(format!, work);
  }
  const end = PHASE_END.exec(log);
  return { formats, wallSeconds: end ? seconds(end[1], end[2]!, end[3]!) : 0 };
}

const PICTURE_EXTENSIONS = new Set(['.avif', '.webp', '.jpg', '.jpeg', '.png']);

/**
 * The built site's picture files, counted and weighed by where they come from: Astro's image
 * step (`_astro/`, per format), the social cards (`og/`), and the rest (press downloads, logo).
 */
export function builtPictures(dist: string): Map<string, { files: number; bytes: number }> {
  const groups = new Map<string, { files: number; bytes: number }>();
  for (const file of builtFileList(dist)) {
    const extension = extname(file).toLowerCase();
    if (!PICTURE_EXTENSIONS.has(extension)) continue;
    const group = file.startsWith('_astro/')
      ? extension.slice(1)
      : file.startsWith('og/')
        ? 'social cards'
        : 'other pictures';
    const sum = groups.get(group) ?? { files: 0, bytes: 0 };
    sum.files++;
    sum.bytes += statSync(join(dist, file)).size;
    groups.set(group, sum);
  }
  return groups;
}
