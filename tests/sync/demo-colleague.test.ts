import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DemoColleague,
  EDIT_EVERY_MS,
  JOIN_POLL_MS,
  demoColleagueHandlers,
  type DemoColleagueSaved,
} from '../../src/mocks/demo-colleague';
import { COLLEAGUE_NOTES } from '../../src/mocks/demo-colleague-edits';
import { MockSyncServer, seededRandom, syncHandlers } from '../../src/mocks/sync-server';
import { base64ToBytes, bytesToBase64 } from '../../src/storage/base64';
import { admit, fingerprintOf, makeTeamKey, teamKeyBytes } from '../../src/storage/crypto/team-key';
import { createWireCodec } from '../../src/storage/sync-wire';
import { syncOnce } from '../../src/sync/engine';
import { createHttpSyncAdapter } from '../../src/sync/http-adapter';
import { contentOf, holdings, newDevice, type TestDevice } from './two-devices';

/**
 * Decision 019: the demo's fictional colleague is a device of the team living beside the mock
 * server. It joins through the protocol only once the user admits it, edits cases sealed with the
 * team key on a schedule drawn from its seed, makes one conflict with the user's change, and does
 * nothing while off. The user's device is a real one (sealed database, sync store) talking to the
 * mock's handlers over HTTP (msw in Node), the colleague's push hook first, as in the demo; it
 * answers join requests by the server's own methods (their HTTP side: tests/mocks/team-admission).
 */
const API = 'http://association.test/api';
const http = setupServer();
beforeAll(() => http.listen({ onUnhandledRequest: 'error' }));
afterAll(() => http.close());
const SEED = 4242;
const NAME = 'Dominique Exemple';
const SPAN = EDIT_EVERY_MS.most - EDIT_EVERY_MS.least;

/** The delays between edits a seed gives: one draw for the delay, then three for the edit. */
function delaysFrom(seed: number, count: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const delay = EDIT_EVERY_MS.least + Math.floor(random() * SPAN);
    random();
    random();
    random();
    return delay;
  });
}

interface Association {
  server: MockSyncServer;
  token: string;
  teamKey: CryptoKey;
  user: TestDevice;
  colleague: DemoColleague;
  sync: () => Promise<unknown>;
  saved: () => DemoColleagueSaved | undefined;
  ids: string[];
}

const running: DemoColleague[] = [];

async function association(seed = SEED, saved?: DemoColleagueSaved): Promise<Association> {
  const server = new MockSyncServer();
  const token = server.startTeam();
  if (!token) throw new Error('no team');
  const teamKey = await makeTeamKey();
  const user = await newDevice(teamKey, 'Camille Exemple');
  const ids: string[] = [];
  for (const [index, housing] of (['own', 'hotel', 'hosted'] as const).entries()) {
    const created = await user.repositories.cases.create({
      label: `DEMO-COLLEGUE-00${String(index + 1)} (fictive)`,
      pathway: 'fr-trafficking',
    });
    await user.repositories.cases.update(created.id, {
      ...contentOf(created),
      person: { birthDate: '1990-01-15', housing },
      notes: 'Première rencontre à la permanence (fictif).',
      timeline: [
        {
          id: `entree-${String(index)}`,
          event: { type: 'complaint-filed', on: '2026-01-10' },
          recordedAt: '2026-01-10T09:00:00.000Z',
        },
      ],
    });
    ids.push(created.id);
  }
  let kept: DemoColleagueSaved | undefined = saved;
  const colleague = new DemoColleague({
    server,
    seed,
    saved,
    keep: (state) => {
      kept = state;
      return Promise.resolve();
    },
  });
  running.push(colleague);
  // As in the demo (src/mocks/browser.ts): the colleague's push hook before the server's handlers.
  http.use(...demoColleagueHandlers(colleague), ...syncHandlers(server));
  const adapter = createHttpSyncAdapter(() => token, API);
  const sync = () => syncOnce(user.store, adapter);
  await sync();
  return { server, token, teamKey, user, colleague, sync, saved: () => kept, ids };
}

/** The user's device admits every waiting request, as Settings does after comparing the code. */
async function admitWaiting({ server, teamKey }: Association): Promise<void> {
  for (const request of server.waitingJoins().requests)
    server.admitJoin(request.requestId, await admit(teamKey, base64ToBytes(request.publicKey)));
}

/** Moves the clock and waits for what the colleague started then (crypto is real time). */
async function after(ms: number, colleague: DemoColleague): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await colleague.settled();
}

async function joined(seed = SEED): Promise<Association> {
  const team = await association(seed);
  await team.colleague.switchOn();
  await admitWaiting(team);
  await after(JOIN_POLL_MS, team.colleague);
  expect(team.colleague.getView().phase).toBe('joined');
  return team;
}

const sequenceOf = (server: MockSyncServer) => server.pull(0).checkpoint;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  for (const colleague of running.splice(0)) colleague.stop();
  vi.useRealTimers();
  http.resetHandlers();
});

