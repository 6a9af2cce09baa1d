/**
 * The association's server. Everything that leaves the device goes through src/sync/ and this
 * base path; in development and the e2e demo build, msw answers in place of the server.
 */
import type { z } from 'zod';

export const API_BASE = '/api';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly path: string,
  ) {
    super(`The server answered ${status} for ${path}`);
    this.name = 'ApiError';
  }
}

export async function getJson<T>(
  path: string,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
): Promise<T> {
  const response = await fetch(`${API_BASE}${path}`, {
    signal,
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) throw new ApiError(response.status, path);
  return schema.parse(await response.json());
}
