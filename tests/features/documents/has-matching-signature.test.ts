import { Blob as NodeBlob } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { UPLOAD_LIMITS } from '../../../src/domain';
import {
  SIGNATURE_BYTES,
  hasMatchingSignature,
  readFileHeader,
} from '../../../src/features/documents/has-matching-signature';

/** The first bytes of real files of each format, as a scanner or a phone writes them. */
const HEADERS = {
  // A PDF 1.7 as scanners write it: header, then a comment line of high bytes.
  pdf: [...Buffer.from('%PDF-1.7\n'), 0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a],
  // A 1×1 PNG: signature, then the IHDR chunk's length and type.
  png: [
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ],
  // A JFIF JPEG (a scanner's) and an Exif JPEG (a phone camera's).
  jfif: [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01],
  exif: [0xff, 0xd8, 0xff, 0xe1, 0x2f, 0xfe, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00],
  // TIFF in both byte orders, the first IFD at offset 8.
  tiffLittle: [0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00],
  tiffBig: [0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08],
  // A BMP: 'BM', the file's size, two reserved words.
  bmp: [0x42, 0x4d, 0x3a, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00],
  text: [...Buffer.from('Attestation, texte brut\n')],
  docx: [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00],
} as const;

const bytes = (header: readonly number[]) => new Uint8Array(header);

describe('FR-G7 a file is what its extension says', () => {
  it.each([
    ['acte.pdf', HEADERS.pdf],
    ['photo.png', HEADERS.png],
    ['scan.jpg', HEADERS.jfif],
    ['IMG_0001.JPG', HEADERS.exif],
    ['passeport.jpeg', HEADERS.exif],
    ['scan.tiff', HEADERS.tiffLittle],
    ['scan.tiff', HEADERS.tiffBig],
    ['scan.bmp', HEADERS.bmp],
  ])('accepts %s holding its own format', (name, header) => {
    expect(hasMatchingSignature(name, bytes(header))).toBe(true);
  });

  it.each([
    ['a text file renamed .png', 'attestation.png', HEADERS.text],
    ['a text file renamed .pdf', 'acte.pdf', HEADERS.text],
    ['a Word file renamed .pdf', 'lettre.pdf', HEADERS.docx],
    ['a PNG named .jpg', 'photo.jpg', HEADERS.png],
    ['a JPEG named .png', 'photo.png', HEADERS.jfif],
    ['a PDF named .tiff', 'scan.tiff', HEADERS.pdf],
    ['an empty file', 'vide.png', []],
    ['a file cut before the end of its signature', 'court.png', HEADERS.png.slice(0, 4)],
    ['a format outside the list', 'lettre.docx', HEADERS.docx],
    ['a file with no extension', 'scan', HEADERS.png],
  ])('refuses %s', (_, name, header) => {
    expect(hasMatchingSignature(name, bytes(header))).toBe(false);
  });

  it('knows a signature for every extension the online filing accepts', () => {
    const someHeader: Record<string, readonly number[]> = {
      pdf: HEADERS.pdf,
      png: HEADERS.png,
      jpg: HEADERS.jfif,
      jpeg: HEADERS.jfif,
      tiff: HEADERS.tiffLittle,
      bmp: HEADERS.bmp,
    };
    for (const extension of UPLOAD_LIMITS.extensions) {
      expect(
        hasMatchingSignature(`f.${extension}`, bytes(someHeader[extension] ?? [])),
        extension,
      ).toBe(true);
    }
  });

  it('reads only the first bytes of a file, enough for every signature', async () => {
    // Node's Blob: jsdom's has no arrayBuffer(), every browser the app supports has.
    const file = new NodeBlob([bytes(HEADERS.png), new Uint8Array(1_000_000)]);
    const header = await readFileHeader(file);
    expect(header).toHaveLength(SIGNATURE_BYTES);
    expect(SIGNATURE_BYTES).toBeGreaterThanOrEqual(8);
    expect(hasMatchingSignature('photo.png', header)).toBe(true);
    expect(await readFileHeader(new NodeBlob([]))).toHaveLength(0);
  });
});
