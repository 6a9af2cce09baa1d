import { z } from 'zod';
import { getJson } from './api';

/** Who is using the app: the association and the worker's display name (no case data). */
export const ProfileSchema = z.object({
  association: z.object({
    name: z.string(),
    country: z.enum(['FR', 'BE']),
  }),
  worker: z.object({
    displayName: z.string(),
  }),
});
export type Profile = z.infer<typeof ProfileSchema>;

export function fetchProfile(signal?: AbortSignal): Promise<Profile> {
  return getJson('/profile', ProfileSchema, signal);
}
