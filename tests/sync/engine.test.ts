import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  LOCK_RETRY_MS,
  LONGEST_RETRY_MS,
  SyncRefusedError,
  syncOnce,
  SyncSignedOutError,
  SyncUnavailableError,
  createSyncEngine,
  retryDelay,
  type SyncAdapter,
  type SyncStatus,
} from '../../src/sync/engine';
import { retryAfterMs } from '../../src/sync/http-adapter';
import { MockSyncServer, directAdapter, newDevice, newTeamKey } from './two-devices';

/**
 * When the engine tries again, and when it does not (docs/sync-protocol.md, "Retries"): a clock and
 * timers of the test's own, the network a script.
 */
let teamKey: CryptoKey;
beforeAll(async () => {
  teamKey = await newTeamKey();
});

function scriptedClock() {
  let time = 0;
  const timers: { at: number; run: () => void }[] = [];
  return {
    now: () => time,
    setTimer: (run: () => void, ms: number) => {
      const timer = { at: time + ms, run };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer: unknown) => {
      const index = timers.indexOf(timer as (typeof timers)[number]);
      if (index >= 0) timers.splice(index, 1);
    },
    /** The delay of the one timer set, if any. */
    pending: () => timers.map((timer) => timer.at - time),
    async advance(ms: number) {
      time += ms;
      for (const timer of timers.filter((t) => t.at <= time)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.run();
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    },
  };
}

/** The server, failing with the errors given first, then answering. */
function failingFirst(server: MockSyncServer, errors: Error[]): SyncAdapter {
  const direct = directAdapter(server);
  const take = () => {
    const error = errors.shift();
    if (error) throw error;
  };
  return {
    ...direct,
    push: (request) => (take(), direct.push(request)),
    pull: (after) => (take(), direct.pull(after)),
  };
}

async function withOneCase() {
  const device = await newDevice(teamKey, 'Camille Exemple');
  await device.repositories.cases.create({ label: 'DEMO-ENGINE', pathway: 'fr-trafficking' });
  return device;
}

describe('the sync engine', () => {
  it('backs off with full jitter, doubling to five minutes, never before Retry-After', () => {
    expect(retryDelay(1, () => 1)).toBe(1_000);
    expect(retryDelay(3, () => 1)).toBe(4_000);
    expect(retryDelay(30, () => 1)).toBe(LONGEST_RETRY_MS);
    expect(retryDelay(3, () => 0)).toBe(0);
    expect(retryDelay(1, () => 0.5, 120_000)).toBe(120_000);
    expect(retryAfterMs('120')).toBe(120_000);
    expect(retryAfterMs('Tue, 01 Dec 2026 10:00:30 GMT', Date.parse('2026-12-01T10:00:00Z'))).toBe(
      30_000,
    );
    expect(retryAfterMs('soon')).toBeUndefined();
  });

  it('a 429 waits as long as the server asked, then sends what waits', async () => {
    const server = new MockSyncServer();
    const device = await withOneCase();
    const clock = scriptedClock();
    const statuses: SyncStatus[] = [];
    const engine = createSyncEngine({
      store: device.store,
      adapter: failingFirst(server, [new SyncUnavailableError(429, 30_000)]),
      random: () => 0.1,
      ...clock,
      onStatus: (status) => statuses.push(status),
    });

    await engine.syncNow();
    expect(engine.status()).toEqual({ kind: 'waiting', retryAt: 30_000, attempt: 1 });
    expect(clock.pending()).toEqual([30_000]);
    expect(server.storedRecords()).toEqual([]);

    await clock.advance(30_000);
    // The round runs on real promises (IndexedDB): waited for, not timed.
    await vi.waitFor(() => expect(engine.status().kind).toBe('idle'), { timeout: 5_000 });
    expect(server.storedRecords()).toHaveLength(1);
    expect(await device.store.pendingCount()).toBe(0);
  });

  it('the network back: a waiting retry runs at once', async () => {
    const server = new MockSyncServer();
    const device = await withOneCase();
    const clock = scriptedClock();
    const engine = createSyncEngine({
      store: device.store,
      adapter: failingFirst(server, [new SyncUnavailableError(undefined)]),
      random: () => 1,
      ...clock,
    });
    await engine.syncNow();
    expect(engine.status().kind).toBe('waiting');

    engine.online();
    await clock.advance(0);
    // The round runs on real promises (IndexedDB): waited for, not timed.
    await vi.waitFor(() => expect(engine.status().kind).toBe('idle'), { timeout: 5_000 });
    expect(clock.pending()).toEqual([]);
    expect(server.storedRecords()).toHaveLength(1);
  });

  it('offline: nothing is tried, and the state says so', async () => {
    const device = await withOneCase();
    const engine = createSyncEngine({
      store: device.store,
      adapter: failingFirst(new MockSyncServer(), []),
      isOnline: () => false,
    });
    await engine.syncNow();
    expect(engine.status()).toEqual({ kind: 'offline' });
    expect(await device.store.pendingCount()).toBe(1);
  });

  it('a 401 pauses sync until the device is admitted again; a refusal is shown, never retried', async () => {
    for (const [error, kind] of [
      [new SyncSignedOutError(), 'signed-out'],
      [new SyncRefusedError(413), 'refused'],
    ] as const) {
      const device = await withOneCase();
      const clock = scriptedClock();
      const engine = createSyncEngine({
        store: device.store,
        adapter: failingFirst(new MockSyncServer(), [error]),
        ...clock,
      });
      await engine.syncNow();
      expect(engine.status().kind).toBe(kind);
      expect(clock.pending()).toEqual([]);
      // Signed out, the change still waits; refused, it is kept aside (shown, not counted as
      // waiting), intact, until a person sends it again.
      const aside = await device.store.setAside();
      expect([await device.store.pendingCount(), aside.length]).toEqual(
        kind === 'refused' ? [0, 1] : [1, 0],
      );
    }
  });

  it('changes kept aside after a refusal are sent again when a person asks, and only then; the case says where it stands', async () => {
    const device = await withOneCase();
    const server = new MockSyncServer();
    const [caseFile] = await device.repositories.cases.list();
    const id = caseFile?.id ?? '';
    expect(await device.store.caseSharing(id)).toBe('pending');
    await expect(
      syncOnce(device.store, failingFirst(server, [new SyncRefusedError(413)])),
    ).rejects.toBeInstanceOf(SyncRefusedError);
    expect(await device.store.caseSharing(id)).toBe('set-aside');
    const [aside] = await device.store.setAside();
    const [held] = await device.repositories.cases.list();
    expect(aside).toEqual({ table: 'cases', entityId: held?.id, caseId: held?.id });

    await syncOnce(device.store, directAdapter(server));
    expect(server.storedRecords()).toEqual([]);

    await device.store.retrySetAside();
    expect(await device.store.pendingCount()).toBe(1);
    await syncOnce(device.store, directAdapter(server));
    expect(server.storedRecords()).toHaveLength(1);
    expect(await device.store.setAside()).toEqual([]);
    expect(await device.store.pendingCount()).toBe(0);
    expect(await device.store.caseSharing(id)).toBe('shared');
    // A scan attached: the case waits again until the scan is on the server.
    await device.repositories.attachments.add(id, 'passport', {
      fileName: 'passeport-fictif.pdf',
      mediaType: 'application/pdf',
      content: new Blob(['%PDF-1.4 fictif']),
    });
    expect(await device.store.caseSharing(id)).toBe('pending');
    await syncOnce(device.store, directAdapter(server));
    expect(await device.store.caseSharing(id)).toBe('shared');
  });

  it('one tab at a time: without the lock, nothing is sent, and the tab tries again', async () => {
    const server = new MockSyncServer();
    const device = await withOneCase();
    const clock = scriptedClock();
    const engine = createSyncEngine({
      store: device.store,
      adapter: directAdapter(server),
      // Another tab holds it.
      withLock: () => Promise.resolve(false),
      ...clock,
    });
    await engine.syncNow();
    expect(server.storedRecords()).toEqual([]);
    // Not "shared": this tab tries again soon, in case its change came after the other's batch.
    expect(engine.status().kind).toBe('waiting');
    expect(clock.pending()).toEqual([LOCK_RETRY_MS]);
  });

  it('stopped (the vault locked): no round runs, and a waiting retry is dropped', async () => {
    const server = new MockSyncServer();
    const device = await withOneCase();
    const clock = scriptedClock();
    const engine = createSyncEngine({
      store: device.store,
      adapter: failingFirst(server, [new SyncUnavailableError(503)]),
      ...clock,
    });
    await engine.syncNow();
    engine.stop();
    expect(clock.pending()).toEqual([]);
    await engine.syncNow();
    expect(server.storedRecords()).toEqual([]);
  });
});
