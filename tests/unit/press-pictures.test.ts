import { describe, expect, it } from 'vitest';
import { exifOf, pressPictureName, savedFormat, xmpOf } from '../../src/lib/press-pictures';

const facts = {
  credit: 'Foto: Kari Nordmann (eksempel)',
  rights: 'Foto: Kari Nordmann (eksempel). Lisens: CC BY 4.0.',
  description: 'Halm & høy <i> «tørt»',
  lang: 'nb',
};

describe('press pictures', () => {
  it('are named after the page and the maker, without the credit label', () => {
    expect(pressPictureName('halm-til-for', 'Foto: Kari Nordmann', 'jpg')).toBe('halm-til-for_kari-nordmann.jpg');
    expect(pressPictureName('halm-til-for', 'Kornkraft', 'jpeg')).toBe('halm-til-for_kornkraft.jpg');
    expect(pressPictureName('x', 'Illustrasjon: Fjellfôr Ærlig Øst', 'png')).toBe('x_fjellfor-aerlig-ost.png');
    expect(pressPictureName('x', '©', 'webp')).toBe('x.webp');
  });

  it('keep their format, except GIF, which cannot hold the metadata and becomes PNG', () => {
    expect(savedFormat('jpg')).toBe('jpeg');
    expect(savedFormat('gif')).toBe('png');
    expect(pressPictureName('x', 'Ola', 'gif')).toBe('x_ola.png');
    expect(() => savedFormat('svg')).toThrow(/svg/);
  });

  it('carry the credit, rights and description in XMP as escaped UTF-8 in the page language', () => {
    const xmp = xmpOf(facts);
    expect(xmp).toContain(
      '<dc:creator><rdf:Seq><rdf:li>Foto: Kari Nordmann (eksempel)</rdf:li></rdf:Seq></dc:creator>',
    );
    expect(xmp).toContain('<rdf:li xml:lang="nb">Halm &amp; høy &lt;i&gt; «tørt»</rdf:li>');
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Foto: Kari Nordmann (eksempel). Lisens: CC BY 4.0.</rdf:li>');
  });

  it('keep a closing bracket in EXIF text, which libvips would otherwise take off', () => {
    expect(exifOf(facts).IFD0.Artist).toBe('Foto: Kari Nordmann (eksempel) ()');
    expect(exifOf({ ...facts, credit: 'Ola' }).IFD0.Artist).toBe('Ola');
  });
});
