/**
 * The association's sync server, in memory, for the tests and the demo (docs/sync-protocol.md). It
 * holds what the real one would — ids, revisions, sealed payloads, never anything in clear — and
 * its msw handlers can misbehave on purpose (lost answers, 503, 429…) from a seed, so a failing
 * run can be replayed. Everything in it is fictional.
 */
import { delay, http, HttpResponse } from 'msw';
import { API_BASE } from '../sync/api';
import { SyncGapError, SyncRefusedError, type SyncAdapter } from '../sync/engine';
import {
  AdmitRequestSchema,
  blobPath,
  MAX_BLOB_BYTES,
  JoinRequestSchema,
  PULL_PAGE_SIZE,
  PullResponseSchema,
  PushRequestSchema,
  PushResponseSchema,
  SYNC_PATHS,
  type AdmissionWire as Admission,
  type JoinStatus,
  type TeamDevices,
  type Mutation,
  type MutationResult,
  type WaitingJoins,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  type WireRecord,
} from '../sync/protocol';

export type PushAnswer =
  { status: 200; body: PushResponse } | { status: 409; body: { error: 'gap'; expected: number } };

/**
 * A push the protocol forbids outright (a record whose revision is not `baseRev + 1`, a mutation id
 * reused for another record…): the handlers answer 400. Thrown rather than returned so that a test
 * calling `push` directly cannot mistake it for an answer.
 */
export class InvalidPushError extends Error {
  readonly status = 400;
  constructor(reason: string) {
    super(`Invalid push: ${reason}`);
    this.name = 'InvalidPushError';
  }
}

export interface MockSyncServerSnapshot {
  records: { record: WireRecord; seq: number }[];
  sequence: number;
  devices: {
    deviceId: string;
    lastMutationId: number;
    answered: { mutationId: number; key: string; result: MutationResult }[];
  }[];
  tokens: string[];
  /** Absent in what an earlier demo kept. */
  members?: Member[];
  teamStarted: boolean;
  /** Absent in what an earlier demo kept. */
  joins?: JoinEntry[];
  /** The scans' chunks, sealed, by `<attachmentId>/<index>`; absent in what an earlier demo kept. */
  blobs?: { key: string; bytes: Uint8Array }[];
}

/** A device of the team: its token, an id to name it by, and the key it joined with. */
export interface Member {
  token: string;
  memberId: string;
  admittedAt: string;
  publicKey?: string;
}

/** A device's request to join, and once admitted, what it picks up (its admission and token). */
export interface JoinEntry {
  requestId: string;
  publicKey: string;
  pickup: string;
  requestedAt: string;
  admitted?: { admission: Admission; token: string };
}

interface StoredRecord {
  record: WireRecord;
  seq: number;
}

/** What the server answered to one mutation id, and for which record (to catch a reused id). */
interface AnsweredMutation {
  key: string;
  result: MutationResult;
}

interface DeviceLog {
  lastMutationId: number;
  answered: Map<number, AnsweredMutation>;
}

function keyOf(record: WireRecord): string {
  return `${record.table}:${record.id}`;
}

/** Copies in and out, so a caller holding a record cannot change what the server stores. */
function copyOf(record: WireRecord): WireRecord {
  return { ...record, sealed: { ...record.sealed } };
}

function copyResult(result: MutationResult): MutationResult {
  return result.status === 'stale' ? { ...result, current: copyOf(result.current) } : { ...result };
}

export class MockSyncServer {
  /** Every request body the handlers received, as sent: tests scan them for anything in clear. */
  readonly requestBodies: string[] = [];
  private records = new Map<string, StoredRecord>();
  private sequence = 0;
  private devices = new Map<string, DeviceLog>();
  private tokens = new Set<string>();
  private members = new Map<string, Member>();
  private teamStarted = false;
  private joins = new Map<string, JoinEntry>();
  private blobs = new Map<string, Uint8Array>();

