/**
 * Joining the association's team and admitting a colleague's device (issue 14, decision 016):
 * the joining device sends only its public key; a device of the team sees the request with the
 * key's fingerprint, the worker compares it with the one on the colleague's screen, and admits it
 * (the team key wrapped for that key). The joining key pair lives in memory only: a reload starts
 * the request again.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { admitDevice, fingerprintOfKey, startJoining } from '../storage/storage';
import type { JoiningDevice } from '../storage/storage';
import type { JoinCreated } from '../sync/team';
import { queryKeys } from './query-keys';
import { restartSync, useSyncState } from './sync-runner';

export interface PendingJoin {
  device: JoiningDevice;
  request: JoinCreated;
  worker: string;
}

let pending: PendingJoin | undefined;
const listeners = new Set<() => void>();

function setPending(next: PendingJoin | undefined): void {
  pending = next;
  for (const listener of listeners) listener();
}

/** This device's request to join, while it waits (kept across pages, not across a reload). */
export function usePendingJoin(): PendingJoin | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pending,
  );
}

/** Asks to join: a new key pair, its public key sent to the server. */
export function useRequestToJoin() {
  return useMutation({
    mutationFn: async (worker: string) => {
      const [device, { requestToJoin }] = await Promise.all([
        startJoining(),
        import('../sync/team'),
      ]);
      setPending({ device, request: await requestToJoin(device.publicKey), worker });
    },
    networkMode: 'always',
  });
}

export function cancelJoin(): void {
  setPending(undefined);
}

const JOIN_POLL_MS = 3_000;

/**
 * Where this device's request stands, asked every few seconds; once admitted, the team key is
 * opened and kept, and sync starts. 'refused': the team turned it down (or it expired).
 */
export function useJoinProgress(join: PendingJoin | undefined) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: queryKeys.sync.joinStatus(join?.request.requestId ?? ''),
    enabled: join !== undefined,
    refetchInterval: (query) => (query.state.data === 'waiting' ? JOIN_POLL_MS : false),
    networkMode: 'always',
    retry: false,
    gcTime: 0,
    queryFn: async (): Promise<'waiting' | 'joined' | 'refused'> => {
      if (!join) return 'waiting';
      const { joinStatus, JoinGoneError } = await import('../sync/team');
      try {
        const status = await joinStatus(join.request);
        if (status.status === 'waiting') return 'waiting';
        await join.device.finish(status.admission, status.token, join.worker);
        setPending(undefined);
        restartSync();
        await queryClient.invalidateQueries({ queryKey: queryKeys.sync.team() });
        return 'joined';
      } catch (error) {
        if (error instanceof JoinGoneError) {
          setPending(undefined);
          return 'refused';
        }
        // The network or the server failed: asked again at the next poll.
        return 'waiting';
      }
    },
  });
}

export interface WaitingDevice {
  requestId: string;
  publicKey: string;
  fingerprint: string;
  requestedAt: string;
}

export const teamQueries = {
  joins: (token: string | undefined) =>
    queryOptions({
      queryKey: queryKeys.sync.joins(),
      enabled: token !== undefined,
      refetchInterval: JOIN_POLL_MS * 2,
      queryFn: async (): Promise<WaitingDevice[]> => {
        if (!token) return [];
        const { waitingJoins } = await import('../sync/team');
        const { requests } = await waitingJoins(token);
        return Promise.all(
          requests.map(async (request) => ({
            ...request,
            fingerprint: await fingerprintOfKey(request.publicKey),
          })),
        );
      },
    }),
};

/** The devices asking to join this device's team (polled while shown). */
export function useWaitingDevices() {
  const { token } = useSyncState();
  return useQuery(teamQueries.joins(token));
}

/** Admits (the team key wrapped for its key) or turns down a waiting device. */
export function useAnswerJoin() {
  const queryClient = useQueryClient();
  const { token } = useSyncState();
  return useMutation({
    mutationFn: async ({ device, admit }: { device: WaitingDevice; admit: boolean }) => {
      if (!token) throw new Error('This device is not sharing');
      const team = await import('../sync/team');
      if (admit) await team.admitJoin(token, device.requestId, await admitDevice(device.publicKey));
      else await team.refuseJoin(token, device.requestId);
    },
    networkMode: 'always',
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.sync.joins() });
      await queryClient.invalidateQueries({ queryKey: queryKeys.sync.devices() });
    },
  });
}

export interface TeamDevice {
  memberId: string;
  admittedAt: string;
  /** The code its screen showed when it joined; undefined for the association's first device. */
  fingerprint: string | undefined;
  you: boolean;
}

/** The team's devices, this one marked. */
export function useTeamDevices() {
  const { token } = useSyncState();
  return useQuery({
    queryKey: queryKeys.sync.devices(),
    enabled: token !== undefined,
    queryFn: async (): Promise<TeamDevice[]> => {
      if (!token) return [];
      const { teamDevices } = await import('../sync/team');
      const { devices } = await teamDevices(token);
      return Promise.all(
        devices.map(async ({ memberId, admittedAt, publicKey, you }) => ({
          memberId,
          admittedAt,
          you,
          fingerprint: publicKey ? await fingerprintOfKey(publicKey) : undefined,
        })),
      );
    },
  });
}

/** Removes a device from the team: the server refuses it from then on. */
export function useRemoveDevice() {
  const queryClient = useQueryClient();
  const { token } = useSyncState();
  return useMutation({
    mutationFn: async (memberId: string) => {
      if (!token) throw new Error('This device is not sharing');
      const { removeDevice } = await import('../sync/team');
      await removeDevice(token, memberId);
    },
    networkMode: 'always',
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.sync.devices() }),
  });
}
