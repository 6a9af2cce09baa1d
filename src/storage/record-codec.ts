/**
 * The seam through which every personal payload passes on its way in and out of IndexedDB.
 * Repositories never see whether a payload is encrypted: the vault (issue #4) supplies a codec that
 * seals with AES-GCM; until then, and in tests of other layers, the plain codec is used.
 */
export interface RecordAddress {
  table: string;
  id: string;
  version: number;
}

export interface RecordCodec {
  seal(address: RecordAddress, content: unknown): Promise<unknown>;
  open(address: RecordAddress, payload: unknown): Promise<unknown>;
}

export const plainCodec: RecordCodec = {
  seal: (_address, content) => Promise.resolve(content),
  open: (_address, payload) => Promise.resolve(payload),
};