  /** `pageSize` lets a test see several pull pages without writing 500 records. */
  constructor(private readonly pageSize: number = PULL_PAGE_SIZE) {}

  /** The device holding `token` may now push and pull. */
  admit(token: string, publicKey?: string, now: Date = new Date()): void {
    this.tokens.add(token);
    this.members.set(token, {
      token,
      memberId: crypto.randomUUID(),
      admittedAt: now.toISOString(),
      ...(publicKey ? { publicKey } : {}),
    });
  }

  /** The device holding `token` is signed out (it gets 401 until admitted again). */
  revoke(token: string): void {
    this.tokens.delete(token);
    this.members.delete(token);
  }

  /** The team's devices, oldest first; `you` marks the one holding `token`. */
  teamDevices(token: string): TeamDevices {
    return {
      devices: [...this.members.values()]
        .filter((member) => this.tokens.has(member.token))
        .sort((a, b) => a.admittedAt.localeCompare(b.admittedAt))
        .map(({ memberId, admittedAt, publicKey, token: held }) => ({
          memberId,
          admittedAt,
          ...(publicKey ? { publicKey } : {}),
          you: held === token,
        })),
    };
  }

  /** Removes a device from the team: its token ends. False when no such device. */
  removeDevice(memberId: string): boolean {
    const member = [...this.members.values()].find((m) => m.memberId === memberId);
    if (!member) return false;
    this.revoke(member.token);
    return true;
  }

  isAdmitted(token: string): boolean {
    return this.tokens.has(token);
  }

  /**
   * The association's first device starts its team and gets a token; once a team exists, another
   * "first device" is refused (undefined): it must be admitted by a colleague's device.
   */
  startTeam(): string | undefined {
    if (this.teamStarted) return undefined;
    this.teamStarted = true;
    const token = `demo-${crypto.randomUUID()}`;
    this.admit(token);
    return token;
  }

  /** A device asks to join: its request waits for a colleague's device to admit it. */
  requestJoin(publicKey: string, now: Date = new Date()): { requestId: string; pickup: string } {
    const entry: JoinEntry = {
      requestId: crypto.randomUUID(),
      publicKey,
      pickup: `pickup-${crypto.randomUUID()}`,
      requestedAt: now.toISOString(),
    };
    this.joins.set(entry.requestId, entry);
    return { requestId: entry.requestId, pickup: entry.pickup };
  }

  /**
   * What the asking device (and only it: the pickup secret) learns of its request; undefined when
   * unknown or turned down. Picked up once admitted, the request is gone.
   */
  joinStatus(requestId: string, pickup: string): JoinStatus | undefined {
    const entry = this.joins.get(requestId);
    if (entry?.pickup !== pickup) return undefined;
    if (!entry.admitted) return { status: 'waiting' };
    this.joins.delete(requestId);
    return { status: 'admitted', ...entry.admitted };
  }

  /** The requests no device of the team has answered yet, oldest first. */
  waitingJoins(): WaitingJoins {
    return {
      requests: [...this.joins.values()]
        .filter((entry) => !entry.admitted)
        .sort((a, b) => a.requestedAt.localeCompare(b.requestedAt))
        .map(({ requestId, publicKey, requestedAt }) => ({ requestId, publicKey, requestedAt })),
    };
  }

  /** A device of the team admits a request: the asking device gets a token of its own. */
  admitJoin(requestId: string, admission: Admission): boolean {
    const entry = this.joins.get(requestId);
    if (!entry || entry.admitted) return false;
    const token = `demo-${crypto.randomUUID()}`;
    this.admit(token, entry.publicKey);
    entry.admitted = { admission, token };
    return true;
  }

  refuseJoin(requestId: string): boolean {
    return this.joins.delete(requestId);
  }

