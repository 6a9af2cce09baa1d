import { queryOptions } from '@tanstack/react-query';
import { getRepositories, getVaultState } from '../../storage/storage';

export const deadlineQueries = {
  /** The case files behind the dashboard; nothing while the vault is locked. */
  cases: () =>
    queryOptions({
      queryKey: ['cases', 'list'],
      queryFn: () => getRepositories().cases.list(),
      networkMode: 'always',
    }),
  casesIfUnlocked: () =>
    queryOptions({
      queryKey: ['cases', 'list-if-unlocked'],
      queryFn: async () =>
        (await getVaultState()) === 'unlocked' ? getRepositories().cases.list() : null,
      networkMode: 'always',
    }),
};
