import { useQuery } from '@tanstack/react-query';
import { profileQueries } from '../../queries/profile-queries';

/** The association's name for the header; nothing while offline or loading. */
export function AssociationName() {
  const profile = useQuery(profileQueries.profile());
  return profile.data ? (
    <span className="association-name">{profile.data.association.name}</span>
  ) : null;
}
