/**
 * Argon2id's parameters (decision 011): what this app writes, and the bounds a stored vault or a
 * backup file may ask for, checked before any derivation. No WebAssembly here: this module is in
 * the main bundle, the derivation itself is not.
 */
export interface Argon2idParams {
  /** Memory, in KiB (Argon2's m). */
  memoryKiB: number;
  /** Passes over that memory (Argon2's t). */
  passes: number;
  /** Lanes (Argon2's p). The derivation runs on one thread whatever the count. */
  parallelism: number;
}

/** What new vaults, passphrase changes and backups use: RFC 9106's second recommended option. */
export const ARGON2ID_PARAMS: Readonly<Argon2idParams> = {
  memoryKiB: 64 * 1024,
  passes: 3,
  parallelism: 1,
};

/** OWASP's minimum (19 MiB, 2 passes, 1 lane): nothing weaker is derived. */
export const ARGON2ID_MIN: Readonly<Argon2idParams> = {
  memoryKiB: 19 * 1024,
  passes: 2,
  parallelism: 1,
};

/**
 * The most a vault or a backup may ask for: 4 times the memory and under 3 times the passes this
 * app writes (at most about 11 times its work). A crafted file asking for gigabytes or thousands of
 * passes would freeze or crash the tab; it is refused before anything is derived.
 */
export const ARGON2ID_MAX: Readonly<Argon2idParams> = {
  memoryKiB: 256 * 1024,
  passes: 8,
  parallelism: 4,
};

/** The salt's size, in bytes. */
export const ARGON2ID_SALT_BYTES = 16;
/** The derived key's size, in bytes: an AES-256 key. */
export const ARGON2ID_KEY_BYTES = 32;

export function isWithinArgon2idBounds(params: Argon2idParams): boolean {
  return (['memoryKiB', 'passes', 'parallelism'] as const).every(
    (name) =>
      Number.isSafeInteger(params[name]) &&
      params[name] >= ARGON2ID_MIN[name] &&
      params[name] <= ARGON2ID_MAX[name],
  );
}

/** What the derivation is given: the passphrase as UTF-8 bytes, and the salt. */
export interface Argon2idRequest extends Argon2idParams {
  password: Uint8Array<ArrayBuffer>;
  salt: Uint8Array<ArrayBuffer>;
}

/** What the worker sends back: the derived bytes, or why it could not derive them. */
export type Argon2idResponse = { key: Uint8Array<ArrayBuffer> } | { error: string };
