import { beforeEach, describe, expect, it } from 'vitest';
import { mockServer } from '../../src/mocks/node';
import {
  InvalidPushError,
  MockSyncServer,
  syncHandlers,
  type SyncFaults,
} from '../../src/mocks/sync-server';
import type { Mutation, PushRequest, WireRecord, WireTable } from '../../src/sync/protocol';

/** An absolute address, as Node tests without a page need (the handlers match any origin). */
const API = 'http://passerelle.test/api';
const TOKEN = 'jeton-fictif-appareil-1';
const PHONE = '0f0e0d0c-0b0a-4009-8877-665544332211';
const LAPTOP = '1a2b3c4d-5e6f-4a0b-9c1d-2e3f4a5b6c7d';

/** A UUID v7 (version nibble 7, variant 8–b), as the app makes them; `n` tells them apart. */
function recordId(n: number): string {
  return `0190f3a2-7c00-7abc-8def-${n.toString(16).padStart(12, '0')}`;
}

/** A record as a device pushes it; its payload only looks sealed (base64 of fictional bytes). */
function wire(n: number, rev: number, table: WireTable = 'cases'): WireRecord {
  return {
    id: recordId(n),
    table,
    rev,
    deleted: false,
    sealed: {
      iv: btoa(`iv-${String(n)}-${String(rev)}`),
      data: btoa(`contenu fictif ${String(n)}`),
    },
  };
}

function mutation(mutationId: number, baseRev: number, record: WireRecord): Mutation {
  return { mutationId, baseRev, record };
}

function pushOf(deviceId: string, ...mutations: Mutation[]): PushRequest {
  return { deviceId, mutations };
}