  /** Everything the server holds, as plain data (the demo keeps it across reloads). */
  snapshot(): MockSyncServerSnapshot {
    return {
      records: [...this.records.values()].map(({ record, seq }) => ({
        record: copyOf(record),
        seq,
      })),
      sequence: this.sequence,
      devices: [...this.devices].map(([deviceId, log]) => ({
        deviceId,
        lastMutationId: log.lastMutationId,
        answered: [...log.answered].map(([mutationId, { key, result }]) => ({
          mutationId,
          key,
          result: copyResult(result),
        })),
      })),
      tokens: [...this.tokens],
      members: [...this.members.values()].map((member) => ({ ...member })),
      teamStarted: this.teamStarted,
      joins: [...this.joins.values()].map((entry) => structuredClone(entry)),
      blobs: [...this.blobs].map(([key, bytes]) => ({ key, bytes: bytes.slice() })),
    };
  }

  /** A server holding what `snapshot` gave. */
  static restore(snapshot: MockSyncServerSnapshot): MockSyncServer {
    const server = new MockSyncServer();
    for (const { record, seq } of snapshot.records)
      server.records.set(keyOf(record), { record: copyOf(record), seq });
    server.sequence = snapshot.sequence;
    for (const { deviceId, lastMutationId, answered } of snapshot.devices)
      server.devices.set(deviceId, {
        lastMutationId,
        answered: new Map(
          answered.map(({ mutationId, key, result }) => [mutationId, { key, result }]),
        ),
      });
    server.tokens = new Set(snapshot.tokens);
    for (const member of snapshot.members ?? []) server.members.set(member.token, { ...member });
    server.teamStarted = snapshot.teamStarted;
    for (const entry of snapshot.joins ?? [])
      server.joins.set(entry.requestId, structuredClone(entry));
    for (const { key, bytes } of snapshot.blobs ?? []) server.blobs.set(key, bytes.slice());
    return server;
  }

  /** Back to an empty association: no record, no device, no token, no request seen. */
  reset(): void {
    this.teamStarted = false;
    this.records.clear();
    this.sequence = 0;
    this.devices.clear();
    this.tokens.clear();
    this.members.clear();
    this.joins.clear();
    this.blobs.clear();
    this.requestBodies.length = 0;
  }

  /** Stores one chunk of a scan, sealed, as sent (sent twice, stored once). */
  putBlob(attachmentId: string, index: number, bytes: Uint8Array): void {
    this.blobs.set(`${attachmentId}/${String(index)}`, bytes.slice());
  }

  /** One chunk of a scan as it was sent, or undefined. */
  getBlob(attachmentId: string, index: number): Uint8Array | undefined {
    return this.blobs.get(`${attachmentId}/${String(index)}`)?.slice();
  }

  /** Every chunk the server holds (tests scan them for anything in clear). */
  storedBlobs(): Uint8Array[] {
    return [...this.blobs.values()].map((bytes) => bytes.slice());
  }

  /** Every record at its latest version, in the order of the change log. */
  storedRecords(): WireRecord[] {
    return [...this.records.values()].sort((a, b) => a.seq - b.seq).map((s) => copyOf(s.record));
  }

  /**
   * Applies a device's mutations in order, all or nothing: the whole request is worked out on a
   * draft first, so a gap or an invalid mutation anywhere leaves the server as it was. An id
   * already answered gets its stored answer again, which is what makes a lost response harmless.
   */
  push(request: PushRequest): PushAnswer {
    const log = this.devices.get(request.deviceId);
    const draft = new PushDraft(this.records, this.sequence, log);
    for (const mutation of request.mutations) {
      if (mutation.mutationId > draft.lastMutationId + 1) {
        // Nothing of this request is kept, so the device must start again where the server is.
        const expected = (log?.lastMutationId ?? 0) + 1;
        return { status: 409, body: { error: 'gap', expected } };
      }
      draft.answer(mutation);
    }
    this.sequence = draft.commit(this.records, this.devices, request.deviceId);
    // A scan deleted: its content goes from the server too.
    for (const result of draft.results) {
      const record = request.mutations.find((m) => m.mutationId === result.mutationId)?.record;
      if (result.status !== 'applied' || !record?.deleted || record.table !== 'attachments')
        continue;
      for (const key of [...this.blobs.keys()])
        if (key.startsWith(`${record.id}/`)) this.blobs.delete(key);
    }
    return { status: 200, body: { results: draft.results.map(copyResult) } };
  }

