/**
 * Who is using the app (the association and the worker), from the server: the settings show it,
 * the header names the association, and the sheets handed to a person carry its name.
 */
import { queryOptions } from '@tanstack/react-query';
import { fetchProfile } from '../sync/profile';

export const profileQueries = {
  profile: () =>
    queryOptions({
      queryKey: ['profile'],
      queryFn: ({ signal }) => fetchProfile(signal),
      staleTime: 60 * 60 * 1000,
      retry: 1,
    }),
};