describe('MockSyncServer', () => {
  let server: MockSyncServer;
  beforeEach(() => {
    server = new MockSyncServer();
  });

  it('answers a repeated mutation id with its stored result and stores the record once', () => {
    const first = pushOf(PHONE, mutation(1, 0, wire(1, 1)));
    expect(server.push(first)).toEqual({
      status: 200,
      body: { results: [{ mutationId: 1, status: 'applied', rev: 1 }] },
    });
    // Meanwhile another device changes the record: the replay must not turn into a stale answer.
    server.push(pushOf(LAPTOP, mutation(1, 1, wire(1, 2))));

    expect(server.push(first)).toEqual({
      status: 200,
      body: { results: [{ mutationId: 1, status: 'applied', rev: 1 }] },
    });
    expect(server.storedRecords()).toEqual([wire(1, 2)]);
    expect(server.pull(0).changes.map((change) => change.seq)).toEqual([2]);
  });

  it('answers a replayed id together with new ones, applying only the new ones', () => {
    server.push(pushOf(PHONE, mutation(1, 0, wire(1, 1))));

    const answer = server.push(
      pushOf(PHONE, mutation(1, 0, wire(1, 1)), mutation(2, 0, wire(2, 1))),
    );

    expect(answer.body).toEqual({
      results: [
        { mutationId: 1, status: 'applied', rev: 1 },
        { mutationId: 2, status: 'applied', rev: 1 },
      ],
    });
    expect(server.pull(0).checkpoint).toBe(2);
  });

  it('refuses a gap with the id it expects and applies nothing of the request', () => {
    server.push(pushOf(PHONE, mutation(1, 0, wire(1, 1))));

    const answer = server.push(
      pushOf(
        PHONE,
        mutation(2, 0, wire(2, 1)),
        mutation(3, 0, wire(3, 1)),
        mutation(5, 0, wire(5, 1)),
      ),
    );

    expect(answer).toEqual({ status: 409, body: { error: 'gap', expected: 2 } });
    expect(server.storedRecords()).toEqual([wire(1, 1)]);
    // The device sends again from `expected`, and that is accepted.
    expect(server.push(pushOf(PHONE, mutation(2, 0, wire(2, 1)))).status).toBe(200);
  });

  it('expects mutation 1 from a device it has never heard of', () => {
    expect(server.push(pushOf(LAPTOP, mutation(2, 0, wire(1, 1))))).toEqual({
      status: 409,
      body: { error: 'gap', expected: 1 },
    });
  });

  it('answers a push on an old base with the record as the server holds it', () => {
    server.push(pushOf(PHONE, mutation(1, 0, wire(1, 1)), mutation(2, 1, wire(1, 2))));

    const answer = server.push(pushOf(LAPTOP, mutation(1, 1, wire(1, 2))));

    expect(answer.body).toEqual({
      results: [{ mutationId: 1, status: 'stale', current: wire(1, 2) }],
    });
    // The stale answer uses up the id: sent again, it gets the same answer.
    expect(server.push(pushOf(LAPTOP, mutation(1, 1, wire(1, 2)))).body).toEqual(answer.body);
    expect(server.storedRecords()).toEqual([wire(1, 2)]);
  });

  it('applies the mutations of one request in order, the second on the first one’s result', () => {
    const answer = server.push(
      pushOf(PHONE, mutation(1, 0, wire(1, 1)), mutation(2, 0, wire(1, 1))),
    );

    expect(answer.body).toEqual({
      results: [
        { mutationId: 1, status: 'applied', rev: 1 },
        { mutationId: 2, status: 'stale', current: wire(1, 1) },
      ],
    });
  });

  it('tells apart two records with the same id in two tables', () => {
    server.push(pushOf(PHONE, mutation(1, 0, wire(1, 1, 'cases'))));

    const answer = server.push(pushOf(PHONE, mutation(2, 0, wire(1, 1, 'interviews'))));

    expect(answer.body).toEqual({ results: [{ mutationId: 2, status: 'applied', rev: 1 }] });
  });

  it.each([
    ['a revision other than baseRev + 1', [mutation(1, 0, wire(1, 1)), mutation(2, 0, wire(2, 3))]],
    [
      'a base on a record the server never saw',
      [mutation(1, 0, wire(1, 1)), mutation(2, 4, wire(2, 5))],
    ],
  ])('refuses %s, applying nothing of the request', (_case, mutations) => {
    expect(() => server.push({ deviceId: PHONE, mutations })).toThrow(InvalidPushError);
    expect(server.storedRecords()).toEqual([]);
    expect(server.push(pushOf(PHONE, mutation(1, 0, wire(1, 1)))).status).toBe(200);
  });

  it('refuses a mutation id used again for another record', () => {
    server.push(pushOf(PHONE, mutation(1, 0, wire(1, 1))));

    expect(() => server.push(pushOf(PHONE, mutation(1, 0, wire(2, 1))))).toThrow(InvalidPushError);
    expect(server.storedRecords()).toEqual([wire(1, 1)]);
  });

  it('pulls in pages, oldest change first, each record once at its latest version', () => {
    server.push(
      pushOf(
        PHONE,
        mutation(1, 0, wire(1, 1)),
        mutation(2, 0, wire(2, 1)),
        mutation(3, 0, wire(3, 1)),
        mutation(4, 1, wire(1, 2)),
        mutation(5, 0, wire(4, 1)),
      ),
    );

    const first = server.pull(0, 2);
    expect(first).toEqual({
      changes: [
        { seq: 2, record: wire(2, 1) },
        { seq: 3, record: wire(3, 1) },
      ],
      checkpoint: 3,
      more: true,
      remaining: 2,
    });
    const second = server.pull(first.checkpoint, 2);
    expect(second).toEqual({
      changes: [
        { seq: 4, record: wire(1, 2) },
        { seq: 5, record: wire(4, 1) },
      ],
      checkpoint: 5,
      more: false,
      remaining: 0,
    });
    expect(server.pull(second.checkpoint, 2)).toEqual({
      changes: [],
      checkpoint: 5,
      more: false,
      remaining: 0,
    });
  });

  it('pulls 500 changes a page by default', () => {
    const mutations = Array.from({ length: 501 }, (_, index) =>
      mutation(index + 1, 0, wire(index + 1, 1)),
    );
    server.push({ deviceId: PHONE, mutations: mutations.slice(0, 500) });
    server.push({ deviceId: PHONE, mutations: mutations.slice(500) });

    const page = server.pull(0);
    expect(page.changes).toHaveLength(500);
    expect(page.more).toBe(true);
    expect(server.pull(page.checkpoint).changes.map((change) => change.seq)).toEqual([501]);
  });

  it('keeps what it stores apart from the objects it was given and gives out', () => {
    const record = wire(1, 1);
    server.push(pushOf(PHONE, mutation(1, 0, record)));
    record.sealed.data = btoa('changé après coup');
    const [stored] = server.storedRecords();
    if (stored) stored.deleted = true;

    expect(server.storedRecords()).toEqual([wire(1, 1)]);
  });
});

