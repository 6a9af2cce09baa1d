import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom, syncHandlers, type SyncFaults } from '../../src/mocks/sync-server';
import { syncOnce } from '../../src/sync/engine';
import { createHttpSyncAdapter } from '../../src/sync/http-adapter';
import {
  MockSyncServer,
  contentOf,
  holdings,
  newDevice,
  newTeamKey,
  type TestDevice,
} from './two-devices';

/**
 * Issue 14, acceptance 1: two devices edit the same cases, online and offline, through a server
 * that fails in every way the protocol must survive (latency, no answer, 5xx, 429, a response lost
 * after the commit, a request delivered twice, a request delivered late, after the next one). After they sync, both hold the same records, no edit is lost
 * or duplicated, and no conflict appears where none can be (each field has one writer here; the
 * same-field clash is the last test's).
 */
const SEEDS = 50;
const STEPS = 14;
const BASE = 'http://passerelle.test/api';
const TOKEN = 'jeton-de-test-fictif';

const server = new MockSyncServer();
const network = setupServer();
beforeAll(() => network.listen({ onUnhandledRequest: 'error' }));
afterAll(() => network.close());

function faultsOf(seed: number): SyncFaults {
  return {
    seed,
    networkErrorRate: 0.1,
    serverErrorRate: 0.1,
    tooManyRate: 0.05,
    retryAfterSeconds: 1,
    loseResponseRate: 0.15,
    duplicateRate: 0.1,
    reorderRate: 0.05,
    latencyMs: 1,
  };
}

interface Expected {
  /** Per case: the last value each owned field was given. */
  fields: Map<string, Record<string, string>>;
  /** Per case: every timeline entry added, by id. */
  entries: Map<string, Set<string>>;
  /** Every scan still attached (not deleted since), by id: its case and its text. */
  scans: Map<string, { caseId: string; text: string }>;
}

/** Syncs both devices, without faults, until neither has anything left to push or pull. */
async function settle(devices: TestDevice[]) {
  network.resetHandlers(...syncHandlers(server));
  const adapter = createHttpSyncAdapter(() => TOKEN, BASE);
  for (let pass = 0; pass < 4; pass += 1)
    for (const device of devices) await syncOnce(device.store, adapter);
}

