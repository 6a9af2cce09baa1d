/**
 * The shape of rows as they sit in IndexedDB. Only the listed index fields are in clear; everything
 * about the person is inside `payload`, which the record codec seals (encryption at rest, issue #4).
 */
export interface StoredCase {
  id: string;
  pathway: string;
  createdAt: string;
  updatedAt: string;
  /** Schema version of the payload, bound to the ciphertext once it is encrypted. */
  payloadVersion: number;
  payload: unknown;
}
