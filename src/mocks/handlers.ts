/** The mocked association server (msw). Everything here is fictional. */
import { http, HttpResponse } from 'msw';
import type { Profile } from '../sync/profile';

export const demoProfile: Profile = {
  association: { name: 'Association Passerelle Démo (fictive)', country: 'FR' },
  worker: { displayName: 'Camille Exemple' },
};

export const handlers = [http.get('*/api/profile', () => HttpResponse.json(demoProfile))];

/**
 * Answered only by the shared Node mock server (`npm run team`, src/mocks/node-team-server.ts):
 * the demo build asks it at start, and leaves the API to that server when it answers.
 */
export const SHARED_SERVER_PATH = '/api/demo-server';
