import { describe, expect, it } from 'vitest';
import { fill } from '../../src/lib/template';

describe('interface text templates', () => {
  it('fills named placeholders and leaves unknown ones', () => {
    expect(fill('{n} treff for «{q}»', { n: 3, q: 'fôr' })).toBe('3 treff for «fôr»');
    expect(fill('{n} of {total}', { n: 1 })).toBe('1 of {total}');
  });
});
