import { describe, expect, it } from 'vitest';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  cardTextOf,
  ellipsize,
  fitTitle,
  layoutCard,
  wrapText,
  type MeasureText,
} from '../../src/social-cards/layout';

/** A stand-in for a real font: every character is half as wide as the type size, plus spacing. */
const measure: MeasureText = (text, font) => [...text].length * (font.size / 2 + font.letterSpacing);
const fitsIn = (width: number) => (line: string) => line.length <= width;

describe('wrapText', () => {
  it('breaks between words', () => {
    expect(wrapText('bærekraftig fôr fra halm', fitsIn(16))).toEqual(['bærekraftig fôr', 'fra halm']);
  });

  it('splits a word that is wider than a line', () => {
    expect(wrapText('sirkulærbioøkonomiklynge', fitsIn(10))).toEqual(['sirkulærbi', 'oøkonomikl', 'ynge']);
  });
});

describe('ellipsize', () => {
  it('keeps a text that fits and cuts one that does not', () => {
    expect(ellipsize('Løsning', fitsIn(10))).toBe('Løsning');
    expect(ellipsize('Løsning · Bioraffinering', fitsIn(10))).toBe('Løsning ·…');
  });
});

describe('fitTitle', () => {
  it('sets a short title large and a long one smaller, in more lines', () => {
    const short = fitTitle('Protein fra halm', measure);
    const long = fitTitle(
      'Sensorer i halsbåndet varsler når kua er i ferd med å bli syk, lenge før bonden ser det',
      measure,
    );
    expect(short.font.size).toBeGreaterThan(long.font.size);
    expect(long.lines.length).toBeGreaterThan(short.lines.length);
  });

  it('cuts a title that does not fit even in the smallest size, and says so with an ellipsis', () => {
    const { lines } = fitTitle('Halm '.repeat(200), measure);
    expect(lines).toHaveLength(5);
    expect(lines.at(-1)).toMatch(/…$/);
  });
});

describe('layoutCard', () => {
  const layout = layoutCard(
    {
      siteName: 'NCE Heidner Biocluster',
      kicker: 'Løsning · Bioraffinering',
      title: 'Ærlig øl på Åna – «fôr»',
      footer: 'heidner.example',
    },
    measure,
  );

  it('shows site name, kicker (in capitals), title and footer, from top to bottom', () => {
    expect(layout.lines.map((line) => line.text)).toEqual([
      'NCE Heidner Biocluster',
      'LØSNING · BIORAFFINERING',
      'Ærlig øl på Åna – «fôr»',
      'heidner.example',
    ]);
    const ys = layout.lines.map((line) => line.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it('keeps every line inside the card and its margins', () => {
    expect([layout.width, layout.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    for (const line of layout.lines) {
      expect(line.x).toBeGreaterThanOrEqual(64);
      expect(line.x + measure(line.text, line.font)).toBeLessThanOrEqual(CARD_WIDTH - 64);
      expect(line.y).toBeGreaterThanOrEqual(64);
      expect(line.y + line.font.size * 1.2).toBeLessThanOrEqual(CARD_HEIGHT - 64);
    }
  });
});

describe('layoutCard with a picture', () => {
  const text = {
    siteName: 'NCE Heidner Biocluster',
    kicker: 'Løsning · Bioraffinering',
    title: 'Protein til fôr fra halm som før ble pløyd ned',
    footer: 'heidner.example',
    picture: '/content/solutions/halm/hero.jpg',
  };
  const layout = layoutCard(text, measure);

  it('fills the right of the card with the picture, full height', () => {
    expect(layout.picture).toEqual({ file: text.picture, x: 720, y: 0, width: 480, height: CARD_HEIGHT });
  });

  it('keeps the text left of the picture, with its margin, and sets a long title smaller than without one', () => {
    for (const line of layout.lines) expect(line.x + measure(line.text, line.font)).toBeLessThanOrEqual(720 - 64);
    const wide = layoutCard({ ...text, picture: undefined }, measure);
    const titleSize = (l: typeof layout) => l.lines[2]!.font.size;
    expect(titleSize(layout)).toBeLessThanOrEqual(titleSize(wide));
    expect(wide.picture).toBeUndefined();
  });
});

describe('cardTextOf', () => {
  const site = { name: 'NCE Heidner Biocluster', tagline: 'Utstillingsvindu for bærekraftige løsninger' };

  it("puts the kind, the example label and the first theme above an entry's title", () => {
    expect(
      cardTextOf(
        { kind: 'story', title: 'Fra halm til fôr', theme: 'Bærekraftig fôr', sample: true, picture: '/x/photo.jpg' },
        'nb',
        site,
        'heidner.example',
      ),
    ).toEqual({
      siteName: 'NCE Heidner Biocluster',
      kicker: 'Medlemshistorie · Eksempel · Bærekraftig fôr',
      title: 'Fra halm til fôr',
      footer: 'heidner.example',
      picture: '/x/photo.jpg',
    });
    expect(
      cardTextOf(
        { kind: 'news', title: 'Whey becomes syrup', theme: undefined, sample: false, picture: undefined },
        'en',
        site,
        'heidner.example',
      ).kicker,
    ).toBe('News');
  });

  it("shows the tagline on the site's own card", () => {
    expect(cardTextOf(undefined, 'nb', site, 'heidner.example')).toMatchObject({
      kicker: 'NCE Heidner Biocluster',
      title: site.tagline,
    });
  });
});