  /**
   * Each record changed after `after`, once, at its latest version, oldest change first, a page
   * at a time. `checkpoint` is the last change's sequence (or `after` for an empty page).
   */
  pull(after: number, limit: number = this.pageSize): PullResponse {
    const changed = [...this.records.values()]
      .filter((stored) => stored.seq > after)
      .sort((a, b) => a.seq - b.seq);
    const page = changed.slice(0, Math.max(1, limit));
    return {
      changes: page.map((stored) => ({ seq: stored.seq, record: copyOf(stored.record) })),
      checkpoint: page.at(-1)?.seq ?? after,
      more: changed.length > page.length,
      remaining: changed.length - page.length,
    };
  }
}

/** One push worked out apart from the server's state, which it changes only on `commit`. */
class PushDraft {
  readonly results: MutationResult[] = [];
  lastMutationId: number;
  private written = new Map<string, StoredRecord>();
  private answered = new Map<number, AnsweredMutation>();

  constructor(
    private readonly records: ReadonlyMap<string, StoredRecord>,
    private sequence: number,
    private readonly log: DeviceLog | undefined,
  ) {
    this.lastMutationId = log?.lastMutationId ?? 0;
  }

  answer(mutation: Mutation): void {
    const { mutationId, baseRev, record } = mutation;
    const key = keyOf(record);
    const earlier = this.answered.get(mutationId) ?? this.log?.answered.get(mutationId);
    if (earlier) {
      // Ids are assigned once: the same id for another record is a device that lost its numbering.
      if (earlier.key !== key) {
        throw new InvalidPushError(`mutation ${String(mutationId)} was used for another record`);
      }
      this.results.push(earlier.result);
      return;
    }
    if (record.rev !== baseRev + 1) {
      throw new InvalidPushError(`mutation ${String(mutationId)} has rev ≠ baseRev + 1`);
    }
    const current = this.written.get(key) ?? this.records.get(key);
    let result: MutationResult;
    if (baseRev === (current?.record.rev ?? 0)) {
      this.sequence += 1;
      this.written.set(key, { record: copyOf(record), seq: this.sequence });
      result = { mutationId, status: 'applied', rev: record.rev };
    } else if (current) {
      result = { mutationId, status: 'stale', current: copyOf(current.record) };
    } else {
      // A base the server never gave (it has no such record): there is no `current` to answer with.
      throw new InvalidPushError(`mutation ${String(mutationId)} is based on an unknown record`);
    }
    this.answered.set(mutationId, { key, result });
    this.lastMutationId = mutationId;
    this.results.push(result);
  }

  /** Writes the draft into the server's maps; returns the new sequence counter. */
  commit(
    records: Map<string, StoredRecord>,
    devices: Map<string, DeviceLog>,
    deviceId: string,
  ): number {
    for (const [key, stored] of this.written) records.set(key, stored);
    const log = this.log ?? { lastMutationId: 0, answered: new Map<number, AnsweredMutation>() };
    for (const [id, answered] of this.answered) log.answered.set(id, answered);
    log.lastMutationId = this.lastMutationId;
    devices.set(deviceId, log);
    return this.sequence;
  }
}

/**
 * Misbehaviour of the handlers, drawn per request from `seed`. Each rate is a share of requests,
 * taken in this order (their sum should not pass 1): no answer at all, 503, 429 with Retry-After,
 * a push applied whose answer is then lost, a push delivered twice, a push delivered late (after
 * the device's next request, which it cannot tell from no answer: a retry, or another batch, then
 * reaches the server first). Pulls treat a lost answer as no answer and are never duplicated or
 * delayed (they change nothing).
 */
