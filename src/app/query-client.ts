import { MutationCache, QueryClient } from '@tanstack/react-query';
import { isQuotaError } from '../storage/errors';
import { raiseStorageAlert } from './storage-alerts';

/**
 * Most reads are local (IndexedDB): they must run offline, so `networkMode: 'always'` is set where
 * they are declared. Server reads keep react-query's default online mode and pause when offline.
 * A write the device refuses for lack of space raises the app-wide "storage full" banner; the
 * failed write itself left nothing behind (one transaction) and the form keeps what was typed.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { refetchOnWindowFocus: false },
    },
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isQuotaError(error)) raiseStorageAlert('full');
      },
    }),
  });
}
