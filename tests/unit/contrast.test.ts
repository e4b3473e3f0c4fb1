// Every text/background pair the CSS uses must reach WCAG AA contrast, in both schemes.
import { readFileSync } from 'node:fs';
import Color from 'colorjs.io';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');

/** The colour tokens of a block of the tokens file (light: the first :root, dark: the one in the media query). */
function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--(color-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const SCHEMES = {
  light: tokens(css.slice(0, darkStart)),
  dark: { ...tokens(css.slice(0, darkStart)), ...tokens(css.slice(darkStart)) },
};

// [foreground, background, minimum ratio]: 4.5 for text, 3 for large text and UI parts (focus ring;
// form fields are outlined in color-text-muted, which the 4.5 pairs cover).
const PAIRS: [string, string, number][] = [
  ['color-text', 'color-bg', 4.5],
  ['color-text', 'color-surface', 4.5],
  ['color-text', 'color-surface-muted', 4.5],
  ['color-text-muted', 'color-bg', 4.5],
  ['color-text-muted', 'color-surface', 4.5],
  ['color-text-muted', 'color-surface-muted', 4.5],
  ['color-link', 'color-bg', 4.5],
  ['color-link', 'color-surface', 4.5],
  ['color-link', 'color-surface-muted', 4.5],
  ['color-link-visited', 'color-bg', 4.5],
  ['color-link-visited', 'color-surface', 4.5],
  ['color-link-visited', 'color-surface-muted', 4.5],
  ['color-accent', 'color-surface-muted', 4.5],
  ['color-accent', 'color-bg', 3],
  ['color-accent-text', 'color-accent', 4.5],
  ['color-sample-text', 'color-sample-bg', 4.5],
  ['color-draft-text', 'color-draft-bg', 4.5],
  ['color-focus', 'color-bg', 3],
  ['color-focus', 'color-surface', 3],
];

describe.each(Object.entries(SCHEMES))('%s colour scheme', (_scheme, colors) => {
  it.each(PAIRS)('%s on %s reaches %s:1', (fg, bg, minimum) => {
    const ratio = Color.contrast(new Color(colors[fg]!), new Color(colors[bg]!), 'WCAG21');
    expect(ratio).toBeGreaterThanOrEqual(minimum);
  });

  it('checks every colour token in at least one pair', () => {
    const checked = new Set(PAIRS.flatMap(([fg, bg]) => [fg, bg]));
    // color-border only separates cards and rows, which carry their own text and links (decorative).
    const unchecked = Object.keys(colors).filter((token) => !checked.has(token) && token !== 'color-border');
    expect(unchecked).toEqual([]);
  });
});
