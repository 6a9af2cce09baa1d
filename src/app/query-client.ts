import { QueryClient } from '@tanstack/react-query';

/**
 * Most reads are local (IndexedDB): they must run offline, so `networkMode: 'always'` is set where
 * they are declared. Server reads keep react-query's default online mode and pause when offline.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { refetchOnWindowFocus: false },
    },
  });
}
