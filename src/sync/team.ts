/**
 * Starting the association's team on its first device (docs/sync-protocol.md): the server gives a
 * token once; afterwards, a device joins only when a colleague's device admits it.
 */
import type { z } from 'zod';
import { API_BASE } from './api';
import { SyncRefusedError } from './engine';
import { send } from './http-adapter';
import {
  AdmitRequestSchema,
  JoinCreatedSchema,
  JoinRequestSchema,
  JoinStatusSchema,
  SYNC_PATHS,
  TeamStartResponseSchema,
  TeamDevicesSchema,
  WaitingJoinsSchema,
  type AdmissionWire,
  type JoinStatus,
  type TeamDevices,
  type WaitingJoins,
} from './protocol';

export type JoinCreated = z.infer<typeof JoinCreatedSchema>;

/** The association already has a team: this device must be admitted by a colleague's. */
export class TeamExistsError extends Error {
  constructor() {
    super('The association already has a team');
    this.name = 'TeamExistsError';
  }
}

export async function requestFirstDeviceToken(): Promise<string> {
  try {
    const response = await send(
      `${API_BASE}${SYNC_PATHS.team}`,
      { method: 'POST' },
      () => undefined,
    );
    return TeamStartResponseSchema.parse(await response.json()).token;
  } catch (error) {
    if (error instanceof SyncRefusedError && error.status === 409) throw new TeamExistsError();
    throw error;
  }
}

/** The request to join is unknown to the server: turned down by the team, or it has expired. */
export class JoinGoneError extends Error {
  constructor() {
    super('The request to join is no longer known');
    this.name = 'JoinGoneError';
  }
}

async function call(path: string, init: RequestInit, token?: string): Promise<Response> {
  try {
    return await send(`${API_BASE}${path}`, init, () => token);
  } catch (error) {
    if (error instanceof SyncRefusedError && error.status === 404) throw new JoinGoneError();
    throw error;
  }
}

const jsonBody = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });

/** A device asks to join the team with its public key (base64): nothing else is sent. */
export async function requestToJoin(publicKey: string): Promise<JoinCreated> {
  const response = await call(SYNC_PATHS.join, jsonBody(JoinRequestSchema.parse({ publicKey })));
  return JoinCreatedSchema.parse(await response.json());
}

/** Where the request stands: waiting, or admitted with the wrapped team key and a token. */
export async function joinStatus({ requestId, pickup }: JoinCreated): Promise<JoinStatus> {
  const response = await call(`${SYNC_PATHS.join}/${encodeURIComponent(requestId)}`, {
    headers: { 'X-Pickup': pickup },
  });
  return JoinStatusSchema.parse(await response.json());
}

/** The requests to join that wait for a device of the team (this one's token). */
export async function waitingJoins(token: string): Promise<WaitingJoins> {
  const response = await call(SYNC_PATHS.join, {}, token);
  return WaitingJoinsSchema.parse(await response.json());
}

export async function admitJoin(
  token: string,
  requestId: string,
  admission: AdmissionWire,
): Promise<void> {
  await call(
    `${SYNC_PATHS.join}/${encodeURIComponent(requestId)}/admit`,
    jsonBody(AdmitRequestSchema.parse({ admission })),
    token,
  );
}

export async function refuseJoin(token: string, requestId: string): Promise<void> {
  await call(`${SYNC_PATHS.join}/${encodeURIComponent(requestId)}`, { method: 'DELETE' }, token);
}

/** The team's devices, this one marked. */
export async function teamDevices(token: string): Promise<TeamDevices> {
  const response = await call(SYNC_PATHS.devices, {}, token);
  return TeamDevicesSchema.parse(await response.json());
}

/** Removes a device from the team: the server refuses its token from then on. */
export async function removeDevice(token: string, memberId: string): Promise<void> {
  await call(`${SYNC_PATHS.devices}/${encodeURIComponent(memberId)}`, { method: 'DELETE' }, token);
}
