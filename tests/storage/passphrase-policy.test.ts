import { describe, expect, it } from 'vitest';
import { MIN_PASSPHRASE_LENGTH, assessPassphrase } from '../../src/storage/passphrase-policy';

describe('the passphrase policy', () => {
  it.each([
    ['', false],
    ['abc', false],
    ['aaaaaaaaaaaaaaaa', false],
    ['motdepasse12', true],
    ['cheval-batterie-agrafe-2026', true],
    ['correct horse battery staple', true],
  ])('accepts %j: %s', (passphrase, acceptable) => {
    expect(assessPassphrase(passphrase).acceptable).toBe(acceptable);
  });

  it(`refuses anything under ${MIN_PASSPHRASE_LENGTH} characters and says why`, () => {
    expect(assessPassphrase('Ab1!Ab1!Ab1').problems).toContain('too-short');
  });

  it('rates a long varied phrase stronger than a short acceptable one', () => {
    expect(assessPassphrase('cheval-batterie-agrafe-2026').strength).toBeGreaterThan(
      assessPassphrase('motdepasse12').strength,
    );
  });
});
