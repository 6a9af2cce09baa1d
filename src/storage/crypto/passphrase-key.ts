/**
 * The key that wraps the data key (and seals a backup) is derived from the passphrase. New keys use
 * Argon2id (decision 011), memory-hard, in a worker; vaults and backups made before it use
 * PBKDF2-SHA256 (OWASP 2023: at least 600,000 iterations), still read. The parameters are stored
 * with what they protect, so they can be raised later.
 */
import { ARGON2ID_PARAMS, type Argon2idParams } from './argon2id-params';
import { deriveArgon2idBytes } from './derive-argon2id';

export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;

/** How a key is derived from the passphrase, as stored with the vault's wrapped key. */
export type PassphraseKdf = { kdf: 'PBKDF2-SHA256'; iterations: number } | Argon2idKdf;
export type Argon2idKdf = { kdf: 'Argon2id' } & Argon2idParams;

/** What this app writes: new vaults, passphrase changes, vaults moved on at unlock, backups. */
export const DEFAULT_KDF: Readonly<Argon2idKdf> = { kdf: 'Argon2id', ...ARGON2ID_PARAMS };

export async function derivePassphraseKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  usages: KeyUsage[],
  algorithm: 'AES-GCM' = 'AES-GCM',
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: algorithm, length: 256 },
    false,
    usages,
  );
}

/**
 * A non-extractable AES-GCM key from the passphrase, by the KDF given. `signal` stops an Argon2id
 * derivation (its worker ends); WebCrypto's PBKDF2 cannot be stopped, the caller checks after.
 */
export async function deriveKeyFromPassphrase(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  kdf: PassphraseKdf,
  usages: KeyUsage[],
  signal?: AbortSignal,
): Promise<CryptoKey> {
  switch (kdf.kdf) {
    case 'PBKDF2-SHA256':
      return derivePassphraseKey(passphrase, salt, kdf.iterations, usages);
    case 'Argon2id': {
      const bytes = await deriveArgon2idBytes(passphrase, salt, kdf, signal);
      try {
        return await crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, usages);
      } finally {
        bytes.fill(0);
      }
    }
  }
}
