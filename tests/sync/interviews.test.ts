import { beforeAll, describe, expect, it } from 'vitest';
import {
  SCREENING_SCRIPT_V1,
  decide,
  proposeChanges,
  type InterviewAnswer,
} from '../../src/domain';
import { createWireCodec } from '../../src/storage/sync-wire';
import { syncOnce } from '../../src/sync/engine';
import {
  MockSyncServer,
  directAdapter,
  newDevice,
  newTeamKey,
  type TestDevice,
} from './two-devices';

/**
 * Issue 15: interviews travel sealed, their answers merged by question id (two workers resuming one
 * interview lose nothing), and only the answers the person agreed to share: a confidential one, or
 * any without the consent to share, stays on the device that recorded it.
 */
let teamKey: CryptoKey;
beforeAll(async () => {
  teamKey = await newTeamKey();
});

let clock = Date.parse('2026-12-01T09:00:00Z');
function answer(
  questionId: string,
  value: InterviewAnswer extends infer A ? (A extends { value: infer V } ? V : never) : never,
  limit?: 'confidential' | 'not-for-file',
): InterviewAnswer {
  clock += 1_000;
  return {
    status: 'answered',
    questionId,
    value,
    scriptVersion: 1,
    shownLanguage: 'ar',
    answeredAt: new Date(clock).toISOString(),
    ...(limit ? { limit } : {}),
  };
}

const consent = (share: boolean) => [
  answer('consent.agrees', true),
  answer('consent.use-for-file', true),
  answer('consent.share-with-team', share),
];

async function caseWithInterview(device: TestDevice, share = true) {
  const created = await device.repositories.cases.create({
    label: 'DEMO-ENTRETIEN',
    pathway: 'fr-trafficking',
  });
  const interview = await device.repositories.interviews.start(created.id, {
    scriptId: 'screening',
    heldOn: '2026-12-01',
    language: 'ar',
  });
  await device.repositories.interviews.saveAnswers(interview.id, consent(share));
  return { caseId: created.id, interviewId: interview.id };
}

const valuesOf = async (device: TestDevice, id: string) =>
  Object.fromEntries(
    ((await device.repositories.interviews.get(id))?.answers ?? []).map((a) => [
      a.questionId,
      a.status === 'answered' ? a.value : 'declined',
    ]),
  );

/** Every interview record the server holds, opened with the team key. */
async function onServer(server: MockSyncServer) {
  const { open } = createWireCodec(teamKey);
  return Promise.all(
    server
      .storedRecords()
      .filter((record) => record.table === 'interviews')
      .map((record) => open(record)),
  );
}

