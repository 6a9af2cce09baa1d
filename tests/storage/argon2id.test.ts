import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ARGON2ID_MAX,
  ARGON2ID_MIN,
  ARGON2ID_PARAMS,
  type Argon2idParams,
} from '../../src/storage/crypto/argon2id-params';
import { computeArgon2id } from '../../src/storage/crypto/compute-argon2id';
import { deriveArgon2idBytes } from '../../src/storage/crypto/derive-argon2id';
import { DEFAULT_KDF, deriveKeyFromPassphrase } from '../../src/storage/crypto/passphrase-key';

const encoder = new TextEncoder();
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
/** 16 bytes, as the app's salts are. */
const SALT = encoder.encode('passerelle-salt!');
const PASSWORD = 'correct horse battery staple';

/**
 * Computed with Argon2's reference implementation (the `argon2` command of Debian's package,
 * version 1.3): `echo -n 'correct horse battery staple' | argon2 'passerelle-salt!' -id -t 3
 * -k 65536 -p 1 -l 32 -r`, and with `-t 2 -k 19456` for OWASP's minimum.
 */
const REFERENCE: [string, Argon2idParams, string][] = [
  [
    "the app's parameters (64 MiB, 3 passes, 1 lane)",
    { memoryKiB: 65_536, passes: 3, parallelism: 1 },
    '2eb3ca5fe160363603b8e846ed17329c9ca0309891efd3425c20a07cfbb37964',
  ],
  [
    "OWASP's minimum (19 MiB, 2 passes, 1 lane)",
    { memoryKiB: 19_456, passes: 2, parallelism: 1 },
    'e08f73ff56b7dd3b6b0a370a3e7f6dfaf9ca91dc0445373c33d8a9a9c46a8610',
  ],
];

describe('Argon2id key derivation', () => {
  afterEach(() => vi.restoreAllMocks());

  it('derives with 64 MiB, 3 passes and 1 lane by default: above OWASP’s minimum, within the bounds', () => {
    expect(ARGON2ID_PARAMS).toEqual({ memoryKiB: 64 * 1024, passes: 3, parallelism: 1 });
    expect(DEFAULT_KDF).toEqual({ kdf: 'Argon2id', ...ARGON2ID_PARAMS });
    expect(ARGON2ID_MIN).toEqual({ memoryKiB: 19 * 1024, passes: 2, parallelism: 1 });
    for (const name of ['memoryKiB', 'passes', 'parallelism'] as const) {
      expect(ARGON2ID_PARAMS[name]).toBeGreaterThanOrEqual(ARGON2ID_MIN[name]);
      expect(ARGON2ID_PARAMS[name]).toBeLessThanOrEqual(ARGON2ID_MAX[name]);
    }
  });

  it.each(REFERENCE)(
    'agrees with the reference implementation with %s',
    async (_what, params, expected) => {
      const key = await computeArgon2id({
        password: encoder.encode(PASSWORD),
        salt: SALT,
        ...params,
      });
      expect(hex(key)).toBe(expected);
    },
  );

  it('without a Worker, derives in-process through the same function, from the NFC form of the passphrase', async () => {
    expect(typeof Worker).toBe('undefined');
    const [, params, expected] = REFERENCE[1] ?? [];
    if (!params) throw new Error('no reference');
    expect(hex(await deriveArgon2idBytes(PASSWORD, SALT.slice(), params))).toBe(expected);

    const composed = await deriveArgon2idBytes('marée-haute-\u00e9té', SALT.slice(), params);
    const decomposed = await deriveArgon2idBytes(
      'marée-haute-e\u0301te\u0301',
      SALT.slice(),
      params,
    );
    expect(hex(decomposed)).toBe(hex(composed));
  });

  it('imports the derived bytes as a non-extractable AES-GCM key', async () => {
    const key = await deriveKeyFromPassphrase(
      PASSWORD,
      SALT.slice(),
      { kdf: 'Argon2id', ...ARGON2ID_MIN },
      ['wrapKey', 'unwrapKey'],
    );
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    expect(key.usages.sort()).toEqual(['unwrapKey', 'wrapKey']);
  });

  it.each([
    ['4 GiB of memory', { memoryKiB: 4 * 1024 * 1024 }],
    ['1,000 passes', { passes: 1_000 }],
    ['less memory than OWASP’s minimum', { memoryKiB: 1024 }],
    ['1 pass', { passes: 1 }],
    ['64 lanes', { parallelism: 64 }],
    ['a fraction of a KiB', { memoryKiB: 65_536.5 }],
  ])('refuses %s before deriving anything', async (_what, change) => {
    const instantiate = vi.spyOn(WebAssembly, 'instantiate');
    const request = {
      password: encoder.encode(PASSWORD),
      salt: SALT,
      ...ARGON2ID_PARAMS,
      ...change,
    };
    await expect(computeArgon2id(request)).rejects.toThrow(RangeError);
    expect(instantiate).not.toHaveBeenCalled();
  });

  it('refuses a salt of another size than 16 bytes', async () => {
    const request = { password: encoder.encode(PASSWORD), salt: SALT.slice(0, 8), ...ARGON2ID_MIN };
    await expect(computeArgon2id(request)).rejects.toThrow(RangeError);
  });
});
