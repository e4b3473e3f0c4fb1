import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { exifAscii, exifWithText, withJpegMetadata } from '../../src/lib/jpeg-metadata';

const xmp = (creator: string) =>
  '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">' +
  '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" ' +
  `xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>${creator}</rdf:li></rdf:Seq>` +
  '</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>';

const picture = sharp({ create: { width: 48, height: 32, channels: 3, background: '#3a7d44' } });
const pixels = (file: Buffer) => sharp(file).raw().toBuffer();
const text = { Artist: 'Foto: Kari Nordmann', Copyright: 'Lisens: CC BY 4.0', ImageDescription: 'Halm på åker' };

describe('withJpegMetadata', () => {
  it('writes EXIF and XMP into a JPEG without either, leaving the picture as it was', async () => {
    const original = await picture.clone().jpeg().toBuffer();
    const saved = withJpegMetadata(original, text, xmp('Kari Nordmann'));
    const tags = await exifr.parse(saved, { xmp: true, mergeOutput: false });
    expect(tags.ifd0).toMatchObject({
      Artist: 'Foto: Kari Nordmann',
      Copyright: 'Lisens: CC BY 4.0',
      ImageDescription: 'Halm paa aaker',
    });
    expect(tags.dc.creator).toBe('Kari Nordmann');
    expect(await pixels(saved)).toEqual(await pixels(original));
    expect(saved.subarray(-original.length + original.indexOf(Buffer.from([0xff, 0xda])))).toEqual(
      original.subarray(original.indexOf(Buffer.from([0xff, 0xda]))),
    );
  });

  it('keeps the fields the EXIF had (camera, orientation) and replaces the old credit and XMP', async () => {
    const original = await picture
      .clone()
      .withExif({ IFD0: { Make: 'Testkamera', Artist: 'Gammel fotograf' } })
      .withMetadata({ orientation: 6 })
      .withXmp(xmp('Gammel fotograf'))
      .jpeg()
      .toBuffer();
    const saved = withJpegMetadata(original, text, xmp('Kari Nordmann'));
    const tags = await exifr.parse(saved, { xmp: true, mergeOutput: false });
    expect(tags.ifd0).toMatchObject({ Make: 'Testkamera', Artist: 'Foto: Kari Nordmann' });
    expect(tags.dc.creator).toBe('Kari Nordmann');
    expect(saved.toString('latin1')).not.toContain('Gammel fotograf');
    expect(await sharp(saved).metadata()).toMatchObject({ width: 48, height: 32, orientation: 6 });
    expect(await pixels(saved)).toEqual(await pixels(original));
  });

  it('refuses what is not a JPEG and metadata that does not fit in a segment', async () => {
    const png = await picture.clone().png().toBuffer();
    expect(() => withJpegMetadata(png, text, xmp('x'))).toThrow(/Not a JPEG/);
    const jpeg = await picture.clone().jpeg().toBuffer();
    expect(() => withJpegMetadata(jpeg, text, xmp('x'.repeat(70_000)))).toThrow(RangeError);
  });
});

describe('exifWithText', () => {
  it('keeps big-endian EXIF big-endian, with its other fields', async () => {
    // A TIFF block, Motorola byte order, with one field: Make = "Cam" (inline, 4 bytes with its NUL).
    const motorola = Buffer.from('4d4d002a000000080001010f00020000000443616d0000000000', 'hex');
    const block = exifWithText(motorola, { Artist: 'Ola Nordmann' });
    const jpeg = await picture.clone().jpeg().toBuffer();
    const file = Buffer.concat([
      jpeg.subarray(0, 2),
      Buffer.from([0xff, 0xe1, 0, 0]),
      Buffer.from('Exif\0\0', 'latin1'),
      block,
      jpeg.subarray(2),
    ]);
    file.writeUInt16BE(block.length + 8, 4);
    expect(block.toString('latin1', 0, 2)).toBe('MM');
    expect((await exifr.parse(file, { mergeOutput: false })).ifd0).toMatchObject({
      Make: 'Cam',
      Artist: 'Ola Nordmann',
    });
  });
});

describe('exifAscii', () => {
  it('spells out æ, ø and å, drops accents and marks what ASCII cannot hold', () => {
    expect(exifAscii('Fjellfôr Ærlig Østby på Åsen')).toBe('Fjellfor Aerlig Oestby paa Aasen');
    expect(exifAscii('Foto: «Kari» – 2026')).toBe('Foto: ?Kari? ? 2026');
  });
});
