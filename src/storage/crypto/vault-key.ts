/**
 * The vault: a random 256-bit data key encrypts everything personal; it is stored only wrapped by a
 * key derived from the passphrase (Argon2id since decision 011; PBKDF2-SHA256 in vaults made before,
 * moved on at their next unlock). Unwrapped, it lives in memory as a non-extractable CryptoKey.
 * Changing the passphrase or the derivation re-wraps the data key: no record is re-encrypted.
 */
import { randomBytes } from './aes-gcm';
import {
  DEFAULT_KDF,
  SALT_BYTES,
  deriveKeyFromPassphrase,
  type Argon2idKdf,
  type PassphraseKdf,
} from './passphrase-key';
import { WrongPassphraseError } from '../errors';

/** The data key as stored: wrapped, with how the wrapping key is derived (`kdf` tells which). */
export type WrappedKey = PassphraseKdf & {
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  wrapped: ArrayBuffer;
};

/** Every field of a WrappedKey, of either kind: what a vault row's key is made of. */
export const WRAPPED_KEY_FIELDS: ReadonlySet<string> = new Set<FieldOf<WrappedKey>>([
  'kdf',
  'iterations',
  'memoryKiB',
  'passes',
  'parallelism',
  'salt',
  'iv',
  'wrapped',
]);
type FieldOf<T> = T extends unknown ? keyof T : never;

export { WrongPassphraseError };

const WRAP_AAD = new TextEncoder().encode('passerelle/vault/data-key/v1');
const DATA_KEY: AesKeyGenParams = { name: 'AES-GCM', length: 256 };

/** The KDF's own fields, and nothing else of the object it is read from. */
function kdfOf(kdf: PassphraseKdf): PassphraseKdf {
  if (kdf.kdf === 'PBKDF2-SHA256') return { kdf: kdf.kdf, iterations: kdf.iterations };
  const { memoryKiB, passes, parallelism } = kdf;
  return { kdf: kdf.kdf, memoryKiB, passes, parallelism };
}

/**
 * Wraps an extractable data key under the passphrase; returns the record to store and the data key
 * in its non-extractable form, unwrapped from that record with the same derived key (one
 * derivation, and proof that the record opens).
 */
async function wrap(
  dataKey: CryptoKey,
  passphrase: string,
  kdf: PassphraseKdf,
): Promise<{ record: WrappedKey; key: CryptoKey }> {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(12);
  const wrappingKey = await deriveKeyFromPassphrase(passphrase, salt, kdf, [
    'wrapKey',
    'unwrapKey',
  ]);
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, wrappingKey, {
    name: 'AES-GCM',
    iv,
    additionalData: WRAP_AAD,
  });
  const record: WrappedKey = { ...kdfOf(kdf), salt, iv, wrapped };
  return { record, key: await unwrapWith(wrappingKey, record, false) };
}

async function unwrapWith(
  wrappingKey: CryptoKey,
  record: WrappedKey,
  extractable: boolean,
): Promise<CryptoKey> {
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      record.wrapped,
      wrappingKey,
      { name: 'AES-GCM', iv: record.iv, additionalData: WRAP_AAD },
      DATA_KEY,
      extractable,
      ['encrypt', 'decrypt'],
    );
  } catch {
    // AES-GCM authentication fails: the passphrase is wrong (or the record was tampered with).
    throw new WrongPassphraseError();
  }
}

async function unwrap(
  record: WrappedKey,
  passphrase: string,
  extractable: boolean,
): Promise<CryptoKey> {
  const wrappingKey = await deriveKeyFromPassphrase(passphrase, record.salt, record, ['unwrapKey']);
  return unwrapWith(wrappingKey, record, extractable);
}

/** A new data key, wrapped by the passphrase; returns the wrapped form to store and the usable key. */
export async function createVaultKey(
  passphrase: string,
  kdf: PassphraseKdf = DEFAULT_KDF,
): Promise<{ record: WrappedKey; key: CryptoKey }> {
  const extractable = await crypto.subtle.generateKey(DATA_KEY, true, ['encrypt', 'decrypt']);
  // Only the non-extractable form is used from here on.
  return wrap(extractable, passphrase, kdf);
}

/** True when the record's key is derived more weakly than `target`: PBKDF2, or less Argon2id work. */
function isWeakerThan(record: PassphraseKdf, target: Argon2idKdf = DEFAULT_KDF): boolean {
  return (
    record.kdf !== 'Argon2id' ||
    record.memoryKiB < target.memoryKiB ||
    record.passes < target.passes
  );
}

/** The stronger of the record's Argon2id parameters and `target`'s, each on its own. */
function atLeast(record: PassphraseKdf, target: Argon2idKdf): Argon2idKdf {
  if (record.kdf !== 'Argon2id') return target;
  return {
    kdf: 'Argon2id',
    memoryKiB: Math.max(record.memoryKiB, target.memoryKiB),
    passes: Math.max(record.passes, target.passes),
    parallelism: Math.max(record.parallelism, target.parallelism),
  };
}

/**
 * Opens the record (WrongPassphraseError otherwise). When its key is derived more weakly than
 * `target` (a PBKDF2 vault), the same data key is also wrapped again under the passphrase with
 * `target`: `strengthened` is the record to store in its place.
 */
export async function unlockAndStrengthenVaultKey(
  record: WrappedKey,
  passphrase: string,
  target: Argon2idKdf = DEFAULT_KDF,
): Promise<{ key: CryptoKey; strengthened?: WrappedKey }> {
  if (!isWeakerThan(record, target)) return { key: await unwrap(record, passphrase, false) };
  const dataKey = await unwrap(record, passphrase, true);
  const { record: strengthened, key } = await wrap(dataKey, passphrase, atLeast(record, target));
  return { key, strengthened };
}

export async function rewrapVaultKey(
  record: WrappedKey,
  currentPassphrase: string,
  newPassphrase: string,
): Promise<WrappedKey> {
  const dataKey = await unwrap(record, currentPassphrase, true);
  return (await wrap(dataKey, newPassphrase, atLeast(record, DEFAULT_KDF))).record;
}
