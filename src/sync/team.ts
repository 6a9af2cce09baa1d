/**
 * Starting the association's team on its first device (docs/sync-protocol.md): the server gives a
 * token once; afterwards, a device joins only when a colleague's device admits it.
 */
import { API_BASE } from './api';
import { SyncUnavailableError } from './engine';
import { SYNC_PATHS, TeamStartResponseSchema } from './protocol';

/** The association already has a team: this device must be admitted by a colleague's. */
export class TeamExistsError extends Error {
  constructor() {
    super('The association already has a team');
    this.name = 'TeamExistsError';
  }
}

export async function requestFirstDeviceToken(): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${SYNC_PATHS.team}`, {
      method: 'POST',
      headers: { Accept: 'application/json' },
    });
  } catch {
    throw new SyncUnavailableError(undefined);
  }
  if (response.status === 409) throw new TeamExistsError();
  if (!response.ok) throw new SyncUnavailableError(response.status);
  return TeamStartResponseSchema.parse(await response.json()).token;
}
