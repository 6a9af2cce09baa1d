/**
 * The association's team key and how a device joins (decisions 007 and 016). The first device of
 * an association makes the team key (AES-GCM, 256 bits). A new device makes an ECDH P-256 key pair
 * and shows its public key's fingerprint; a colleague's device already in the team checks the same
 * fingerprint on its own screen, then wraps the team key for that public key: an ephemeral ECDH key
 * pair of its own, HKDF-SHA-256 of the shared secret, AES-GCM over the team key's bytes. The server
 * carries the request and the admission; it can read neither.
 */
import { base64ToBytes, bytesToBase64 } from '../base64';
import { randomBytes } from './aes-gcm';

const CURVE = { name: 'ECDH', namedCurve: 'P-256' } as const;
const WRAP_INFO = new TextEncoder().encode('passerelle/team-key/admission/v1');

/** A new team key: extractable, so that it can be sealed by the vault and wrapped for a device. */
export function makeTeamKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

export async function teamKeyBytes(key: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.exportKey('raw', key));
}

export function importTeamKey(bytes: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', bytes, 'AES-GCM', true, ['encrypt', 'decrypt']);
}

/**
 * The key pair a device joins with; its private half never leaves the device. `extractable: false`
 * for a pair that is stored (the demo's fictional colleague keeps its own): the private half can
 * then be used, never exported; the public half can always be.
 */
export function makeJoiningKeyPair(extractable = true): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(CURVE, extractable, ['deriveBits']);
}

export async function publicKeyBytes(key: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.exportKey('raw', key));
}

/**
 * What both screens show, to be compared aloud or side by side: the first 48 bits of the SHA-256
 * of the joining device's public key, as three groups of four characters.
 */
export async function fingerprintOf(publicKey: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', publicKey));
  const hex = [...digest.slice(0, 6)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return hex.toUpperCase().replace(/(.{4})(?=.)/g, '$1-');
}

/** The team key wrapped for one joining device: what travels (base64), nothing else. */
export interface Admission {
  ephemeralPublicKey: string;
  salt: string;
  iv: string;
  wrapped: string;
}

async function wrappingKey(
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  salt: Uint8Array<ArrayBuffer>,
): Promise<CryptoKey> {
  const secret = await crypto.subtle.deriveBits(
    { name: 'ECDH', public: publicKey },
    privateKey,
    256,
  );
  const material = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: WRAP_INFO },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** On a device of the team: the team key, wrapped for the joining device's public key. */
export async function admit(
  teamKey: CryptoKey,
  joiningPublicKey: Uint8Array<ArrayBuffer>,
): Promise<Admission> {
  const joining = await crypto.subtle.importKey('raw', joiningPublicKey, CURVE, false, []);
  const ephemeral = await crypto.subtle.generateKey(CURVE, true, ['deriveBits']);
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await wrappingKey(ephemeral.privateKey, joining, salt);
  const bytes = await teamKeyBytes(teamKey);
  try {
    const wrapped = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: joiningPublicKey },
      key,
      bytes,
    );
    return {
      ephemeralPublicKey: bytesToBase64(await publicKeyBytes(ephemeral.publicKey)),
      salt: bytesToBase64(salt),
      iv: bytesToBase64(iv),
      wrapped: bytesToBase64(new Uint8Array(wrapped)),
    };
  } finally {
    bytes.fill(0);
  }
}

/** On the joining device: the team key out of its admission; throws when it was not meant for it. */
export async function acceptAdmission(
  joining: CryptoKeyPair,
  admission: Admission,
): Promise<CryptoKey> {
  const fromBase64 = base64ToBytes;
  const ephemeral = await crypto.subtle.importKey(
    'raw',
    fromBase64(admission.ephemeralPublicKey),
    CURVE,
    false,
    [],
  );
  const key = await wrappingKey(joining.privateKey, ephemeral, fromBase64(admission.salt));
  const bytes = new Uint8Array(
    await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: fromBase64(admission.iv),
        additionalData: await publicKeyBytes(joining.publicKey),
      },
      key,
      fromBase64(admission.wrapped),
    ),
  );
  try {
    return await importTeamKey(bytes);
  } finally {
    bytes.fill(0);
  }
}
