/** The mocked association server (msw). Everything here is fictional. */
import { http, HttpResponse } from 'msw';
import type { Profile } from '../sync/profile';

export const demoProfile: Profile = {
  association: { name: 'Association Passerelle Démo (fictive)', country: 'FR' },
  worker: { displayName: 'Camille Exemple' },
};

export const handlers = [http.get('/api/profile', () => HttpResponse.json(demoProfile))];
