/**
 * The key that wraps the data key is derived from the passphrase with PBKDF2-SHA256 (OWASP 2023:
 * at least 600,000 iterations). The iteration count is stored with the vault so it can be raised later.
 */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;

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