/**
 * Over HTTP through the app's msw server, which tests/setup/ui.ts starts for this project and
 * resets after each test. A second `setupServer` cannot run beside it: msw 2.15's servers share
 * one interceptor source, and each request then reached the handlers twice.
 */
describe('syncHandlers', () => {
  const server = new MockSyncServer();
  beforeEach(() => {
    server.reset();
    server.admit(TOKEN);
    mockServer.use(...syncHandlers(server));
  });

  /** Handlers added later come first: these replace the well-behaved ones for the test. */
  function useFaults(faults: SyncFaults) {
    mockServer.use(...syncHandlers(server, faults));
  }

  function postPush(body: string, token: string | null = TOKEN) {
    return fetch(`${API}/sync/push`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body,
    });
  }

  function getPull(after: string, token: string | null = TOKEN) {
    return fetch(`${API}/sync/pull?after=${after}`, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
  }

  /** What a device sees of one request: a status, or no answer at all. */
  async function outcomeOf(request: Promise<Response>): Promise<number | 'network error'> {
    try {
      return (await request).status;
    } catch {
      return 'network error';
    }
  }

  const firstPush = JSON.stringify(pushOf(PHONE, mutation(1, 0, wire(1, 1))));

  it('pushes and pulls over HTTP with an admitted token', async () => {
    const pushed = await postPush(firstPush);
    expect(pushed.status).toBe(200);
    expect(await pushed.json()).toEqual({
      results: [{ mutationId: 1, status: 'applied', rev: 1 }],
    });

    const pulled = await getPull('0');
    expect(await pulled.json()).toEqual({
      changes: [{ seq: 1, record: wire(1, 1) }],
      checkpoint: 1,
      more: false,
      remaining: 0,
    });
    expect(server.requestBodies).toEqual([firstPush]);
  });

  it('answers 401 without a token, with an unknown one, and once the token is revoked', async () => {
    expect((await postPush(firstPush, null)).status).toBe(401);
    expect((await postPush(firstPush, 'jeton-inconnu')).status).toBe(401);
    expect((await getPull('0', null)).status).toBe(401);
    server.revoke(TOKEN);
    expect((await getPull('0')).status).toBe(401);
    expect(server.storedRecords()).toEqual([]);
  });

  it('refuses with 400 a record carrying a field the protocol does not name, and stores nothing', async () => {
    const withLabel = {
      deviceId: PHONE,
      mutations: [{ mutationId: 1, baseRev: 0, record: { ...wire(1, 1), label: 'CANARY-DUPONT' } }],
    };

    const answer = await postPush(JSON.stringify(withLabel));

    expect(answer.status).toBe(400);
    expect(server.storedRecords()).toEqual([]);
    // The scan of what devices sent is what would catch such a leak.
    expect(server.requestBodies.some((body) => body.includes('CANARY-DUPONT'))).toBe(true);
  });

  it('refuses with 400 a body that is not JSON, and a push the protocol forbids', async () => {
    expect((await postPush('{"deviceId":')).status).toBe(400);
    const badRev = JSON.stringify(pushOf(PHONE, mutation(1, 0, wire(1, 2))));
    expect((await postPush(badRev)).status).toBe(400);
    expect(server.storedRecords()).toEqual([]);
  });

  it('answers a gap with 409 and the id expected', async () => {
    const answer = await postPush(JSON.stringify(pushOf(PHONE, mutation(3, 0, wire(1, 1)))));

    expect(answer.status).toBe(409);
    expect(await answer.json()).toEqual({ error: 'gap', expected: 1 });
  });

  it.each(['', '-1', '1.5', 'abc', '1e3'])('refuses with 400 a pull after %j', async (after) => {
    expect((await getPull(after)).status).toBe(400);
  });

  it('applies a push whose answer is lost, and applies nothing twice when it is sent again', async () => {
    useFaults({ seed: 7, loseResponseRate: 1 });

    expect(await outcomeOf(postPush(firstPush))).toBe('network error');
    expect(server.storedRecords()).toEqual([wire(1, 1)]);

    mockServer.use(...syncHandlers(server));
    const again = await postPush(firstPush);
    expect(await again.json()).toEqual({ results: [{ mutationId: 1, status: 'applied', rev: 1 }] });
    expect(server.pull(0).changes).toEqual([{ seq: 1, record: wire(1, 1) }]);
  });

  it('applies a push delivered twice once, answering the second delivery from the stored result', async () => {
    useFaults({ seed: 7, duplicateRate: 1 });

    const answer = await postPush(firstPush);

    expect(await answer.json()).toEqual({
      results: [{ mutationId: 1, status: 'applied', rev: 1 }],
    });
    expect(server.pull(0)).toEqual({
      changes: [{ seq: 1, record: wire(1, 1) }],
      checkpoint: 1,
      more: false,
      remaining: 0,
    });
  });

  it('delivers a push held back after the next request, and a resend of it changes nothing', async () => {
    useFaults({ seed: 7, reorderRate: 1 });

    // The device hears nothing; the body is still on its way.
    expect(await outcomeOf(postPush(firstPush))).toBe('network error');
    expect(server.storedRecords()).toEqual([]);
    // The device's next request is answered first; the held push arrives after it.
    const page = (await (await getPull('0')).json()) as { changes: unknown[] };
    expect(page.changes).toEqual([]);
    expect(server.storedRecords()).toEqual([wire(1, 1)]);

    mockServer.use(...syncHandlers(server));
    const again = await postPush(firstPush);
    expect(await again.json()).toEqual({ results: [{ mutationId: 1, status: 'applied', rev: 1 }] });
    expect(server.pull(0).changes).toEqual([{ seq: 1, record: wire(1, 1) }]);
  });

  it('answers 503, and 429 with Retry-After, without applying anything', async () => {
    useFaults({ seed: 7, serverErrorRate: 1 });
    expect((await postPush(firstPush)).status).toBe(503);

    useFaults({ seed: 7, tooManyRate: 1, retryAfterSeconds: 30 });
    const tooMany = await postPush(firstPush);
    expect(tooMany.status).toBe(429);
    expect(tooMany.headers.get('Retry-After')).toBe('30');

    useFaults({ seed: 7, networkErrorRate: 1 });
    expect(await outcomeOf(postPush(firstPush))).toBe('network error');
    expect(server.storedRecords()).toEqual([]);
  });

  it('draws the same faults from the same seed', async () => {
    const faults: SyncFaults = {
      seed: 2026,
      networkErrorRate: 0.2,
      serverErrorRate: 0.2,
      tooManyRate: 0.2,
    };
    async function twentyPulls() {
      useFaults(faults);
      const outcomes: (number | 'network error')[] = [];
      for (let index = 0; index < 20; index += 1) outcomes.push(await outcomeOf(getPull('0')));
      return outcomes;
    }

    const first = await twentyPulls();
    const second = await twentyPulls();

    expect(second).toEqual(first);
    expect(new Set(first)).toEqual(new Set([200, 503, 429, 'network error']));
  });

  it('waits the latency asked for before answering', async () => {
    useFaults({ seed: 1, latencyMs: 50 });
    const started = performance.now();

    await getPull('0');

    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });
});
