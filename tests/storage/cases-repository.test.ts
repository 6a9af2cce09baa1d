import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { closeStorage, openStorage } from '../../src/storage/storage';

afterEach(() => closeStorage());

let n = 0;
const freshName = () => `cases-repository-${++n}-${Math.random().toString(36).slice(2)}`;

describe('the cases repository', () => {
  it('keeps a created case across a reopening of the database', async () => {
    const name = freshName();
    const created = await (
      await openStorage({ name })
    ).cases.create({ label: 'DEMO-0042', pathway: 'be-trafficking' });
    closeStorage();

    const reopened = await openStorage({ name });
    expect(await reopened.cases.get(created.id)).toEqual(created);
  });

  it('lists the newest case first', async () => {
    const { cases } = await openStorage({ name: freshName() });
    const first = await cases.create({ label: 'DEMO-A', pathway: 'fr-trafficking' });
    const second = await cases.create({ label: 'DEMO-B', pathway: 'fr-trafficking' });
    expect((await cases.list()).map((c) => c.id)).toEqual([second.id, first.id]);
  });

  it('gives every case a time-ordered UUID made on the device', async () => {
    const { cases } = await openStorage({ name: freshName() });
    const created = await cases.create({ label: 'DEMO-C', pathway: 'fr-humanitarian' });
    expect(created.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('refuses an empty label and writes nothing', async () => {
    const { cases } = await openStorage({ name: freshName() });
    await expect(cases.create({ label: '  ', pathway: 'fr-trafficking' })).rejects.toThrow();
    expect(await cases.list()).toEqual([]);
  });

  it('answers undefined for an id it does not hold', async () => {
    const { cases } = await openStorage({ name: freshName() });
    expect(await cases.get('0190a000-0000-7000-8000-000000000000')).toBeUndefined();
  });
});