export interface SyncFaults {
  seed: number;
  serverErrorRate?: number;
  tooManyRate?: number;
  retryAfterSeconds?: number;
  networkErrorRate?: number;
  loseResponseRate?: number;
  duplicateRate?: number;
  reorderRate?: number;
  latencyMs?: number;
}

type Fault =
  'network-error' | 'server-error' | 'too-many' | 'lose-response' | 'duplicate' | 'reorder';

/** mulberry32: a tiny seeded generator, so a run's faults come again from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** One draw per request, whatever its outcome, so the sequence depends only on the seed. */
function faultDrawer(faults: SyncFaults | undefined): () => Fault | undefined {
  if (!faults) return () => undefined;
  const random = seededRandom(faults.seed);
  const bands: [Fault, number][] = [
    ['network-error', faults.networkErrorRate ?? 0],
    ['server-error', faults.serverErrorRate ?? 0],
    ['too-many', faults.tooManyRate ?? 0],
    ['lose-response', faults.loseResponseRate ?? 0],
    ['duplicate', faults.duplicateRate ?? 0],
    ['reorder', faults.reorderRate ?? 0],
  ];
  return () => {
    const draw = random();
    let upTo = 0;
    for (const [fault, rate] of bands) {
      upTo += rate;
      if (draw < upTo) return fault;
    }
    return undefined;
  };
}

/** The answer to a fault that stops a request before the server looks at it, if it is one. */
function refusalFor(fault: Fault | undefined, faults: SyncFaults | undefined) {
  switch (fault) {
    case 'network-error':
      return HttpResponse.error();
    case 'server-error':
      return new HttpResponse(null, { status: 503 });
    case 'too-many':
      return new HttpResponse(null, {
        status: 429,
        headers: { 'Retry-After': String(faults?.retryAfterSeconds ?? 1) },
      });
    default:
      return undefined;
  }
}

function tokenOf(request: Request): string | undefined {
  return /^Bearer (\S+)$/.exec(request.headers.get('Authorization') ?? '')?.[1];
}

function isAuthorized(server: MockSyncServer, request: Request): boolean {
  const token = tokenOf(request);
  return token !== undefined && server.isAdmitted(token);
}

/** Bytes as text, one character per byte: what a scan of the bodies for clear text reads. */
function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8_192)
    text += String.fromCharCode(...bytes.subarray(start, start + 8_192));
  return text;
}

