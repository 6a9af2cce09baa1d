import { queryOptions } from '@tanstack/react-query';
import { getSettings, getVaultState } from '../../storage/storage';

export const vaultQueries = {
  state: () =>
    queryOptions({
      queryKey: ['vault', 'state'],
      queryFn: getVaultState,
      networkMode: 'always',
      staleTime: Infinity,
    }),
  settings: () =>
    queryOptions({
      queryKey: ['device-settings'],
      queryFn: () => getSettings().read(),
      networkMode: 'always',
    }),
};
