import { queryOptions } from '@tanstack/react-query';
import { fetchProfile } from '../../sync/profile';

export const profileQueries = {
  profile: () =>
    queryOptions({
      queryKey: ['profile'],
      queryFn: ({ signal }) => fetchProfile(signal),
      staleTime: 60 * 60 * 1000,
      retry: 1,
    }),
};
