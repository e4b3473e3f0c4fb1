import { describe, expect, it } from 'vitest';
import { imageStep } from '../../scripts/bench/image-work';

// Astro's build log, as it prints it with NO_COLOR.
const LOG = `
12:00:01 [build] ✓ Completed in 2.33s.
 generating optimized images
12:00:02   ▶ /_astro/hero.a_1.avif (before: 150kB, after: 12kB) (+183ms) (1/4)
12:00:03   ▶ /_astro/hero.a_2.avif (before: 150kB, after: 30kB) (+1.46s) (2/4)
12:00:03   ▶ /_astro/hero.a_3.jpg (reused cache entry) (+2ms) (3/4)
12:01:04   ▶ /base/_astro/photo.b_1.avif (before: 90kB, after: 20kB) (+1m 2s) (4/4)
12:01:04 ✓ Completed in 1m 3s.
`;

describe('imageStep', () => {
  it('counts the files Astro made and reused per format and adds up their times', () => {
    const step = imageStep(LOG);
    expect(step.formats.get('avif')).toEqual({ made: 3, reused: 0, seconds: 0.183 + 1.46 + 62 });
    expect(step.formats.get('jpg')).toEqual({ made: 0, reused: 1, seconds: 0.002 });
    expect(step.wallSeconds).toBe(63);
  });

  it('reads a build without pictures as no image work', () => {
    const step = imageStep('12:00:01 [build] ✓ Completed in 2.33s.\n');
    expect(step.formats.size).toBe(0);
    expect(step.wallSeconds).toBe(0);
  });
});
