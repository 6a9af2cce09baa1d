/**
 * AES-GCM with a fresh random 96-bit IV for every write. The additional data binds a ciphertext to
 * where it belongs (table, record id, schema version): a sealed payload copied onto another record
 * fails to open instead of passing as that record's data.
 */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

export const IV_BYTES = 12;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

export async function encryptBytes(
  key: CryptoKey,
  plaintext: BufferSource,
  additionalData: string,
): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(additionalData) },
    key,
    plaintext,
  );
  return { iv, data };
}

/** `sealed.data` may be a view of the bytes as well as their buffer (a backup read from its file). */
export async function decryptBytes(
  key: CryptoKey,
  sealed: Sealed | { iv: Uint8Array<ArrayBuffer>; data: Uint8Array<ArrayBuffer> },
  additionalData: string,
): Promise<ArrayBuffer> {
  return crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: sealed.iv, additionalData: encoder.encode(additionalData) },
    key,
    sealed.data,
  );
}

export async function encryptJson(
  key: CryptoKey,
  value: unknown,
  additionalData: string,
): Promise<Sealed> {
  return encryptBytes(key, encoder.encode(JSON.stringify(value)), additionalData);
}

export async function decryptJson(
  key: CryptoKey,
  sealed: Sealed,
  additionalData: string,
): Promise<unknown> {
  return JSON.parse(decoder.decode(await decryptBytes(key, sealed, additionalData))) as unknown;
}

/** Realm-independent checks: structured clones can come back from another realm (workers, tests). */
export function isSealed(value: unknown): value is Sealed {
  if (typeof value !== 'object' || value === null) return false;
  const { iv, data } = value as Partial<Sealed>;
  return ArrayBuffer.isView(iv) && Object.prototype.toString.call(data) === '[object ArrayBuffer]';
}