describe('the demo’s fictional colleague', () => {
  it('asks to join with a key whose code the user sees, and joins only once admitted', async () => {
    const team = await association();
    await team.colleague.switchOn();
    const view = team.colleague.getView();
    expect(view.phase).toBe('waiting');
    const { requests } = team.server.waitingJoins();
    expect(requests).toHaveLength(1);
    expect(await fingerprintOf(base64ToBytes(requests[0]?.publicKey ?? ''))).toBe(view.fingerprint);

    // Not admitted: however long it waits, it is not in the team and changes nothing.
    const before = JSON.stringify(team.server.storedRecords());
    await after(10 * EDIT_EVERY_MS.most, team.colleague);
    expect(team.colleague.getView().phase).toBe('waiting');
    expect(JSON.stringify(team.server.storedRecords())).toBe(before);
    expect(team.server.teamDevices(team.token).devices).toHaveLength(1);

    await admitWaiting(team);
    await after(JOIN_POLL_MS, team.colleague);
    expect(team.colleague.getView().phase).toBe('joined');
    expect(team.server.teamDevices(team.token).devices).toHaveLength(2);
    // What it keeps: the team key only as it was wrapped for its key, whose private half stays put.
    const saved = team.saved();
    expect(saved?.member?.admission).toBeDefined();
    expect(saved?.keys?.privateKey.extractable).toBe(false);
    const rawTeamKey = bytesToBase64(await teamKeyBytes(team.teamKey));
    expect(JSON.stringify({ ...saved, keys: undefined })).not.toContain(rawTeamKey);
  });

  it('stops when the user turns its request down', async () => {
    const team = await association();
    await team.colleague.switchOn();
    const [request] = team.server.waitingJoins().requests;
    team.server.refuseJoin(request?.requestId ?? '');
    await after(JOIN_POLL_MS, team.colleague);
    expect(team.colleague.getView().phase).toBe('refused');
    const sequence = sequenceOf(team.server);
    await after(10 * EDIT_EVERY_MS.most, team.colleague);
    expect(sequenceOf(team.server)).toBe(sequence);
  });

  it('edits a case on its schedule, sealed: the server reads none of it, the user’s device gets it at its next sync', async () => {
    const team = await joined();
    const [first] = delaysFrom(SEED, 1);
    const sequence = sequenceOf(team.server);
    const before = await holdings(team.user);

    await after((first ?? 0) - 1, team.colleague);
    expect(sequenceOf(team.server)).toBe(sequence);
    await after(1, team.colleague);
    expect(sequenceOf(team.server)).toBe(sequence + 1);
    const { lastEdit, edits } = team.colleague.getView();
    expect(edits).toBe(1);
    if (!lastEdit) throw new Error('no edit');

    // Sealed with the team key: no name, label, note or date in clear on the server.
    const stored = JSON.stringify(team.server.storedRecords());
    for (const clear of [NAME, 'Dominique', 'DEMO-COLLEGUE', 'fictive', ...COLLEAGUE_NOTES])
      expect(stored).not.toContain(clear);
    const edited = team.server.storedRecords().find((record) => record.id === lastEdit.caseId);
    if (!edited) throw new Error('no record');
    const opened = await createWireCodec(team.teamKey).open(edited);
    expect(opened.kind === 'case' && opened.changedBy).toBe(NAME);
    expect(edited.rev).toBe(2);

    await team.sync();
    const after_ = await holdings(team.user);
    expect(after_[lastEdit.caseId]).not.toEqual(before[lastEdit.caseId]);
    expect(opened.kind === 'case' && opened.content).toEqual(
      (({ pathway: _pathway, ...content }) => content)(after_[lastEdit.caseId] ?? { pathway: '' }),
    );
    // Everything else as it was, and nothing left to push or settle.
    expect({ ...after_, [lastEdit.caseId]: undefined }).toEqual({
      ...before,
      [lastEdit.caseId]: undefined,
    });
    expect(await team.user.store.conflicts()).toEqual([]);
    expect(await team.user.store.pendingCount()).toBe(0);
  });

  it('follows the schedule its seed gives, the same edits in the same order, and carries on after a reload', async () => {
    const delays = delaysFrom(SEED, 3);
    /** Two edits on their schedule, to the millisecond; which case and which kind of edit. */
    async function twoEdits(team: Association): Promise<string[]> {
      const seen: string[] = [];
      for (const delay of delays.slice(0, 2)) {
        const sequence = sequenceOf(team.server);
        await after(delay - 1, team.colleague);
        expect(sequenceOf(team.server)).toBe(sequence);
        await after(1, team.colleague);
        expect(sequenceOf(team.server)).toBe(sequence + 1);
        const last = team.colleague.getView().lastEdit;
        seen.push(`${String(team.ids.indexOf(last?.caseId ?? ''))}:${String(last?.kind)}`);
      }
      return seen;
    }
    const team = await joined();
    const first = await twoEdits(team);
    // The same seed on another association with the same cases: the same edits.
    team.colleague.stop();
    expect(await twoEdits(await joined())).toEqual(first);
    // Another seed, another schedule.
    expect(delaysFrom(SEED + 1, 3)).not.toEqual(delays);

    // A reload: a new colleague from what the first kept, on its server, goes on from there.
    const reloaded = new DemoColleague({ server: team.server, saved: team.saved() });
    running.push(reloaded);
    await reloaded.resume();
    expect(reloaded.getView().phase).toBe('joined');
    const sequence = sequenceOf(team.server);
    await after((delays[2] ?? 0) - 1, reloaded);
    expect(sequenceOf(team.server)).toBe(sequence);
    await after(1, reloaded);
    expect(sequenceOf(team.server)).toBe(sequence + 1);
  });

  it('makes one conflict: the field the user changes, changed first by the colleague, shown with her name', async () => {
    const team = await joined();
    const [id, other] = team.ids;
    if (!id || !other) throw new Error('no cases');
    const caseFile = await team.user.repositories.cases.get(id);
    if (!caseFile) throw new Error('no case');
    await team.user.repositories.cases.update(id, {
      ...contentOf(caseFile),
      person: { ...caseFile.person, birthDate: '1991-02-20' },
    });
    await team.sync();

    const conflicts = await team.user.store.conflicts();
    expect(conflicts).toHaveLength(1);
    const [conflict] = conflicts;
    expect(conflict?.caseId).toBe(id);
    expect(conflict?.theirs.changedBy).toBe(NAME);
    expect(conflict?.clashes.map(({ path, ours }) => [path, ours])).toEqual([
      [['person', 'birthDate'], '1991-02-20'],
    ]);
    const theirs = conflict?.clashes[0]?.theirs;
    expect(theirs).not.toBe('1991-02-20');
    expect(theirs).not.toBe('1990-01-15');
    expect(theirs).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The user's own value stays on the device while the conflict waits.
    expect((await team.user.repositories.cases.get(id))?.person.birthDate).toBe('1991-02-20');
    expect(team.colleague.getView()).toMatchObject({ conflictMade: true });
    expect(team.colleague.getView().lastEdit).toMatchObject({ kind: 'conflict', caseId: id });
    expect(team.saved()?.conflictMade).toBe(true);

    // Once only: the next change goes through.
    const otherCase = await team.user.repositories.cases.get(other);
    if (!otherCase) throw new Error('no case');
    await team.user.repositories.cases.update(other, {
      ...contentOf(otherCase),
      person: { ...otherCase.person, birthDate: '1992-03-30' },
    });
    await team.sync();
    expect((await team.user.store.conflicts()).map((found) => found.caseId)).toEqual([id]);
    const stored = team.server.storedRecords().find((record) => record.id === other);
    expect(stored?.rev).toBe(2);
  });

  it('does nothing while off: no request, no edit, no conflict; switched off, it stops', async () => {
    const team = await association();
    const sequence = sequenceOf(team.server);
    await after(10 * EDIT_EVERY_MS.most, team.colleague);
    expect(team.server.waitingJoins().requests).toEqual([]);
    expect(sequenceOf(team.server)).toBe(sequence);
    const [id] = team.ids;
    const caseFile = await team.user.repositories.cases.get(id ?? '');
    if (!caseFile || !id) throw new Error('no case');
    await team.user.repositories.cases.update(id, {
      ...contentOf(caseFile),
      notes: 'Note (fictive).',
    });
    await team.sync();
    expect(await team.user.store.conflicts()).toEqual([]);
    expect(team.colleague.getView().phase).toBe('off');

    // Switched off while it waits: its request is withdrawn.
    await team.colleague.switchOn();
    expect(team.server.waitingJoins().requests).toHaveLength(1);
    await team.colleague.switchOff();
    expect(team.server.waitingJoins().requests).toEqual([]);

    // Admitted, then switched off: no more edits, and the user's changes go through.
    await team.colleague.switchOn();
    await admitWaiting(team);
    await after(JOIN_POLL_MS, team.colleague);
    await team.colleague.switchOff();
    const quiet = sequenceOf(team.server);
    await after(10 * EDIT_EVERY_MS.most, team.colleague);
    expect(sequenceOf(team.server)).toBe(quiet);
    const again = await team.user.repositories.cases.get(id);
    if (!again) throw new Error('no case');
    await team.user.repositories.cases.update(id, {
      ...contentOf(again),
      person: { ...again.person, birthDate: '1993-04-04' },
    });
    await team.sync();
    expect(await team.user.store.conflicts()).toEqual([]);
    expect(team.colleague.getView().edits).toBe(0);
  });

  it('stops for good when the user removes its device from the team', async () => {
    const team = await joined();
    const { devices } = team.server.teamDevices(team.token);
    const colleagueDevice = devices.find((device) => !device.you);
    team.server.removeDevice(colleagueDevice?.memberId ?? '');
    const [first] = delaysFrom(SEED, 1);
    const sequence = sequenceOf(team.server);
    await after(first ?? 0, team.colleague);
    expect(team.colleague.getView().phase).toBe('removed');
    await after(10 * EDIT_EVERY_MS.most, team.colleague);
    expect(sequenceOf(team.server)).toBe(sequence);
  });
});
