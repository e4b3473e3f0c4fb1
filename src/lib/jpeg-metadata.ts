// Writes text into a JPEG's EXIF and XMP without touching its picture: the file's segments are
// taken apart up to the start of the compressed data, the EXIF and XMP segments are replaced,
// and everything else (the colour profile, the picture's bytes) is kept as it was. A press
// picture is then the maker's own file, not a re-encoded copy, and costs no decoding.

const SOI = 0xd8;
const SOS = 0xda;
const APP0 = 0xe0;
const APP1 = 0xe1;
const EXIF_HEADER = Buffer.from('Exif\0\0', 'latin1');
const XMP_HEADER = Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1');
const EXTENDED_XMP_HEADER = Buffer.from('http://ns.adobe.com/xmp/extension/\0', 'latin1');
/** A segment's length field counts itself: at most 65 535, so 65 533 bytes of content. */
const MAX_SEGMENT = 0xffff - 2;

/** The EXIF text fields (IFD0) this module writes, by their TIFF tags. */
export const EXIF_TAGS = { ImageDescription: 0x010e, Artist: 0x013b, Copyright: 0x8298 } as const;
export type ExifText = Partial<Record<keyof typeof EXIF_TAGS, string>>;

interface Segment {
  marker: number;
  /** The segment's content, after its marker and length. */
  content: Buffer;
}

/** The segments before the compressed picture, and the rest of the file from its SOS marker. */
function splitJpeg(file: Buffer): { segments: Segment[]; rest: Buffer } {
  if (file[0] !== 0xff || file[1] !== SOI) throw new Error('Not a JPEG file: it does not start with FF D8.');
  const segments: Segment[] = [];
  let at = 2;
  while (at < file.length) {
    if (file[at] !== 0xff) throw new Error(`Not a well-formed JPEG file: no marker at byte ${at}.`);
    while (file[at] === 0xff) at++; // a marker may be preceded by fill bytes
    const marker = file[at]!;
    if (marker === SOS) return { segments, rest: file.subarray(at - 1) };
    const length = file.readUInt16BE(at + 1);
    segments.push({ marker, content: file.subarray(at + 3, at + 1 + length) });
    at += 1 + length;
  }
  throw new Error('Not a well-formed JPEG file: it has no picture data (SOS).');
}

const startsWith = (content: Buffer, header: Buffer) => content.subarray(0, header.length).equals(header);
const isExif = (s: Segment) => s.marker === APP1 && startsWith(s.content, EXIF_HEADER);
const isXmp = (s: Segment) =>
  s.marker === APP1 && (startsWith(s.content, XMP_HEADER) || startsWith(s.content, EXTENDED_XMP_HEADER));

function segmentBytes({ marker, content }: Segment): Buffer {
  if (content.length > MAX_SEGMENT) throw new RangeError(`A JPEG segment holds at most ${MAX_SEGMENT} bytes.`);
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(content.length + 2, 2);
  return Buffer.concat([head, content]);
}

/** EXIF's ASCII fields: æ, ø and å spelt out as ae, oe and aa, other accents dropped, anything else a "?". */
export function exifAscii(text: string): string {
  const spelt = text.replace(
    /[æøåÆØÅ]/g,
    (letter) => ({ æ: 'ae', ø: 'oe', å: 'aa', Æ: 'Ae', Ø: 'Oe', Å: 'Aa' })[letter]!,
  );
  return spelt
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '?');
}

/**
 * A TIFF block (EXIF's content) with the given text fields in IFD0. An existing block keeps
 * every byte and every other field: the new IFD0 goes at the end and the header points to it,
 * so the offsets of the other directories (camera, GPS, thumbnail) stay true.
 */