describe('two devices, a faulty server, many seeds', () => {
  it(
    `converge with nothing lost, duplicated or wrongly in conflict (${String(SEEDS)} seeds)`,
    { timeout: 240_000 },
    async () => {
      const teamKey = await newTeamKey();
      for (let seed = 1; seed <= SEEDS; seed += 1) {
        server.reset();
        server.admit(TOKEN);
        network.resetHandlers(...syncHandlers(server, faultsOf(seed)));
        const adapter = createHttpSyncAdapter(() => TOKEN, BASE);
        // The same seed gives the same run, so a failing seed can be replayed.
        const next = seededRandom(seed);
        const a = await newDevice(teamKey, 'Camille Exemple');
        const b = await newDevice(teamKey, 'Dominique Exemple');
        const devices = [a, b];
        // Each device writes its own fields only: A the notes and given names, B the worker and label.
        const owned = [
          ['notes', 'identity.givenNames'],
          ['worker', 'label'],
        ] as const;
        const expected: Expected = { fields: new Map(), entries: new Map(), scans: new Map() };
        const online = [true, true];
        const first = await a.repositories.cases.create({
          label: `DEMO-S${String(seed)}-0`,
          pathway: 'fr-trafficking',
        });
        expected.fields.set(first.id, { label: first.label });

        for (let step = 0; step < STEPS; step += 1) {
          const who = next() < 0.5 ? 0 : 1;
          const device = devices[who] as TestDevice;
          const ids = (await device.repositories.cases.list()).map((caseFile) => caseFile.id);
          const roll = next();
          if (roll < 0.15) {
            const label = `DEMO-S${String(seed)}-${String(step + 1)}`;
            const created = await device.repositories.cases.create({
              label,
              pathway: 'be-trafficking',
            });
            expected.fields.set(created.id, { label });
          } else if (roll < 0.55 && ids.length > 0) {
            const id = ids[Math.floor(next() * ids.length)] as string;
            const field = owned[who][Math.floor(next() * 2)] as string;
            const value = `v${String(seed)}.${String(step)}.${String(who)}`;
            const current = await device.repositories.cases.get(id);
            if (current) {
              const content = contentOf(current);
              const change =
                field === 'identity.givenNames'
                  ? { identity: { ...content.identity, givenNames: value } }
                  : field === 'label'
                    ? { label: `DEMO-${value}` }
                    : { [field]: value };
              await device.repositories.cases.update(id, { ...content, ...change });
              expected.fields.set(id, {
                ...expected.fields.get(id),
                [field]: field === 'label' ? `DEMO-${value}` : value,
              });
            }
          } else if (roll < 0.62 && ids.length > 0) {
            const id = ids[Math.floor(next() * ids.length)] as string;
            const entry = await device.repositories.cases.putTimelineEntry(id, {
              event: { type: 'complaint-filed', on: '2026-11-10' },
              note: `Note fictive ${String(seed)}.${String(step)}`,
            });
            const added = entry.timeline.at(-1)?.id;
            if (added) expected.entries.set(id, (expected.entries.get(id) ?? new Set()).add(added));
          } else if (roll < 0.7 && ids.length > 0) {
            const caseId = ids[Math.floor(next() * ids.length)] as string;
            const text = `%PDF-1.4 scan fictif ${String(seed)}.${String(step)}`;
            const scan = await device.repositories.attachments.add(caseId, 'passport', {
              fileName: `scan-${String(step)}.pdf`,
              mediaType: 'application/pdf',
              content: new Blob([text]),
            });
            expected.scans.set(scan.id, { caseId, text });
          } else if (roll < 0.75 && ids.length > 0) {
            const caseId = ids[Math.floor(next() * ids.length)] as string;
            const [scan] = await device.repositories.attachments.listForCase(caseId);
            if (scan) {
              await device.repositories.attachments.remove(scan.id);
              expected.scans.delete(scan.id);
            }
          } else if (roll < 0.85) {
            online[who] = !online[who];
          } else if (online[who]) {
            await syncOnce(device.store, adapter).catch(() => undefined);
          }
        }
        await settle(devices);

        for (const device of devices) {
          expect(await device.store.conflicts(), `seed ${String(seed)}`).toEqual([]);
          expect(await device.store.pendingCount(), `seed ${String(seed)}`).toBe(0);
        }
        const [onA, onB] = [await holdings(a), await holdings(b)];
        expect(onB, `seed ${String(seed)}`).toEqual(onA);
        for (const [id, fields] of expected.fields) {
          const held = onA[id];
          expect(held, `seed ${String(seed)}: case kept`).toBeDefined();
          for (const [field, value] of Object.entries(fields)) {
            const actual =
              field === 'identity.givenNames'
                ? held?.identity.givenNames
                : held?.[field as 'label'];
            expect(actual, `seed ${String(seed)}: ${field}`).toBe(value);
          }
          const entries = (held?.timeline ?? []).map((entry) => entry.id);
          expect(new Set(entries).size, `seed ${String(seed)}: no entry twice`).toBe(
            entries.length,
          );
          expect(new Set(entries), `seed ${String(seed)}: every entry`).toEqual(
            expected.entries.get(id) ?? new Set(),
          );
        }
        // Each scan on both devices, and its content, fetched where it was not made, intact.
        const content = createHttpSyncAdapter(() => TOKEN, BASE);
        for (const device of devices) {
          const held = new Map<string, string>();
          for (const id of Object.keys(onA))
            for (const scan of await device.repositories.attachments.listForCase(id)) {
              await device.store.fetchAttachment(scan.id, (scanId, index) =>
                content.getBlob(scanId, index),
              );
              held.set(scan.id, await (await device.repositories.attachments.read(scan.id)).text());
            }
          expect(held, `seed ${String(seed)}: scans`).toEqual(
            new Map([...expected.scans].map(([id, { text }]) => [id, text])),
          );
        }
        // Each record once on the server, at the revision both devices hold.
        const stored = server.storedRecords();
        expect(stored.filter((record) => record.table === 'cases')).toHaveLength(
          expected.fields.size,
        );
        expect(
          stored.filter((record) => record.table === 'attachments' && !record.deleted),
        ).toHaveLength(expected.scans.size);
        expect(server.storedBlobs()).toHaveLength(expected.scans.size);
      }
    },
  );

  it('the same field changed on both devices offline is listed as a conflict with both values, and the choice reaches both', async () => {
    server.reset();
    server.admit(TOKEN);
    network.resetHandlers(...syncHandlers(server));
    const adapter = createHttpSyncAdapter(() => TOKEN, BASE);
    const teamKey = await newTeamKey();
    const a = await newDevice(teamKey, 'Camille Exemple');
    const b = await newDevice(teamKey, 'Dominique Exemple');
    const created = await a.repositories.cases.create({
      label: 'DEMO-CLASH',
      pathway: 'fr-trafficking',
    });
    await syncOnce(a.store, adapter);
    await syncOnce(b.store, adapter);
    const birth = async (device: TestDevice, on: string) => {
      const current = await device.repositories.cases.get(created.id);
      if (!current) throw new Error('no case');
      const content = contentOf(current);
      await device.repositories.cases.update(created.id, {
        ...content,
        person: { ...content.person, birthDate: on },
      });
    };
    await birth(a, '1999-03-04');
    await birth(b, '1999-04-03');
    await syncOnce(a.store, adapter);
    await syncOnce(b.store, adapter);

    expect(await a.store.conflicts()).toEqual([]);
    const [clash] = await b.store.conflicts();
    expect(clash?.clashes).toEqual([
      { path: ['person', 'birthDate'], base: undefined, ours: '1999-04-03', theirs: '1999-03-04' },
    ]);
    await b.store.settleConflict('cases', created.id, [
      { path: ['person', 'birthDate'], value: '1999-04-03' },
    ]);
    await settle([a, b]);
    expect((await a.repositories.cases.get(created.id))?.person.birthDate).toBe('1999-04-03');
    expect(await holdings(a)).toEqual(await holdings(b));
  });
});
