import { describe, expect, it } from 'vitest';
import {
  acceptAdmission,
  admit,
  fingerprintOf,
  makeJoiningKeyPair,
  makeTeamKey,
  publicKeyBytes,
} from '../../src/storage/crypto/team-key';
import { createEncryptedCodec } from '../../src/storage/record-codec';

/**
 * A device joins the team (decision 007): a colleague's device wraps the team key for its public
 * key, after both screens showed the same fingerprint. What travels opens only on that device.
 */
const address = { table: 'wire/cases', id: '01a20000-0000-7000-8000-000000000001', version: 1 };

describe('joining the team', () => {
  it('the admitted device opens what the team sealed', async () => {
    const teamKey = await makeTeamKey();
    const sealed = await createEncryptedCodec(teamKey).seal(address, { label: 'DEMO-TEAM' });
    const joining = await makeJoiningKeyPair();

    const admission = await admit(teamKey, await publicKeyBytes(joining.publicKey));
    const travelled = JSON.parse(JSON.stringify(admission)) as typeof admission;
    const received = await acceptAdmission(joining, travelled);

    expect(await createEncryptedCodec(received).open(address, sealed)).toEqual({
      label: 'DEMO-TEAM',
    });
  });

  it('an admission meant for one device does not open on another, nor once tampered with', async () => {
    const teamKey = await makeTeamKey();
    const meant = await makeJoiningKeyPair();
    const other = await makeJoiningKeyPair();
    const admission = await admit(teamKey, await publicKeyBytes(meant.publicKey));

    await expect(acceptAdmission(other, admission)).rejects.toThrow();
    const flipped = admission.wrapped.startsWith('A')
      ? `B${admission.wrapped.slice(1)}`
      : `A${admission.wrapped.slice(1)}`;
    await expect(acceptAdmission(meant, { ...admission, wrapped: flipped })).rejects.toThrow();
  });

  it('both screens show the same short fingerprint of the joining key, and another key shows another', async () => {
    const joining = await makeJoiningKeyPair();
    const onNewDevice = await fingerprintOf(await publicKeyBytes(joining.publicKey));
    const onColleagueDevice = await fingerprintOf(await publicKeyBytes(joining.publicKey));
    const other = await fingerprintOf(await publicKeyBytes((await makeJoiningKeyPair()).publicKey));

    expect(onNewDevice).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(onColleagueDevice).toBe(onNewDevice);
    expect(other).not.toBe(onNewDevice);
  });

  it('an admission carries no key in clear: only an ephemeral public key, a salt, an IV and the wrapped bytes', async () => {
    const teamKey = await makeTeamKey();
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', teamKey));
    const joining = await makeJoiningKeyPair();
    const admission = await admit(teamKey, await publicKeyBytes(joining.publicKey));

    expect(Object.keys(admission).sort()).toEqual(['ephemeralPublicKey', 'iv', 'salt', 'wrapped']);
    expect(JSON.stringify(admission)).not.toContain(Buffer.from(raw).toString('base64'));
  });
});
