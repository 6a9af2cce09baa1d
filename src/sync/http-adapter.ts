/**
 * The sync adapter over HTTP to the association's server (msw in development, the demo and the
 * tests). Answers are parsed with the protocol's strict schemas; statuses become the engine's
 * errors: what may pass is retried, what will not is shown.
 */
import { API_BASE } from './api';
import {
  blobPath,
  GapResponseSchema,
  MAX_BLOB_BYTES,
  PullResponseSchema,
  PushResponseSchema,
  SYNC_PATHS,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from './protocol';
import {
  SyncGapError,
  SyncRefusedError,
  SyncSignedOutError,
  SyncUnavailableError,
  type SyncAdapter,
} from './engine';

/** Retry-After in seconds or as an HTTP date, in milliseconds from now. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1_000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * One request to the association's server, its status turned into the engine's errors: every
 * call of src/sync/ goes through here (sync, and joining the team).
 */
export async function send(url: string, init: RequestInit, token: () => string | undefined) {
  const bearer = token();
  const headers = new Headers(init.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  if (init.body && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  if (bearer) headers.set('Authorization', `Bearer ${bearer}`);
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers });
  } catch {
    throw new SyncUnavailableError(undefined);
  }
  if (response.ok) return response;
  if (response.status === 401) throw new SyncSignedOutError();
  if (response.status === 409) {
    const gap = GapResponseSchema.safeParse(await response.json().catch(() => undefined));
    if (gap.success) throw new SyncGapError(gap.data.expected);
  }
  if (response.status === 429 || response.status >= 500)
    throw new SyncUnavailableError(
      response.status,
      retryAfterMs(response.headers.get('Retry-After')),
    );
  throw new SyncRefusedError(response.status);
}

/**
 * `token` gives the device's token as it is now (none before admission); `base` is the API's
 * address, the app's own origin by default (an absolute one in Node tests).
 */
export function createHttpSyncAdapter(
  token: () => string | undefined,
  base: string = API_BASE,
): SyncAdapter {
  return {
    async push(request: PushRequest): Promise<PushResponse> {
      const response = await send(
        `${base}${SYNC_PATHS.push}`,
        { method: 'POST', body: JSON.stringify(request) },
        token,
      );
      return PushResponseSchema.parse(await response.json());
    },
    async pull(after: number): Promise<PullResponse> {
      const response = await send(`${base}${SYNC_PATHS.pull}?after=${String(after)}`, {}, token);
      return PullResponseSchema.parse(await response.json());
    },
    async putBlob(attachmentId, index, sealed) {
      await send(
        `${base}${blobPath(attachmentId, index)}`,
        {
          method: 'PUT',
          body: new Blob([sealed.slice()]),
          headers: { 'Content-Type': 'application/octet-stream' },
        },
        token,
      );
    },
    async getBlob(attachmentId, index) {
      const response = await send(
        `${base}${blobPath(attachmentId, index)}`,
        { headers: { Accept: 'application/octet-stream' } },
        token,
      );
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes.byteLength > MAX_BLOB_BYTES) throw new SyncRefusedError(413);
      return bytes;
    },
  };
}
