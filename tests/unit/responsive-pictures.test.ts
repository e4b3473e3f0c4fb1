import { describe, expect, it } from 'vitest';
import { avifOptions, fallbackFormat, PICTURE_WIDTHS, pictureWidths } from '../../src/lib/responsive-pictures';

describe('pictureWidths', () => {
  it('gives the whole ladder for a picture wider than its top', () => {
    expect(pictureWidths(1600)).toEqual([...PICTURE_WIDTHS]);
  });

  it('stops at the largest width asked for', () => {
    expect(pictureWidths(1600, 800)).toEqual([400, 800]);
  });

  it('uses a narrower picture at its own width instead of enlarging it', () => {
    expect(pictureWidths(1000)).toEqual([400, 800, 1000]);
    expect(pictureWidths(300, 800)).toEqual([300]);
  });

  it('does not repeat a width the picture has exactly', () => {
    expect(pictureWidths(800, 800)).toEqual([400, 800]);
  });
});

describe('fallbackFormat', () => {
  it('keeps a JPEG or a GIF in its format and makes anything else PNG', () => {
    expect(fallbackFormat('jpeg')).toBe('jpg');
    expect(fallbackFormat('jpg')).toBe('jpg');
    expect(fallbackFormat('gif')).toBe('gif');
    expect(fallbackFormat('png')).toBe('png');
    expect(fallbackFormat('webp')).toBe('png');
  });
});

describe('avifOptions', () => {
  it('spends more encoder effort on the widths most readers load than on the widest', () => {
    expect(avifOptions(400)).toEqual({ effort: 1, chromaSubsampling: '4:2:0' });
    expect(avifOptions(800).effort).toBe(1);
    expect(avifOptions(1000).effort).toBe(0);
    expect(avifOptions(1200).effort).toBe(0);
  });
});
