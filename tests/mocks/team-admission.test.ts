import { beforeEach, describe, expect, it } from 'vitest';
import { mockServer } from '../../src/mocks/node';
import { MockSyncServer, syncHandlers } from '../../src/mocks/sync-server';
import { base64ToBytes, bytesToBase64 } from '../../src/storage/base64';
import {
  acceptAdmission,
  admit,
  fingerprintOf,
  makeJoiningKeyPair,
  makeTeamKey,
  publicKeyBytes,
  teamKeyBytes,
} from '../../src/storage/crypto/team-key';
import { SyncSignedOutError } from '../../src/sync/engine';
import {
  JoinGoneError,
  admitJoin,
  joinStatus,
  refuseJoin,
  removeDevice,
  requestFirstDeviceToken,
  requestToJoin,
  teamDevices,
  waitingJoins,
} from '../../src/sync/team';

/**
 * Issue 14: a worker's device joins the team only when a colleague's device admits it. The
 * joining device sends its public key and nothing else; the colleague sees the same fingerprint
 * and sends the team key wrapped for that key; the joining device alone can pick it up, with a
 * token of its own. Through the app's own client (src/sync/team.ts) and the mock's handlers.
 */
describe('joining the team', () => {
  const server = new MockSyncServer();
  beforeEach(() => {
    server.reset();
    mockServer.use(...syncHandlers(server));
  });

  async function joiningDevice() {
    const pair = await makeJoiningKeyPair();
    const raw = await publicKeyBytes(pair.publicKey);
    return { pair, publicKey: bytesToBase64(raw), fingerprint: await fingerprintOf(raw) };
  }

  it('a colleague admits the device whose fingerprint it sees: the device gets the team key and a token that works', async () => {
    const firstToken = await requestFirstDeviceToken();
    const teamKey = await makeTeamKey();
    const joining = await joiningDevice();
    const request = await requestToJoin(joining.publicKey);
    expect(await joinStatus(request)).toEqual({ status: 'waiting' });

    const { requests } = await waitingJoins(firstToken);
    expect(requests).toHaveLength(1);
    const [seen] = requests;
    if (!seen) throw new Error('no request');
    // Both screens show the same short code.
    expect(await fingerprintOf(base64ToBytes(seen.publicKey))).toBe(joining.fingerprint);
    await admitJoin(
      firstToken,
      seen.requestId,
      await admit(teamKey, base64ToBytes(seen.publicKey)),
    );
    expect((await waitingJoins(firstToken)).requests).toEqual([]);

    const status = await joinStatus(request);
    if (status.status !== 'admitted') throw new Error('not admitted');
    const received = await acceptAdmission(joining.pair, status.admission);
    expect(await teamKeyBytes(received)).toEqual(await teamKeyBytes(teamKey));
    expect(server.isAdmitted(status.token)).toBe(true);
    expect(status.token).not.toBe(firstToken);
    // Picked up once: the request is gone.
    await expect(joinStatus(request)).rejects.toBeInstanceOf(JoinGoneError);
    // The joining device sent its public key, and nothing else.
    const joinBody: unknown = JSON.parse(server.requestBodies[0] ?? 'null');
    expect(joinBody).toEqual({ publicKey: joining.publicKey });
  });

  it('another device cannot pick up the admission without the request’s secret', async () => {
    const firstToken = await requestFirstDeviceToken();
    const joining = await joiningDevice();
    const request = await requestToJoin(joining.publicKey);
    await admitJoin(
      firstToken,
      request.requestId,
      await admit(await makeTeamKey(), base64ToBytes(joining.publicKey)),
    );
    await expect(
      joinStatus({ requestId: request.requestId, pickup: 'pickup-devine-par-un-tiers' }),
    ).rejects.toBeInstanceOf(JoinGoneError);
    expect((await joinStatus(request)).status).toBe('admitted');
  });

  it('a team admission wrapped for another key does not open', async () => {
    const joining = await joiningDevice();
    const intruder = await joiningDevice();
    const admission = await admit(await makeTeamKey(), base64ToBytes(intruder.publicKey));
    await expect(acceptAdmission(joining.pair, admission)).rejects.toThrow();
  });

  it('a device outside the team can neither list nor admit requests; a turned-down request ends', async () => {
    const firstToken = await requestFirstDeviceToken();
    const joining = await joiningDevice();
    const request = await requestToJoin(joining.publicKey);
    await expect(waitingJoins('jeton-inconnu-0000000')).rejects.toBeInstanceOf(SyncSignedOutError);
    await expect(
      admitJoin(
        'jeton-inconnu-0000000',
        request.requestId,
        await admit(await makeTeamKey(), base64ToBytes(joining.publicKey)),
      ),
    ).rejects.toBeInstanceOf(SyncSignedOutError);

    await refuseJoin(firstToken, request.requestId);
    await expect(joinStatus(request)).rejects.toBeInstanceOf(JoinGoneError);
    expect((await waitingJoins(firstToken)).requests).toEqual([]);
  });
});

describe('the team’s devices', () => {
  const server = new MockSyncServer();
  beforeEach(() => {
    server.reset();
    mockServer.use(...syncHandlers(server));
  });

  it('lists each device with the key it joined with; a removed device is refused from then on', async () => {
    const firstToken = await requestFirstDeviceToken();
    const pair = await makeJoiningKeyPair();
    const publicKey = bytesToBase64(await publicKeyBytes(pair.publicKey));
    const request = await requestToJoin(publicKey);
    await admitJoin(
      firstToken,
      request.requestId,
      await admit(await makeTeamKey(), base64ToBytes(publicKey)),
    );
    const status = await joinStatus(request);
    if (status.status !== 'admitted') throw new Error('not admitted');

    const { devices } = await teamDevices(firstToken);
    expect(devices.map((device) => [device.you, device.publicKey])).toEqual([
      [true, undefined],
      [false, publicKey],
    ]);
    const joined = devices[1];
    if (!joined) throw new Error('no second device');
    await removeDevice(firstToken, joined.memberId);

    expect((await teamDevices(firstToken)).devices).toHaveLength(1);
    expect(server.isAdmitted(status.token)).toBe(false);
    await expect(teamDevices(status.token)).rejects.toBeInstanceOf(SyncSignedOutError);
  });
});
