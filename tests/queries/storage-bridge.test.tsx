import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentOf, type CaseFile } from '../../src/domain';
import { caseQueries, useUpdateCase } from '../../src/queries/case-queries';
import { CaseOverviewProvider } from '../../src/queries/case-overviews';
import { useStorageBridge } from '../../src/queries/storage-bridge';
import { freshDatabaseName, openUnlockedStorage } from '../setup/storage';

/**
 * A write refreshes what it changed, and nothing else: saving one case of many must not decrypt
 * the others again (at 10,000 cases that was 0.6 s of work, and more on a phone).
 */
const LABELS = ['DEMO-BRIDGE-1', 'DEMO-BRIDGE-2', 'DEMO-BRIDGE-3', 'DEMO-BRIDGE-4'];

async function setUp() {
  const name = freshDatabaseName();
  const repositories = await openUnlockedStorage(name);
  const created = await repositories.cases.createMany(
    LABELS.map((label) => ({ pathway: 'fr-trafficking' as const, content: { label } })),
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  queryClient.setQueryData(['vault', 'state'], 'unlocked');
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <CaseOverviewProvider>{children}</CaseOverviewProvider>
    </QueryClientProvider>
  );
  const caseId = created[1]?.id ?? '';
  const view = renderHook(
    () => {
      useStorageBridge();
      return { list: useQuery(caseQueries.list()), update: useUpdateCase(caseId) };
    },
    { wrapper },
  );
  await waitFor(() => expect(view.result.current.list.data).toHaveLength(LABELS.length));
  const decrypt = vi.spyOn(crypto.subtle, 'decrypt');
  const list = () => view.result.current.list.data ?? [];
  const byId = (id: string) => list().find((item) => item.id === id);
  return { name, repositories, created, view, decrypt, list, byId, caseId };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

afterEach(() => vi.restoreAllMocks());

describe('the storage bridge', () => {
  it('a save through the query layer decrypts nothing again, and the other cases keep their records', async () => {
    const { view, decrypt, list, byId, caseId } = await setUp();
    const before = list();
    const saved = byId(caseId) as CaseFile;

    await act(() =>
      view.result.current.update.mutateAsync({
        content: { ...contentOf(saved), label: 'DEMO-BRIDGE-2 bis' },
        base: { rev: saved.rev, content: contentOf(saved) },
      }),
    );
    await settle();

    expect(byId(caseId)?.label).toBe('DEMO-BRIDGE-2 bis');
    expect(decrypt).not.toHaveBeenCalled();
    for (const other of before.filter((item) => item.id !== caseId))
      expect(byId(other.id)).toBe(other);
  });

  it('a write made outside the query layer reads back only the case it changed', async () => {
    const { repositories, decrypt, byId, list, caseId } = await setUp();
    const before = list();
    const saved = byId(caseId) as CaseFile;

    await repositories.cases.update(caseId, { ...contentOf(saved), notes: 'changed elsewhere' });

    await waitFor(() => expect(byId(caseId)?.notes).toBe('changed elsewhere'));
    await settle();
    expect(decrypt).toHaveBeenCalledTimes(1);
    for (const other of before.filter((item) => item.id !== caseId))
      expect(byId(other.id)).toBe(other);
  });

  it("another tab's announcement of a revision already held reads nothing; of a deletion, drops the case", async () => {
    const { name, decrypt, byId, caseId } = await setUp();
    const otherTab = new BroadcastChannel(`passerelle-changes:${name}`);
    const rev = byId(caseId)?.rev;

    otherTab.postMessage([{ table: 'cases', id: caseId, op: 'put', rev }]);
    await settle();
    expect(decrypt).not.toHaveBeenCalled();

    otherTab.postMessage([{ table: 'cases', id: caseId, op: 'delete', rev: (rev ?? 0) + 1 }]);
    await waitFor(() => expect(byId(caseId)).toBeUndefined());
    otherTab.close();
  });

  it('ignores what is not an announcement (another page of the same origin cannot inject data)', async () => {
    const { name, decrypt, list } = await setUp();
    const otherTab = new BroadcastChannel(`passerelle-changes:${name}`);
    const before = list();

    otherTab.postMessage({ label: 'DEMO-INJECTED' });
    otherTab.postMessage([{ table: 'cases', op: 'put' }]);
    await settle();

    expect(list()).toBe(before);
    expect(decrypt).not.toHaveBeenCalled();
    otherTab.close();
  });
});
