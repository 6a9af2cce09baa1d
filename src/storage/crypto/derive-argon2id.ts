/**
 * Argon2id from a passphrase, in a Web Worker started for that one derivation and ended after it
 * (the UI never freezes, and the worker's memory goes with it), or in-process through the same
 * function where there is no Worker (unit tests). hash-wasm is loaded only then, never with the
 * main bundle.
 */
import type { Argon2idParams, Argon2idRequest, Argon2idResponse } from './argon2id-params';

/** The raw key: the caller imports it at once as a non-extractable CryptoKey, then zeroes it. */
export async function deriveArgon2idBytes(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  { memoryKiB, passes, parallelism }: Argon2idParams,
  signal?: AbortSignal,
): Promise<Uint8Array<ArrayBuffer>> {
  signal?.throwIfAborted();
  const request: Argon2idRequest = {
    password: new TextEncoder().encode(passphrase.normalize('NFC')),
    salt: salt.slice(),
    memoryKiB,
    passes,
    parallelism,
  };
  if (typeof Worker === 'undefined') {
    const { computeArgon2id } = await import('./compute-argon2id');
    try {
      return await computeArgon2id(request);
    } finally {
      request.password.fill(0);
    }
  }
  return deriveInWorker(request, signal);
}

/** Aborting ends the worker at once, mid-derivation: its memory goes with it. */
function deriveInWorker(
  request: Argon2idRequest,
  signal: AbortSignal | undefined,
): Promise<Uint8Array<ArrayBuffer>> {
  const worker = new Worker(new URL('./argon2.worker.ts', import.meta.url), {
    type: 'module',
    name: 'argon2id',
  });
  return new Promise((resolve, reject) => {
    const abort = () => {
      worker.terminate();
      reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
    };
    const end = () => {
      signal?.removeEventListener('abort', abort);
      worker.terminate();
    };
    const fail = (reason: string) => {
      end();
      reject(new Error(`The key derivation failed: ${reason}`));
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.addEventListener('message', (event: MessageEvent<Argon2idResponse>) => {
      end();
      if ('key' in event.data) resolve(event.data.key);
      else fail(event.data.error);
    });
    worker.addEventListener('messageerror', () => fail('unreadable answer'));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      fail('the worker did not run');
    });
    // Transferred: the passphrase's bytes leave this thread, and the worker zeroes them.
    worker.postMessage(request, [request.password.buffer, request.salt.buffer]);
  });
}
