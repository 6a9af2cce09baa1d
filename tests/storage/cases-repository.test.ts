import { afterEach, describe, expect, it } from 'vitest';
import { PasserelleDb } from '../../src/storage/db';
import { createEncryptedCodec } from '../../src/storage/record-codec';
import { createRepositories } from '../../src/storage/repositories';
import { closeStorage } from '../../src/storage/storage';
import { MergeConflictError } from '../../src/storage/errors';
import { contentOf } from '../../src/domain';
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

  it('lists every case when there are more than one slice of them, each once', async () => {
    const { cases } = await openUnlockedStorage();
    const created = await cases.createMany(
      Array.from({ length: 600 }, (_, index) => ({
        pathway: 'fr-trafficking' as const,
        content: { label: `DEMO-SLICE-${String(index)}` },
      })),
    );
    const listed = await cases.list();
    expect(listed).toHaveLength(600);
    expect(new Set(listed.map((c) => c.id))).toEqual(new Set(created.map((c) => c.id)));
  });

  it("keeps the list's first screenful sealed, and reads those cases alone in the kept order", async () => {
    const name = freshDatabaseName();
    const { cases } = await openUnlockedStorage(name);
    const a = await cases.create({ label: 'DEMO-FIRST-A', pathway: 'fr-trafficking' });
    const b = await cases.create({ label: 'DEMO-FIRST-B', pathway: 'be-trafficking' });
    const c = await cases.create({ label: 'DEMO-FIRST-C', pathway: 'fr-humanitarian' });
    expect(await cases.firstScreen()).toEqual({ cases: [], total: 3 });

    await cases.keepFirstScreen([c.id, a.id, b.id]);
    await cases.remove(b.id);
    const screen = await cases.firstScreen();
    expect(screen.cases.map((item) => item.label)).toEqual(['DEMO-FIRST-C', 'DEMO-FIRST-A']);
    expect(screen.total).toBe(2);

    // On disk the order (which says whose deadline comes first) is sealed: no id in clear.
    const probe = new PasserelleDb(name);
    const raw = JSON.stringify(await probe.views.toArray());
    probe.close();
    expect(raw).not.toContain(a.id);
    expect(raw).not.toContain(c.id);
  });

  it('reads no first screenful from a kept one that does not open, and lists every case', async () => {
    const name = freshDatabaseName();
    const { cases } = await openUnlockedStorage(name);
    const a = await cases.create({ label: 'DEMO-FIRST-D', pathway: 'fr-trafficking' });
    await cases.keepFirstScreen([a.id]);
    // Sealed data, but another record's: its authentication fails.
    const probe = new PasserelleDb(name);
    const caseRow = await probe.cases.get(a.id);
    await probe.views.toCollection().modify((row) => {
      row.payload = caseRow?.payload;
    });
    probe.close();
    expect(await cases.firstScreen()).toEqual({ cases: [], total: 1 });
    expect((await cases.list()).map((item) => item.id)).toEqual([a.id]);
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

  it("merges a save made on an older version: both tabs' changes to different fields are kept", async () => {
    const { cases } = await openUnlockedStorage();
    const created = await cases.create({ label: 'DEMO-D', pathway: 'fr-trafficking' });
    const base = { rev: created.rev, content: contentOf(created) };
    await cases.update(
      created.id,
      { ...contentOf(created), identity: { givenNames: 'Amara' } },
      base,
    );
    const saved = await cases.update(created.id, { ...contentOf(created), notes: 'Suivi' }, base);
    expect(saved.identity.givenNames).toBe('Amara');
    expect(saved.notes).toBe('Suivi');
    expect(await cases.get(created.id)).toMatchObject({ notes: 'Suivi', rev: 3 });
  });

  it('refuses a save that changed a field another tab changed differently, writing nothing, with both values', async () => {
    const { cases } = await openUnlockedStorage();
    const created = await cases.create({ label: 'DEMO-D', pathway: 'fr-trafficking' });
    const base = { rev: created.rev, content: contentOf(created) };
    await cases.update(created.id, { ...contentOf(created), label: 'DEMO-D (tab 1)' }, base);
    const refused = cases.update(
      created.id,
      { ...contentOf(created), label: 'DEMO-D (tab 2)', notes: 'Suivi' },
      base,
    );
    await expect(refused).rejects.toBeInstanceOf(MergeConflictError);
    const error = (await refused.catch((caught: unknown) => caught)) as MergeConflictError;
    expect(error.conflicts).toEqual([
      { path: ['label'], base: 'DEMO-D', ours: 'DEMO-D (tab 2)', theirs: 'DEMO-D (tab 1)' },
    ]);
    expect(error.current.label).toBe('DEMO-D (tab 1)');
    expect(await cases.get(created.id)).toMatchObject({ label: 'DEMO-D (tab 1)', rev: 2 });
    expect((await cases.get(created.id))?.notes).toBeUndefined();
  });
});

