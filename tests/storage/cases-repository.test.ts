import { afterEach, describe, expect, it } from 'vitest';
import { closeStorage } from '../../src/storage/storage';
import { freshDatabaseName, openUnlockedStorage, randomDataKey } from '../setup/storage';

afterEach(() => closeStorage());

describe('the cases repository', () => {
  it('keeps a created case across a reopening of the database', async () => {
    const name = freshDatabaseName();
    const key = await randomDataKey();
    const created = await (
      await openUnlockedStorage(name, key)
    ).cases.create({ label: 'DEMO-0042', pathway: 'be-trafficking' });
    closeStorage();

    const reopened = await openUnlockedStorage(name, key);
    expect(await reopened.cases.get(created.id)).toEqual(created);
  });

  it('lists the newest case first', async () => {
    const { cases } = await openUnlockedStorage();
    const first = await cases.create({ label: 'DEMO-A', pathway: 'fr-trafficking' });
    const second = await cases.create({ label: 'DEMO-B', pathway: 'fr-trafficking' });
    expect((await cases.list()).map((c) => c.id)).toEqual([second.id, first.id]);
  });

  it('gives every case a time-ordered UUID made on the device', async () => {
    const { cases } = await openUnlockedStorage();
    const created = await cases.create({ label: 'DEMO-C', pathway: 'fr-humanitarian' });
    expect(created.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('refuses an empty label and writes nothing', async () => {
    const { cases } = await openUnlockedStorage();
    await expect(cases.create({ label: '  ', pathway: 'fr-trafficking' })).rejects.toThrow();
    expect(await cases.list()).toEqual([]);
  });

  it('answers undefined for an id it does not hold', async () => {
    const { cases } = await openUnlockedStorage();
    expect(await cases.get('0190a000-0000-7000-8000-000000000000')).toBeUndefined();
  });

  it('refuses an update based on a revision that another tab or a sync has replaced', async () => {
    const { cases } = await openUnlockedStorage();
    const created = await cases.create({ label: 'DEMO-D', pathway: 'fr-trafficking' });
    await cases.update(created.id, { label: 'DEMO-D (tab 1)' }, created.rev);
    await expect(
      cases.update(created.id, { label: 'DEMO-D (tab 2)' }, created.rev),
    ).rejects.toThrow(/changed since it was read/);
    expect((await cases.get(created.id))?.label).toBe('DEMO-D (tab 1)');
  });
});