export function exifWithText(original: Buffer | undefined, text: ExifText): Buffer {
  const base = original ?? Buffer.from('II*\0\x08\0\0\0\0\0\0\0\0\0', 'latin1'); // empty IFD0 at 8
  const little = base.toString('latin1', 0, 2) === 'II';
  if (!little && base.toString('latin1', 0, 2) !== 'MM') throw new Error('The EXIF block is not TIFF.');
  const u16 = (at: number) => (little ? base.readUInt16LE(at) : base.readUInt16BE(at));
  const u32 = (at: number) => (little ? base.readUInt32LE(at) : base.readUInt32BE(at));
  const ifd0 = u32(4);
  const count = u16(ifd0);
  const ours = new Set<number>(Object.values(EXIF_TAGS));
  const copy = Buffer.from(base);
  const kept = Array.from({ length: count }, (_, i) => base.subarray(ifd0 + 2 + 12 * i, ifd0 + 14 + 12 * i)).filter(
    (entry) => {
      const at = entry.byteOffset - base.byteOffset;
      if (!ours.has(u16(at))) return true;
      // The text it replaces is wiped: an old credit must not live on in unused bytes.
      const length = u32(at + 4);
      copy.fill(0, length > 4 ? u32(at + 8) : at + 8, length > 4 ? u32(at + 8) + length : at + 12);
      return false;
    },
  );
  const next = u32(ifd0 + 2 + 12 * count);
  const added = Object.entries(text).map(([name, value]) => ({
    tag: EXIF_TAGS[name as keyof typeof EXIF_TAGS],
    value: Buffer.from(`${exifAscii(value)}\0`, 'latin1'),
  }));

  const start = base.length + (base.length % 2); // directories begin on a word boundary
  const entries = kept.length + added.length;
  let dataAt = start + 2 + 12 * entries + 4;
  const data: Buffer[] = [];
  const made = added.map(({ tag, value }) => {
    const entry = Buffer.alloc(12);
    const w16 = (v: number, at: number) => (little ? entry.writeUInt16LE(v, at) : entry.writeUInt16BE(v, at));
    const w32 = (v: number, at: number) => (little ? entry.writeUInt32LE(v, at) : entry.writeUInt32BE(v, at));
    w16(tag, 0);
    w16(2, 2); // ASCII
    w32(value.length, 4);
    if (value.length <= 4) value.copy(entry, 8);
    else {
      w32(dataAt, 8);
      data.push(value, Buffer.alloc(value.length % 2));
      dataAt += value.length + (value.length % 2);
    }
    return entry;
  });
  const tagOf = (entry: Buffer) => (little ? entry.readUInt16LE(0) : entry.readUInt16BE(0));
  const directory = Buffer.alloc(2 + 12 * entries + 4);
  if (little) directory.writeUInt16LE(entries, 0);
  else directory.writeUInt16BE(entries, 0);
  [...kept, ...made].sort((a, b) => tagOf(a) - tagOf(b)).forEach((entry, i) => entry.copy(directory, 2 + 12 * i));
  if (little) directory.writeUInt32LE(next, directory.length - 4);
  else directory.writeUInt32BE(next, directory.length - 4);

  if (little) copy.writeUInt32LE(start, 4);
  else copy.writeUInt32BE(start, 4);
  return Buffer.concat([copy, Buffer.alloc(start - base.length), directory, ...data]);
}

/**
 * The JPEG with the text fields in its EXIF (merged into the EXIF it had) and with this XMP
 * packet instead of the one it had; everything else byte for byte. Throws a RangeError when
 * the metadata does not fit in a JPEG segment (64 KB).
 */
export function withJpegMetadata(file: Buffer, exif: ExifText, xmp: string): Buffer {
  const { segments, rest } = splitJpeg(file);
  const oldExif = segments.find(isExif)?.content.subarray(EXIF_HEADER.length);
  const kept = segments.filter((s) => !isExif(s) && !isXmp(s));
  // JFIF's APP0 must stay first; EXIF and XMP follow it.
  const jfif = kept[0]?.marker === APP0 ? [kept.shift()!] : [];
  const ours: Segment[] = [
    { marker: APP1, content: Buffer.concat([EXIF_HEADER, exifWithText(oldExif, exif)]) },
    { marker: APP1, content: Buffer.concat([XMP_HEADER, Buffer.from(xmp, 'utf8')]) },
  ];
  return Buffer.concat([Buffer.from([0xff, SOI]), ...[...jfif, ...ours, ...kept].map(segmentBytes), rest]);
}
