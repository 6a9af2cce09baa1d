/**
 * The seam through which every personal payload passes on its way in and out of IndexedDB.
 * With the vault unlocked, payloads are sealed with AES-GCM, binding table, record id and payload
 * version as additional data, so a ciphertext moved onto another record fails to open.
 */
import {
  decryptBytes,
  decryptJson,
  encryptBytes,
  encryptJson,
  isSealed,
  type Sealed,
} from './crypto/aes-gcm';

export interface RecordAddress {
  table: string;
  id: string;
  version: number;
}

export interface RecordCodec {
  seal(address: RecordAddress, content: unknown): Promise<Sealed>;
  open(address: RecordAddress, payload: unknown): Promise<unknown>;
  sealBytes(address: RecordAddress, bytes: BufferSource): Promise<Sealed>;
  openBytes(address: RecordAddress, payload: Sealed): Promise<ArrayBuffer>;
}

export class UnreadableRecordError extends Error {
  constructor(readonly address: RecordAddress) {
    super(`A ${address.table} record cannot be decrypted`);
    this.name = 'UnreadableRecordError';
  }
}

export function additionalDataOf({ table, id, version }: RecordAddress): string {
  return `passerelle/${table}/${id}/v${version}`;
}

/** Rows written by database v1, before encryption existed: plain, and sealed right after unlock. */
export function isLegacyPlainPayload(address: RecordAddress, payload: unknown): boolean {
  return address.table === 'cases' && address.version === 1 && !isSealed(payload);
}

export function createEncryptedCodec(key: CryptoKey): RecordCodec {
  return {
    seal: (address, content) => encryptJson(key, content, additionalDataOf(address)),
    async open(address, payload) {
      if (isLegacyPlainPayload(address, payload)) return payload;
      if (!isSealed(payload)) throw new UnreadableRecordError(address);
      try {
        return await decryptJson(key, payload, additionalDataOf(address));
      } catch {
        throw new UnreadableRecordError(address);
      }
    },
    sealBytes: (address, bytes) => encryptBytes(key, bytes, additionalDataOf(address)),
    async openBytes(address, payload) {
      try {
        return await decryptBytes(key, payload, additionalDataOf(address));
      } catch {
        throw new UnreadableRecordError(address);
      }
    },
  };
}
