// The press picture of a page: the original picture at full resolution, saved beside the page
// under a name made from the page and its maker ("protein-fra-halm_kari-nordmann.jpg"), with
// the credit, the licence and what it shows written into the file (EXIF and XMP), so that a
// saved copy still says where it came from.
import { escapeXml } from './xml';
import { toSlug } from './slugs';

/** The text a picture carries into its file. */
export interface PictureFacts {
  /** Who made it, as the page credits it ("Foto: Kari Nordmann"). */
  credit: string;
  /** The credit and the licence, as the page states them ("Foto: Kari Nordmann. Lisens: CC BY 4.0."). */
  rights: string;
  /** What it shows (the alt text). */
  description: string;
  /** The page's language, for the XMP language tags. */
  lang: string;
}

/**
 * The format a press picture is saved in, by the format of its original: the same, except GIF,
 * which cannot hold EXIF or XMP and becomes PNG (lossless like GIF).
 */
const SAVED_AS: Record<string, 'jpeg' | 'png' | 'webp' | 'avif' | 'tiff'> = {
  jpg: 'jpeg',
  jpeg: 'jpeg',
  png: 'png',
  webp: 'webp',
  avif: 'avif',
  tiff: 'tiff',
  gif: 'png',
};

const EXTENSION = { jpeg: 'jpg', png: 'png', webp: 'webp', avif: 'avif', tiff: 'tif' } as const;

export type SavedFormat = (typeof SAVED_AS)[string];

/** The media type of a saved press picture, for feeds. */
export const mediaTypeOf = (format: SavedFormat): string => `image/${format}`;

export function savedFormat(originalFormat: string): SavedFormat {
  const format = SAVED_AS[originalFormat.toLowerCase()];
  if (!format) throw new Error(`A press picture cannot be made from a ${originalFormat} file.`);
  return format;
}

/** The maker's name from a credit: what follows a label such as "Foto:" or "Photo:", if there is one. */
const makerOf = (credit: string) => credit.slice(credit.indexOf(':') + 1).trim();

/** The file name: the page's URL name and the maker's, e.g. "protein-fra-halm_kari-nordmann.jpg". */
export function pressPictureName(slug: string, credit: string, originalFormat: string): string {
  const maker = toSlug(makerOf(credit));
  return `${maker ? `${slug}_${maker}` : slug}.${EXTENSION[savedFormat(originalFormat)]}`;
}

/**
 * libvips, which writes EXIF for sharp, reads a trailing "(…)" of a value as a type note and
 * drops it ("NCE Heidner Biocluster (sample)" would lose "(sample)"): an empty note goes instead.
 */
const exifText = (text: string) => (text.endsWith(')') ? `${text} ()` : text);

/** The EXIF text fields (IFD0) of a press picture. */
export const exifFieldsOf = (facts: PictureFacts) => ({
  Artist: facts.credit,
  Copyright: facts.rights,
  ImageDescription: facts.description,
});

/** The EXIF fields as sharp writes them (ASCII: libvips spells ø as oe), for pictures other than JPEG. */
export function exifOf(facts: PictureFacts) {
  const fields = exifFieldsOf(facts);
  return {
    IFD0: {
      Artist: exifText(fields.Artist),
      Copyright: exifText(fields.Copyright),
      ImageDescription: exifText(fields.ImageDescription),
    },
  };
}

/** A language alternative of Dublin Core, in the page's language and as the default. */
const alt = (text: string, lang: string) =>
  `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li>` +
  `<rdf:li xml:lang="${lang}">${escapeXml(text)}</rdf:li></rdf:Alt>`;

/** The XMP packet: Dublin Core creator, rights and description (UTF-8, unlike EXIF's ASCII fields). */
export function xmpOf(facts: PictureFacts): string {
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(facts.credit)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:rights>${alt(facts.rights, facts.lang)}</dc:rights>`,
    `<dc:description>${alt(facts.description, facts.lang)}</dc:description>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('');
}
