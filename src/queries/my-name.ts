import { useQuery } from '@tanstack/react-query';
import { profileQueries } from './profile-queries';
import { useSyncState } from './sync-runner';

/**
 * The worker using the app, as colleagues see them: the name kept with the team on this device,
 * or the association's profile's while sync does not run. The list's "my cases" compares it with
 * each case's worker.
 */
export function useMyName(): string | undefined {
  const { worker } = useSyncState();
  const profile = useQuery({ ...profileQueries.profile(), enabled: worker === undefined });
  return worker ?? profile.data?.worker.displayName;
}
