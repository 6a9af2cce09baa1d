import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  UNDO_DELETE_MS,
  undoDeletion,
  usePendingDeletions,
  useScheduleDeletion,
} from '../../src/queries/case-deletion';
import { freshDatabaseName, openUnlockedStorage } from '../setup/storage';

/**
 * Issue 14: a deleted case goes from every colleague's device, so the deletion waits a few
 * seconds for an undo. Undone, the case is intact; not undone, it is erased.
 */
async function setUp() {
  const repositories = await openUnlockedStorage(freshDatabaseName());
  const created = await repositories.cases.create({
    label: 'DEMO-SUPPRESSION (fictive)',
    pathway: 'fr-trafficking',
  });
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const view = renderHook(
    () => ({ schedule: useScheduleDeletion(), pending: usePendingDeletions() }),
    { wrapper },
  );
  return { repositories, id: created.id, view };
}

afterEach(() => vi.useRealTimers());

describe('deleting a case with an undo', () => {
  it('undone before the time is up, the case is intact', async () => {
    const { repositories, id, view } = await setUp();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    act(() => view.result.current.schedule(id, 'DEMO-SUPPRESSION (fictive)'));
    expect(view.result.current.pending.map((deletion) => deletion.caseId)).toEqual([id]);
    act(() => undoDeletion(id));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(UNDO_DELETE_MS * 2);
    });
    vi.useRealTimers();
    expect(view.result.current.pending).toEqual([]);
    expect((await repositories.cases.get(id))?.label).toBe('DEMO-SUPPRESSION (fictive)');
  });

  it('not undone, the case is erased once the time is up, not before', async () => {
    const { repositories, id, view } = await setUp();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    act(() => view.result.current.schedule(id, 'DEMO-SUPPRESSION (fictive)'));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(UNDO_DELETE_MS - 1_000);
    });
    expect(await repositories.cases.get(id)).toBeDefined();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2_000);
    });
    await vi.waitFor(async () => expect(await repositories.cases.get(id)).toBeUndefined());
    await vi.waitFor(() => expect(view.result.current.pending).toEqual([]));
  });
});