describe('sync: interviews', () => {
  it('two workers resume one interview offline: every answer of both is kept, with no conflict', async () => {
    const server = new MockSyncServer();
    const a = await newDevice(teamKey, 'Camille Exemple');
    const b = await newDevice(teamKey, 'Dominique Exemple');
    const { interviewId } = await caseWithInterview(a);
    await a.repositories.interviews.saveAnswers(interviewId, [
      answer('identity.name', 'Prénom fictif'),
    ]);
    await syncOnce(a.store, directAdapter(server));
    await syncOnce(b.store, directAdapter(server));
    expect(await valuesOf(b, interviewId)).toMatchObject({ 'identity.name': 'Prénom fictif' });

    // Both go on offline, each with other questions, and one the same question later.
    await a.repositories.interviews.saveAnswers(interviewId, [answer('safety.safe-now', true)]);
    await b.repositories.interviews.saveAnswers(interviewId, [
      answer('safety.food', false),
      answer('identity.name', 'Prénom fictif corrigé'),
    ]);
    await syncOnce(a.store, directAdapter(server));
    await syncOnce(b.store, directAdapter(server));
    await syncOnce(a.store, directAdapter(server));

    const expected = {
      'identity.name': 'Prénom fictif corrigé',
      'safety.safe-now': true,
      'safety.food': false,
    };
    expect(await valuesOf(a, interviewId)).toMatchObject(expected);
    expect(await valuesOf(b, interviewId)).toEqual(await valuesOf(a, interviewId));
    expect(await a.store.conflicts()).toEqual([]);
    expect(await b.store.conflicts()).toEqual([]);
    expect(await a.store.pendingCount()).toBe(0);
    expect(await b.store.pendingCount()).toBe(0);
    // Sealed on the server: no answer in clear.
    expect(JSON.stringify(server.storedRecords())).not.toContain('Prénom fictif');
  });

  it('breaks, the interpreter and the decisions on proposals of two workers all reach both devices', async () => {
    const server = new MockSyncServer();
    const a = await newDevice(teamKey, 'Camille Exemple');
    const b = await newDevice(teamKey, 'Dominique Exemple');
    const { caseId, interviewId } = await caseWithInterview(a);
    await a.repositories.interviews.saveAnswers(interviewId, [
      answer('journey.arrival-date', '2026-09-14'),
    ]);
    await syncOnce(a.store, directAdapter(server));
    await syncOnce(b.store, directAdapter(server));

    // A logs a break and notes the interpreter; B, offline, pauses the interview and accepts the
    // date of arrival into the case.
    await a.repositories.interviews.saveChanges(interviewId, {
      log: [{ id: 'break-a', kind: 'break', at: '2026-12-01T10:00:00Z' }],
      interpreter: { present: true, mode: 'phone', language: 'ar', setAt: '2026-12-01T09:30:00Z' },
    });
    const interview = await b.repositories.interviews.get(interviewId);
    const caseFile = await b.repositories.cases.get(caseId);
    if (!interview || !caseFile) throw new Error('not synced');
    const [proposal] = proposeChanges(SCREENING_SCRIPT_V1, interview, caseFile);
    if (!proposal) throw new Error('no proposal');
    await b.repositories.cases.acceptProposal(caseId, proposal);
    await b.repositories.interviews.saveChanges(interviewId, {
      log: [{ id: 'pause-b', kind: 'pause', at: '2026-12-01T11:00:00Z' }],
      decisions: [decide(proposal, 'accepted', '2026-12-01T11:00:00Z')],
    });
    await syncOnce(a.store, directAdapter(server));
    await syncOnce(b.store, directAdapter(server));
    await syncOnce(a.store, directAdapter(server));

    for (const device of [a, b]) {
      const merged = await device.repositories.interviews.get(interviewId);
      expect(merged?.log.map((event) => event.id)).toEqual(['break-a', 'pause-b']);
      expect(merged?.interpreter?.mode).toBe('phone');
      expect(merged?.decisions.map((d) => d.decision)).toEqual(['accepted']);
      const onDevice = await device.repositories.cases.get(caseId);
      expect(onDevice?.person.arrivedOn).toBe('2026-09-14');
      expect(onDevice?.sources?.['person.arrivedOn']?.interviewId).toBe(interviewId);
    }
    expect(await a.store.conflicts()).toEqual([]);
    expect(await b.store.conflicts()).toEqual([]);
  });

  it('an answer the person asked to keep confidential never leaves the device, and a colleague’s version does not erase it', async () => {
    const server = new MockSyncServer();
    const a = await newDevice(teamKey, 'Camille Exemple');
    const b = await newDevice(teamKey, 'Dominique Exemple');
    const { interviewId } = await caseWithInterview(a);
    await a.repositories.interviews.saveAnswers(interviewId, [
      answer('safety.afraid-of', ['partner'], 'confidential'),
      answer('safety.safe-now', false),
    ]);
    await syncOnce(a.store, directAdapter(server));
    await syncOnce(b.store, directAdapter(server));
    await b.repositories.interviews.saveAnswers(interviewId, [answer('safety.food', true)]);
    await syncOnce(b.store, directAdapter(server));
    await syncOnce(a.store, directAdapter(server));

    const sent = (await onServer(server)).flatMap((content) =>
      content.kind === 'interview' ? (content.content.answers as InterviewAnswer[]) : [],
    );
    expect(sent.map((a) => a.questionId)).not.toContain('safety.afraid-of');
    expect(await valuesOf(b, interviewId)).not.toHaveProperty('safety.afraid-of');
    expect(await valuesOf(b, interviewId)).toMatchObject({ 'safety.safe-now': false });
    // Still on the device that recorded it, beside the colleague's answer.
    expect(await valuesOf(a, interviewId)).toMatchObject({
      'safety.afraid-of': ['partner'],
      'safety.food': true,
    });
    expect(await a.store.pendingCount()).toBe(0);
  });

  it('without the consent to share, no answer travels; the interview stays whole here', async () => {
    const server = new MockSyncServer();
    const a = await newDevice(teamKey, 'Camille Exemple');
    const b = await newDevice(teamKey, 'Dominique Exemple');
    const { interviewId } = await caseWithInterview(a, false);
    await a.repositories.interviews.saveAnswers(interviewId, [answer('safety.safe-now', true)]);
    await syncOnce(a.store, directAdapter(server));
    await syncOnce(b.store, directAdapter(server));

    const sent = await onServer(server);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.kind === 'interview' && sent[0].content.answers).toEqual([]);
    expect(await valuesOf(b, interviewId)).toEqual({});
    expect(await valuesOf(a, interviewId)).toMatchObject({ 'safety.safe-now': true });
  });

  it('a case a colleague deleted takes its interviews with it on this device', async () => {
    const server = new MockSyncServer();
    const a = await newDevice(teamKey, 'Camille Exemple');
    const b = await newDevice(teamKey, 'Dominique Exemple');
    const { caseId } = await caseWithInterview(a);
    await syncOnce(a.store, directAdapter(server));
    await syncOnce(b.store, directAdapter(server));
    expect(await b.repositories.interviews.listForCase(caseId)).toHaveLength(1);
    // B starts another interview meanwhile, and shares it.
    await b.repositories.interviews.start(caseId, {
      scriptId: 'screening',
      heldOn: '2026-12-02',
      language: 'ti',
    });
    await syncOnce(b.store, directAdapter(server));

    await a.repositories.cases.remove(caseId);
    await syncOnce(a.store, directAdapter(server));
    await syncOnce(b.store, directAdapter(server));
    await syncOnce(b.store, directAdapter(server));
    expect(await b.db.interviews.count()).toBe(0);
    // B's own interview of the deleted case goes from the server too.
    const held = await onServer(server);
    expect(held).toHaveLength(2);
    expect(held.every((content) => content.kind === 'deleted')).toBe(true);
  });
});
