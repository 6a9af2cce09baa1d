/**
 * From storage events to the query cache, mounted once by the app: a committed write (in this tab
 * or another) refreshes just the records it names; a lock empties the cache of everything
 * decrypted. A record already in the cache at the announced revision is left alone: this tab's own
 * mutation put it there, so a save decrypts nothing again.
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { CaseFile } from '../domain';
import {
  getRepositories,
  getVaultState,
  subscribeToStorage,
  type ChangedRecord,
} from '../storage/storage';
import { useCaseOverviewHolder } from './case-overview-holder';
import { caseQueries, forgetCase, rememberCase } from './case-queries';
import { queryKeys } from './query-keys';
import { deviceQueries, moveVaultTo } from './vault-queries';

/** Past this many cases in one announcement (an import), the list is read again once. */
const BULK = 50;

function cachedRevs(queryClient: QueryClient, caseId: string) {
  const detail = queryClient.getQueryData(caseQueries.detail(caseId).queryKey);
  const list = queryClient.getQueryData(caseQueries.list().queryKey);
  return {
    hasDetail: detail !== undefined,
    hasList: list !== undefined,
    detailRev: detail?.rev,
    listRev: list?.find((item: CaseFile) => item.id === caseId)?.rev,
  };
}

async function refreshCase(queryClient: QueryClient, record: ChangedRecord): Promise<void> {
  if (record.op === 'delete') {
    forgetCase(queryClient, record.id);
    return;
  }
  const { hasDetail, hasList, detailRev, listRev } = cachedRevs(queryClient, record.id);
  if (!hasDetail && !hasList) return;
  const upToDate =
    record.rev !== undefined &&
    (!hasDetail || detailRev === record.rev) &&
    (!hasList || listRev === record.rev);
  if (upToDate) return;
  const fresh = await getRepositories().cases.get(record.id);
  if (fresh) rememberCase(queryClient, fresh, { detail: hasDetail });
  else forgetCase(queryClient, record.id);
}

function refreshAttachments(queryClient: QueryClient, record: ChangedRecord): Promise<void> {
  if (!record.caseId) return Promise.resolve();
  const key = caseQueries.attachments(record.caseId).queryKey;
  const files = queryClient.getQueryData(key);
  if (!files) return Promise.resolve();
  const listed = files.find((file) => file.id === record.id);
  // This tab's own mutation already added or removed it; a colleague's scan just fetched is
  // listed already, but is now on this device.
  const fetched = record.op === 'put' && listed?.onDevice === false;
  if ((record.op === 'put') === (listed !== undefined) && !fetched) return Promise.resolve();
  return queryClient.invalidateQueries({ queryKey: key });
}

/**
 * An interview written here or elsewhere: read again when its page or its case's list is cached at
 * another revision (this tab's own save put it there already).
 */
async function refreshInterview(queryClient: QueryClient, record: ChangedRecord): Promise<void> {
  // Loaded with the first interview written: its merge (the domain, zod) stays out of the first
  // screen, which this bridge is part of.
  const { forgetInterview, interviewQueries, rememberInterview } =
    await import('./interview-queries');
  if (record.op === 'delete') {
    forgetInterview(queryClient, record.id, record.caseId);
    return;
  }
  const detail = queryClient.getQueryData(interviewQueries.detail(record.id).queryKey);
  const list =
    record.caseId === undefined
      ? undefined
      : queryClient.getQueryData(interviewQueries.listForCase(record.caseId).queryKey);
  if (detail === undefined && list === undefined) return;
  const listed = list?.find((item) => item.id === record.id);
  const upToDate =
    record.rev !== undefined &&
    (detail === undefined || detail?.rev === record.rev) &&
    (list === undefined || listed?.rev === record.rev);
  if (upToDate) return;
  const fresh = await getRepositories().interviews.get(record.id);
  if (fresh) rememberInterview(queryClient, fresh);
  else forgetInterview(queryClient, record.id, record.caseId);
}

export async function refreshChanged(
  queryClient: QueryClient,
  records: readonly ChangedRecord[],
): Promise<void> {
  // A tab that is locked holds nothing decrypted, and reads nothing.
  if ((await getVaultState()) !== 'unlocked') return;
  const cases = records.filter((record) => record.table === 'cases');
  const work: Promise<void>[] = [];
  if (cases.length > BULK)
    work.push(queryClient.invalidateQueries({ queryKey: queryKeys.cases.all() }));
  else for (const record of cases) work.push(refreshCase(queryClient, record));
  for (const record of records) {
    if (record.table === 'attachments') work.push(refreshAttachments(queryClient, record));
    if (record.table === 'interviews') work.push(refreshInterview(queryClient, record));
    if (record.table === 'settings')
      work.push(queryClient.invalidateQueries({ queryKey: deviceQueries.settings().queryKey }));
  }
  await Promise.all(work);
}

export function useStorageBridge(): void {
  const queryClient = useQueryClient();
  const overviews = useCaseOverviewHolder();
  useEffect(
    () =>
      subscribeToStorage((event) => {
        if (event.type === 'locked') {
          moveVaultTo(queryClient, 'locked');
          overviews.cache?.clear();
        }
        if (event.type === 'changed') {
          const refresh = () => void refreshChanged(queryClient, event.records);
          // This tab's own writes: let the mutation that made them put them in the cache first.
          if (event.fromThisTab) setTimeout(refresh, 0);
          else refresh();
        }
      }),
    [queryClient, overviews],
  );
}
