/**
 * The Argon2id derivation off the main thread: one request, one answer (the raw key, transferred),
 * then derive-argon2id.ts ends the worker and its memory with it. The passphrase's bytes are
 * zeroed once used; nothing is logged.
 */
import type { Argon2idRequest, Argon2idResponse } from './argon2id-params';
import { computeArgon2id } from './compute-argon2id';

async function answer(request: Argon2idRequest): Promise<void> {
  try {
    const key = await computeArgon2id(request);
    postMessage({ key } satisfies Argon2idResponse, { transfer: [key.buffer] });
  } catch (error) {
    // The parameters' message only: nothing of the request goes back.
    const message = error instanceof RangeError ? error.message : 'Argon2id failed';
    postMessage({ error: message } satisfies Argon2idResponse);
  } finally {
    request.password.fill(0);
  }
}

addEventListener('message', (event: MessageEvent<Argon2idRequest>) => {
  void answer(event.data);
});
