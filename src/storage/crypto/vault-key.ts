/**
 * The vault: a random 256-bit data key encrypts everything personal; it is stored only wrapped by a
 * key derived from the passphrase. Unwrapped, it lives in memory as a non-extractable CryptoKey.
 * Changing the passphrase re-wraps the data key: no record is re-encrypted.
 */
import { randomBytes } from './aes-gcm';
import { PBKDF2_ITERATIONS, SALT_BYTES, derivePassphraseKey } from './passphrase-key';
import { WrongPassphraseError } from '../errors';

export interface WrappedKey {
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  wrapped: ArrayBuffer;
}

export { WrongPassphraseError };

const WRAP_AAD = new TextEncoder().encode('passerelle/vault/data-key/v1');
const DATA_KEY: AesKeyGenParams = { name: 'AES-GCM', length: 256 };

async function wrap(
  dataKey: CryptoKey,
  passphrase: string,
  iterations: number,
): Promise<WrappedKey> {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(12);
  const wrappingKey = await derivePassphraseKey(passphrase, salt, iterations, ['wrapKey']);
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, wrappingKey, {
    name: 'AES-GCM',
    iv,
    additionalData: WRAP_AAD,
  });
  return { kdf: 'PBKDF2-SHA256', iterations, salt, iv, wrapped };
}

async function unwrap(
  record: WrappedKey,
  passphrase: string,
  extractable: boolean,
): Promise<CryptoKey> {
  const wrappingKey = await derivePassphraseKey(passphrase, record.salt, record.iterations, [
    'unwrapKey',
  ]);
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

/** A new data key, wrapped by the passphrase; returns the wrapped form to store and the usable key. */
export async function createVaultKey(
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ record: WrappedKey; key: CryptoKey }> {
  const extractable = await crypto.subtle.generateKey(DATA_KEY, true, ['encrypt', 'decrypt']);
  const record = await wrap(extractable, passphrase, iterations);
  // Use the key only in its non-extractable form from here on.
  return { record, key: await unwrap(record, passphrase, false) };
}

export function unlockVaultKey(record: WrappedKey, passphrase: string): Promise<CryptoKey> {
  return unwrap(record, passphrase, false);
}

export async function rewrapVaultKey(
  record: WrappedKey,
  currentPassphrase: string,
  newPassphrase: string,
): Promise<WrappedKey> {
  const dataKey = await unwrap(record, currentPassphrase, true);
  return wrap(dataKey, newPassphrase, Math.max(record.iterations, PBKDF2_ITERATIONS));
}