describe('the timeline and the document lines of a case', () => {
  it('keeps both entries when two tabs add events to the same case at the same time', async () => {
    const name = freshDatabaseName();
    const key = await randomDataKey();
    const { cases } = await openUnlockedStorage(name, key);
    const created = await cases.create({ label: 'DEMO-TWO-TABS', pathway: 'fr-trafficking' });
    const otherTab = createRepositories(new PasserelleDb(name), createEncryptedCodec(key)).cases;

    await Promise.all([
      cases.putTimelineEntry(created.id, {
        event: { type: 'reflection-granted', on: '2026-11-02' },
      }),
      otherTab.putTimelineEntry(created.id, {
        event: { type: 'complaint-filed', on: '2026-11-05' },
      }),
    ]);

    const types = (await cases.get(created.id))?.timeline.map((entry) => entry.event.type).sort();
    expect(types).toEqual(['complaint-filed', 'reflection-granted']);
  });

  it('edits an entry in place and removes one by its id', async () => {
    const { cases } = await openUnlockedStorage();
    const created = await cases.create({ label: 'DEMO-EDIT', pathway: 'fr-trafficking' });
    const withEntry = await cases.putTimelineEntry(created.id, {
      event: { type: 'complaint-filed', on: '2026-11-05' },
    });
    const entryId = withEntry.timeline[0]?.id ?? '';

    await cases.putTimelineEntry(created.id, {
      id: entryId,
      event: { type: 'complaint-filed', on: '2026-11-06' },
      note: 'date corrigée',
    });
    expect((await cases.get(created.id))?.timeline).toMatchObject([
      { id: entryId, event: { on: '2026-11-06' }, note: 'date corrigée' },
    ]);

    await cases.removeTimelineEntry(created.id, entryId);
    expect((await cases.get(created.id))?.timeline).toEqual([]);
  });

  it('merges two edits of one entry made from the same version, and refuses the same field changed twice', async () => {
    const { cases } = await openUnlockedStorage();
    const created = await cases.create({ label: 'DEMO-ENTRY', pathway: 'fr-trafficking' });
    const withEntry = await cases.putTimelineEntry(created.id, {
      event: { type: 'complaint-filed', on: '2026-11-05' },
    });
    const opened = withEntry.timeline[0];
    if (!opened) throw new Error('no entry');
    // Tab A corrects the date; tab B, opened before, adds a note: both kept.
    await cases.putTimelineEntry(
      created.id,
      { id: opened.id, event: { type: 'complaint-filed', on: '2026-11-06' } },
      opened,
    );
    await cases.putTimelineEntry(
      created.id,
      { id: opened.id, event: opened.event, note: 'commissariat central' },
      opened,
    );
    expect((await cases.get(created.id))?.timeline).toMatchObject([
      { id: opened.id, event: { on: '2026-11-06' }, note: 'commissariat central' },
    ]);
    // Tab C, still on the first version, changes the date too: a conflict, nothing written.
    await expect(
      cases.putTimelineEntry(
        created.id,
        { id: opened.id, event: { type: 'complaint-filed', on: '2026-11-04' } },
        opened,
      ),
    ).rejects.toBeInstanceOf(MergeConflictError);
    expect((await cases.get(created.id))?.timeline[0]?.event).toMatchObject({ on: '2026-11-06' });
  });

  it('refuses to save over an entry another tab deleted meanwhile', async () => {
    const { cases } = await openUnlockedStorage();
    const created = await cases.create({ label: 'DEMO-GONE', pathway: 'fr-trafficking' });
    const opened = (
      await cases.putTimelineEntry(created.id, {
        event: { type: 'complaint-filed', on: '2026-11-05' },
      })
    ).timeline[0];
    if (!opened) throw new Error('no entry');
    await cases.removeTimelineEntry(created.id, opened.id);
    await expect(
      cases.putTimelineEntry(
        created.id,
        { id: opened.id, event: opened.event, note: 'ajout' },
        opened,
      ),
    ).rejects.toBeInstanceOf(MergeConflictError);
    expect((await cases.get(created.id))?.timeline).toEqual([]);
  });

  it('refuses an impossible event and keeps the timeline as it was', async () => {
    const { cases } = await openUnlockedStorage();
    const created = await cases.create({ label: 'DEMO-BAD', pathway: 'fr-trafficking' });
    await expect(
      cases.putTimelineEntry(created.id, {
        event: {
          type: 'permit-issued',
          permit: 'fr-cst-vpf',
          validFrom: '2026-11-10',
          validUntil: '2026-11-01',
        },
      }),
    ).rejects.toThrow();
    expect((await cases.get(created.id))?.timeline).toEqual([]);
  });

  it('records a document line by its code', async () => {
    const { cases } = await openUnlockedStorage();
    const created = await cases.create({ label: 'DEMO-DOC', pathway: 'fr-trafficking' });
    await cases.putDocumentLine(created.id, 'nationality-proof', {
      status: 'received',
      variant: 'passport',
      issuedOn: '2026-01-15',
    });
    expect((await cases.get(created.id))?.documents).toEqual({
      'nationality-proof': { status: 'received', variant: 'passport', issuedOn: '2026-01-15' },
    });
  });
});
