/**
 * What a file holds, read from its first bytes (its signature, or "magic bytes"), checked against
 * what its extension claims: a text file renamed `.png` is refused before anything is stored, as
 * the online filing would refuse it (FR-G7).
 */
import type { UPLOAD_LIMITS } from '../../domain';

type AcceptedExtension = (typeof UPLOAD_LIMITS.extensions)[number];

/** A run of bytes found at the start of the file. */
type Signature = readonly number[];

const ascii = (text: string): Signature => [...text].map((character) => character.charCodeAt(0));

/**
 * The signatures of each accepted format, keyed by the extensions of UPLOAD_LIMITS: an extension
 * added there without its signature is a type error here.
 */
const SIGNATURES: Record<AcceptedExtension, readonly Signature[]> = {
  // ISO 32000-1 §7.5.2: the header `%PDF-` opens the file. Readers tolerate it further in; the
  // stricter reading is kept, as for the size: a file accepted here is accepted there.
  pdf: [ascii('%PDF-')],
  // PNG (ISO/IEC 15948 §5.2): the 8-byte signature.
  png: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  // JPEG (ITU T.81): start of image (FF D8), then the first marker's FF.
  jpg: [[0xff, 0xd8, 0xff]],
  jpeg: [[0xff, 0xd8, 0xff]],
  // TIFF 6.0 §2: byte order ('II' little-endian, 'MM' big-endian), then 42.
  tiff: [
    [0x49, 0x49, 0x2a, 0x00],
    [0x4d, 0x4d, 0x00, 0x2a],
  ],
  // Windows bitmap: the file header opens with 'BM'.
  bmp: [ascii('BM')],
};

/** How many bytes of a file to read to check its signature. */
export const SIGNATURE_BYTES = Math.max(
  ...Object.values(SIGNATURES).flatMap((signatures) => signatures.map((bytes) => bytes.length)),
);

function isAcceptedExtension(extension: string): extension is AcceptedExtension {
  return Object.hasOwn(SIGNATURES, extension);
}

/**
 * Whether the first bytes of a file (`header`, at least SIGNATURE_BYTES of them when the file is
 * that long) are those of the format its name's extension claims. An extension outside the
 * accepted list has no signature to match: false.
 */
export function hasMatchingSignature(fileName: string, header: Uint8Array): boolean {
  const dot = fileName.lastIndexOf('.');
  const extension = dot >= 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  if (!isAcceptedExtension(extension)) return false;
  return SIGNATURES[extension].some(
    (signature) =>
      header.length >= signature.length && signature.every((byte, index) => header[index] === byte),
  );
}

/** What is read of a file: a File or Blob (only what the header needs, so a test can pass Node's). */
interface Readable {
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

/** The first SIGNATURE_BYTES bytes of a file (fewer when it is shorter). */
export async function readFileHeader(file: Readable): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(0, SIGNATURE_BYTES).arrayBuffer());
}
