import { afterEach, describe, expect, it } from 'vitest';
import { closeStorage } from '../../src/storage/storage';
import { openUnlockedStorage } from '../setup/storage';

afterEach(() => closeStorage());

describe('the appointments of a case, in the cases repository', () => {
  it('adds, edits and removes an appointment, keeping the other one', async () => {
    const { cases } = await openUnlockedStorage();
    const created = await cases.create({ label: 'DEMO-RDV', pathway: 'fr-trafficking' });
    expect(created.appointments).toBeUndefined();

    const first = await cases.putAppointment(created.id, {
      kind: 'prefecture',
      on: '2026-12-01',
      at: '09:30',
      place: 'Préfecture fictive',
    });
    const [added] = first.appointments ?? [];
    expect(added).toMatchObject({ kind: 'prefecture', on: '2026-12-01', at: '09:30' });
    await cases.putAppointment(created.id, { kind: 'lawyer', on: '2026-12-03', at: '14:00' });

    const edited = await cases.putAppointment(created.id, {
      id: added?.id,
      kind: 'prefecture',
      on: '2026-12-02',
      at: '10:00',
    });
    expect(edited.appointments?.map(({ kind, on }) => [kind, on])).toEqual([
      ['prefecture', '2026-12-02'],
      ['lawyer', '2026-12-03'],
    ]);

    await cases.removeAppointment(created.id, added?.id ?? '');
    expect((await cases.get(created.id))?.appointments?.map(({ kind }) => kind)).toEqual([
      'lawyer',
    ]);
  });
});