/** A chunk's address from the path, checked like the client checks it. */
function blobAddress(params: Record<string, string | readonly string[] | undefined>) {
  const attachmentId = String(params.attachmentId);
  const index = Number(params.index);
  try {
    blobPath(attachmentId, index);
  } catch {
    return undefined;
  }
  return { attachmentId, index };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function answerPush(server: MockSyncServer, request: PushRequest) {
  try {
    const answer = server.push(request);
    return HttpResponse.json(answer.body, { status: answer.status });
  } catch (error) {
    if (error instanceof InvalidPushError) {
      return HttpResponse.json({ error: 'invalid' }, { status: 400 });
    }
    throw error;
  }
}

/**
 * The msw handlers of `POST /api/sync/push` and `GET /api/sync/pull?after=N` over `server`. The
 * paths match on any origin: the demo calls `/api` on its own origin, while Node tests need an
 * absolute address (Node's fetch has no page to resolve `/api` against).
 */
export function syncHandlers(
  server: MockSyncServer,
  faults?: SyncFaults,
  /** Called, and waited for, after each change of what the server holds (the demo keeps it). */
  keep?: () => Promise<void>,
) {
  const drawFault = faultDrawer(faults);
  /** Pushes held back by a `reorder` fault, delivered after the next request is answered. */
  const late: PushRequest[] = [];
  const deliverLate = () => {
    for (const request of late.splice(0)) {
      try {
        server.push(request);
      } catch (error) {
        if (!(error instanceof InvalidPushError)) throw error;
      }
    }
  };
  const latency = async () => {
    if (faults?.latencyMs) await delay(faults.latencyMs);
  };

  return [
    http.post(`*${API_BASE}${SYNC_PATHS.team}`, async () => {
      await latency();
      const token = server.startTeam();
      if (token) await keep?.();
      return token
        ? HttpResponse.json({ token }, { status: 201 })
        : HttpResponse.json({ error: 'team-exists' }, { status: 409 });
    }),

    http.post(`*${API_BASE}${SYNC_PATHS.join}`, async ({ request }) => {
      const text = await request.text();
      server.requestBodies.push(text);
      await latency();
      const parsed = JoinRequestSchema.safeParse(parseJson(text));
      if (!parsed.success) return HttpResponse.json({ error: 'invalid' }, { status: 400 });
      const created = server.requestJoin(parsed.data.publicKey);
      await keep?.();
      return HttpResponse.json(created, { status: 201 });
    }),

    http.get(`*${API_BASE}${SYNC_PATHS.join}`, async ({ request }) => {
      await latency();
      if (!isAuthorized(server, request)) return new HttpResponse(null, { status: 401 });
      return HttpResponse.json(server.waitingJoins());
    }),

    http.get(`*${API_BASE}${SYNC_PATHS.join}/:requestId`, async ({ request, params }) => {
      await latency();
      const status = server.joinStatus(
        String(params.requestId),
        request.headers.get('X-Pickup') ?? '',
      );
      if (status?.status === 'admitted') await keep?.();
      return status ? HttpResponse.json(status) : new HttpResponse(null, { status: 404 });
    }),

    http.post(`*${API_BASE}${SYNC_PATHS.join}/:requestId/admit`, async ({ request, params }) => {
      const text = await request.text();
      server.requestBodies.push(text);
      await latency();
      if (!isAuthorized(server, request)) return new HttpResponse(null, { status: 401 });
      const parsed = AdmitRequestSchema.safeParse(parseJson(text));
      if (!parsed.success) return HttpResponse.json({ error: 'invalid' }, { status: 400 });
      const admitted = server.admitJoin(String(params.requestId), parsed.data.admission);
      if (admitted) await keep?.();
      return new HttpResponse(null, { status: admitted ? 204 : 404 });
    }),

    http.delete(`*${API_BASE}${SYNC_PATHS.join}/:requestId`, async ({ request, params }) => {
      await latency();
      if (!isAuthorized(server, request)) return new HttpResponse(null, { status: 401 });
      const refused = server.refuseJoin(String(params.requestId));
      if (refused) await keep?.();
      return new HttpResponse(null, { status: refused ? 204 : 404 });
    }),

    http.get(`*${API_BASE}${SYNC_PATHS.devices}`, async ({ request }) => {
      await latency();
      const token = tokenOf(request);
      if (!token || !server.isAdmitted(token)) return new HttpResponse(null, { status: 401 });
      return HttpResponse.json(server.teamDevices(token));
    }),

    http.delete(`*${API_BASE}${SYNC_PATHS.devices}/:memberId`, async ({ request, params }) => {
      await latency();
      if (!isAuthorized(server, request)) return new HttpResponse(null, { status: 401 });
      const removed = server.removeDevice(String(params.memberId));
      if (removed) await keep?.();
      return new HttpResponse(null, { status: removed ? 204 : 404 });
    }),

    http.post(`*${API_BASE}${SYNC_PATHS.push}`, async ({ request }) => {
      const text = await request.text();
      server.requestBodies.push(text);
      await latency();
      const fault = drawFault();
      const refusal = refusalFor(fault, faults);
      if (refusal) return refusal;
      if (!isAuthorized(server, request)) return new HttpResponse(null, { status: 401 });
      const parsed = PushRequestSchema.safeParse(parseJson(text));
      if (!parsed.success) return HttpResponse.json({ error: 'invalid' }, { status: 400 });

      if (fault === 'reorder') {
        // Held back in the network: the device hears nothing, and the body arrives later.
        late.push(parsed.data);
        return HttpResponse.error();
      }
      const response = answerPush(server, parsed.data);
      deliverLate();
      await keep?.();
      if (fault === 'lose-response') return HttpResponse.error();
      // The same body delivered again: its mutation ids are answered from the stored results.
      if (fault === 'duplicate') return answerPush(server, parsed.data);
      return response;
    }),

    http.put(
      `*${API_BASE}${SYNC_PATHS.blobs}/:attachmentId/:index`,
      async ({ request, params }) => {
        const bytes = new Uint8Array(await request.arrayBuffer());
        // Kept as text too, byte for byte, for the tests' scan of everything sent.
        server.requestBodies.push(latin1(bytes));
        await latency();
        const fault = drawFault();
        const refusal = refusalFor(fault, faults);
        if (refusal) return refusal;
        if (!isAuthorized(server, request)) return new HttpResponse(null, { status: 401 });
        const address = blobAddress(params);
        if (!address || bytes.byteLength <= 28)
          return HttpResponse.json({ error: 'invalid' }, { status: 400 });
        if (bytes.byteLength > MAX_BLOB_BYTES) return new HttpResponse(null, { status: 413 });
        server.putBlob(address.attachmentId, address.index, bytes);
        await keep?.();
        return fault === 'lose-response'
          ? HttpResponse.error()
          : new HttpResponse(null, { status: 204 });
      },
    ),

    http.get(
      `*${API_BASE}${SYNC_PATHS.blobs}/:attachmentId/:index`,
      async ({ request, params }) => {
        await latency();
        const fault = drawFault();
        const refusal = refusalFor(fault, faults);
        if (refusal) return refusal;
        if (!isAuthorized(server, request)) return new HttpResponse(null, { status: 401 });
        const address = blobAddress(params);
        const bytes = address && server.getBlob(address.attachmentId, address.index);
        if (!bytes) return new HttpResponse(null, { status: 404 });
        return new HttpResponse(bytes.slice().buffer, {
          headers: { 'Content-Type': 'application/octet-stream' },
        });
      },
    ),

    http.get(`*${API_BASE}${SYNC_PATHS.pull}`, async ({ request }) => {
      await latency();
      const fault = drawFault();
      const refusal = refusalFor(fault, faults);
      if (refusal) return refusal;
      if (!isAuthorized(server, request)) return new HttpResponse(null, { status: 401 });
      const after = new URL(request.url).searchParams.get('after') ?? '';
      if (!/^\d+$/.test(after) || !Number.isSafeInteger(Number(after))) {
        return HttpResponse.json({ error: 'invalid' }, { status: 400 });
      }
      const page = server.pull(Number(after));
      deliverLate();
      await keep?.();
      return fault === 'lose-response' ? HttpResponse.error() : HttpResponse.json(page);
    }),
  ];
}

/**
 * The server reached without HTTP (unit tests, the bench page): each request and answer goes
 * through JSON and the protocol's schemas, as on the wire.
 */
export function directSyncAdapter(server: MockSyncServer): SyncAdapter {
  return {
    push(request) {
      const answer = server.push(PushRequestSchema.parse(JSON.parse(JSON.stringify(request))));
      if (answer.status === 409) throw new SyncGapError(answer.body.expected);
      return Promise.resolve(PushResponseSchema.parse(JSON.parse(JSON.stringify(answer.body))));
    },
    pull(after) {
      return Promise.resolve(
        PullResponseSchema.parse(JSON.parse(JSON.stringify(server.pull(after)))),
      );
    },
    putBlob(attachmentId, index, sealed) {
      blobPath(attachmentId, index);
      server.putBlob(attachmentId, index, sealed);
      return Promise.resolve();
    },
    getBlob(attachmentId, index) {
      const bytes = server.getBlob(attachmentId, index);
      return bytes ? Promise.resolve(bytes) : Promise.reject(new SyncRefusedError(404));
    },
  };
}
