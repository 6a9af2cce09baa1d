import { describe, expect, it } from 'vitest';
import {
  UPLOAD_LIMITS,
  checkUpload,
  findStaleFrom,
  isDocumentFresh,
  isEphotoCode,
} from '../../src/domain';

describe('documents', () => {
  it.each([
    // FR-C2: a domicile proof must be less than 6 months old at filing.
    ['2026-04-22', '2026-11-22', false], // 7 months before: expired
    ['2026-06-22', '2026-11-22', true], // 5 months before: valid
    ['2026-05-22', '2026-11-21', true], // the last day it is less than 6 months old
    ['2026-05-22', '2026-11-22', false], // exactly 6 months old: no longer "less than"
    ['2026-08-31', '2027-02-27', true], // month end: 6 months after 31 August is 28 February (D3)
    ['2026-08-31', '2027-02-28', false],
  ])('FR-C2 a domicile proof issued %s is fresh on %s: %s', (issuedOn, on, fresh) => {
    expect(isDocumentFresh(issuedOn, 6, on)).toBe(fresh);
  });

  it('FR-C1 a nationality certificate stops being fresh on the same day-number six months later', () => {
    expect(findStaleFrom('2026-03-31', 6)).toBe('2026-09-30');
  });

  it.each([
    [{ name: 'attestation.PNG', size: 1_000 }, 0, undefined],
    [{ name: 'scan.tiff', size: 10_000_000 }, 2, undefined],
    [{ name: 'lettre.docx', size: 1_000 }, 0, 'format'],
    [{ name: 'sans-extension', size: 1_000 }, 0, 'format'],
    [{ name: 'photo.heic', size: 1_000 }, 0, 'format'],
    [{ name: 'gros.pdf', size: 12_000_000 }, 0, 'size'],
    [{ name: 'juste-trop.jpg', size: 10_000_001 }, 0, 'size'],
    [{ name: 'quatrieme.jpg', size: 1_000 }, 3, 'count'],
  ] as const)('FR-G7 %o with %i file(s) already on the line: %s', (file, already, refusal) => {
    expect(checkUpload(file, already)).toBe(refusal);
  });

  it('FR-G7 names its limits: the formats, 10 MB and 3 files a line', () => {
    expect(UPLOAD_LIMITS).toMatchObject({
      maxBytes: 10_000_000,
      maxFilesPerLine: 3,
      basis: 'FR-G7',
    });
    expect([...UPLOAD_LIMITS.extensions].sort()).toEqual([
      'bmp',
      'jpeg',
      'jpg',
      'pdf',
      'png',
      'tiff',
    ]);
  });

  it.each([
    ['1234567890123456789012', true],
    ['1234 5678 9012 3456 7890 12', true],
    ['123456789012345678901', false],
    ['12345678901234567890123', false],
    ['12345678901234567890AB', false],
  ])('FR-C1 e-photo code %s is valid: %s', (code, valid) => {
    expect(isEphotoCode(code)).toBe(valid);
  });
});
