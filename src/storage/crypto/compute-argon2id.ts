/**
 * Argon2id itself (hash-wasm's WebAssembly build), shared by the worker (argon2.worker.ts) and the
 * in-process fallback where there is no Worker (unit tests). Never imported statically by the main
 * bundle: derive-argon2id.ts reaches it through the worker or a dynamic import.
 */
import { argon2id } from 'hash-wasm';
import {
  ARGON2ID_KEY_BYTES,
  ARGON2ID_SALT_BYTES,
  isWithinArgon2idBounds,
  type Argon2idRequest,
} from './argon2id-params';

/** The raw derived key; throws a RangeError, deriving nothing, for parameters out of bounds. */
export async function computeArgon2id(request: Argon2idRequest): Promise<Uint8Array<ArrayBuffer>> {
  const { password, salt, memoryKiB, passes, parallelism } = request;
  if (!isWithinArgon2idBounds(request) || salt.byteLength !== ARGON2ID_SALT_BYTES)
    throw new RangeError('Argon2id parameters out of bounds');
  const derived = await argon2id({
    password,
    salt,
    memorySize: memoryKiB,
    iterations: passes,
    parallelism,
    hashLength: ARGON2ID_KEY_BYTES,
    outputType: 'binary',
  });
  // A copy on an ArrayBuffer of its own (transferable, and typed as WebCrypto wants it).
  const key = new Uint8Array(derived);
  derived.fill(0);
  return key;
}
