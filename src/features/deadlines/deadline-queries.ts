import { queryOptions } from '@tanstack/react-query';
import { getRepositories, getVaultState } from '../../storage/storage';

export const deadlineQueries = {
  /** The case files behind the dashboard: the same query, and cache, as the case list. */
  cases: () =>
    queryOptions({
      queryKey: ['cases', 'list'],
      queryFn: () => getRepositories().cases.list(),
      networkMode: 'always',
    }),
  /** Whether the vault is unlocked (the vault gate keeps this key up to date). */
  vaultState: () =>
    queryOptions({
      queryKey: ['vault', 'state'],
      queryFn: getVaultState,
      networkMode: 'always',
      staleTime: Infinity,
    }),
};
