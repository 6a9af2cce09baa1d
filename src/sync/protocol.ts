/**
 * The sync protocol between a device and the association's server (docs/sync-protocol.md): the
 * one set of schemas the client and the mock server both parse with. Every object is strict: a
 * field the protocol does not name is refused, so nothing but ids, revisions and sealed payloads
 * can ever travel (decision 007).
 */
import { z } from 'zod';

export const SYNC_PATHS = {
  push: '/sync/push',
  pull: '/sync/pull',
  /** The association's first device starts the team: it gets a token (409 once a team exists). */
  team: '/sync/team',
  /**
   * A device asks to join (no token): it sends its public key and gets a request id and a pickup
   * secret; `GET …/join/{id}` with that secret answers `waiting`, or its admission and token.
   * Devices of the team list the waiting requests (`GET …/join`), admit one
   * (`POST …/join/{id}/admit`) or turn it down (`DELETE …/join/{id}`).
   */
  join: '/sync/join',
  /** The team's devices (`GET`), and removing one (`DELETE …/devices/{id}`: its token ends). */
  devices: '/sync/devices',
  /**
   * A scan's content, chunk by chunk (`PUT`/`GET …/blobs/{attachmentId}/{index}`, bytes: the IV
   * then the ciphertext, sealed with the team key). Sent before the scan's record, so a colleague
   * who pulls the record can fetch it; fetched only when a colleague opens the scan.
   */
  blobs: '/sync/blobs',
} as const;

/** A chunk holds at most 4 MiB of a scan (src/storage/attachments-repository.ts), plus its seal. */
export const MAX_BLOB_BYTES = 4 * 1024 * 1024 + 12 + 16;
/** A scan has at most this many chunks (the online filing takes files of 10 MB at most). */
export const MAX_BLOB_INDEX = 63;

/** The path of one chunk of a scan, its parts checked: only an id and an index can pass. */
export function blobPath(attachmentId: string, index: number): string {
  if (!RecordId.safeParse(attachmentId).success || !BlobIndex.safeParse(index).success)
    throw new Error('Not a scan chunk address');
  return `${SYNC_PATHS.blobs}/${attachmentId}/${String(index)}`;
}

const Token = z.string().min(16).max(200);
export const TeamStartResponseSchema = z.strictObject({ token: Token });

/**
 * The tables that travel. Drafts, settings, views, the audit and the outbox never do. `conflicts`
 * holds the conflicts a device found, so that every colleague sees them until one is settled.
 */
export const WIRE_TABLES = ['cases', 'interviews', 'attachments', 'conflicts'] as const;
export type WireTable = (typeof WIRE_TABLES)[number];

const JoinRequestId = z.uuid();
const PublicKey = z
  .string()
  .length(88)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/);

/** A joining device's request: its ECDH P-256 public key (65 bytes, raw, base64). */
export const JoinRequestSchema = z.strictObject({ publicKey: PublicKey });
export const JoinCreatedSchema = z.strictObject({
  requestId: JoinRequestId,
  /** Sent back with each `GET …/join/{id}` (header `X-Pickup`): only the asking device has it. */
  pickup: Token,
});
/** The team key wrapped for the joining device's public key (src/storage/crypto/team-key.ts). */
export const AdmissionSchema = z.strictObject({
  ephemeralPublicKey: PublicKey,
  salt: z.string().min(1).max(64),
  iv: z.string().min(1).max(64),
  wrapped: z.string().min(1).max(128),
});
export type AdmissionWire = z.infer<typeof AdmissionSchema>;
export const JoinStatusSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('waiting') }),
  z.strictObject({ status: z.literal('admitted'), admission: AdmissionSchema, token: Token }),
]);
export type JoinStatus = z.infer<typeof JoinStatusSchema>;
/** What the team's devices see of the waiting requests: no name, only the key and the time. */
export const WaitingJoinsSchema = z.strictObject({
  requests: z.array(
    z.strictObject({
      requestId: JoinRequestId,
      publicKey: PublicKey,
      requestedAt: z.iso.datetime(),
    }),
  ),
});
export type WaitingJoins = z.infer<typeof WaitingJoinsSchema>;
export const AdmitRequestSchema = z.strictObject({ admission: AdmissionSchema });

/**
 * The devices of the team as the server knows them: an id of its own, when each was admitted, and
 * the public key it joined with (none for the first device); `you` marks the asking device.
 */
export const TeamDevicesSchema = z.strictObject({
  devices: z.array(
    z.strictObject({
      memberId: z.uuid(),
      admittedAt: z.iso.datetime(),
      publicKey: PublicKey.optional(),
      you: z.boolean(),
    }),
  ),
});
export type TeamDevices = z.infer<typeof TeamDevicesSchema>;

/** Record ids are the app's UUID v7s: nothing else (no label, no name) can pass for one. */
export const RecordId = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
export const BlobIndex = z.number().int().min(0).max(MAX_BLOB_INDEX);
const DeviceId = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const Base64 = z
  .string()
  .min(1)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

/**
 * A record as the server stores it and as it travels: its id, table, the server's revision, whether
 * it was deleted, and its content sealed with the team key (additional data: table, id, revision).
 * A deletion is a tombstone whose sealed payload says so, so the server cannot fake one.
 */
export const WireRecordSchema = z.strictObject({
  id: RecordId,
  table: z.enum(WIRE_TABLES),
  rev: z.number().int().min(1),
  deleted: z.boolean(),
  sealed: z.strictObject({ iv: Base64, data: Base64 }),
});
export type WireRecord = z.infer<typeof WireRecordSchema>;

/**
 * One change pushed by a device: numbered per device from 1, without gaps; based on the server
 * revision the device last agreed on (0 for a record the server has never seen). `record.rev` is
 * `baseRev + 1`.
 */
export const MutationSchema = z
  .strictObject({
    mutationId: z.number().int().min(1),
    baseRev: z.number().int().min(0),
    record: WireRecordSchema,
  })
  .refine((mutation) => mutation.record.rev === mutation.baseRev + 1, {
    message: 'A mutation makes the revision after its base',
  });
export type Mutation = z.infer<typeof MutationSchema>;

export const PushRequestSchema = z.strictObject({
  deviceId: DeviceId,
  mutations: z.array(MutationSchema).min(1).max(500),
});
export type PushRequest = z.infer<typeof PushRequestSchema>;

/**
 * What became of each mutation, in order: applied (at the new revision), or stale (the server holds
 * a newer revision than `baseRev`; here it is, for the device to merge). A mutation already applied
 * is answered again with its stored result, never applied twice.
 */
export const MutationResultSchema = z.discriminatedUnion('status', [
  z.strictObject({
    mutationId: z.number().int().min(1),
    status: z.literal('applied'),
    rev: z.number().int().min(1),
  }),
  z.strictObject({
    mutationId: z.number().int().min(1),
    status: z.literal('stale'),
    current: WireRecordSchema,
  }),
]);
export type MutationResult = z.infer<typeof MutationResultSchema>;

export const PushResponseSchema = z.strictObject({ results: z.array(MutationResultSchema) });
export type PushResponse = z.infer<typeof PushResponseSchema>;

/** A mutation id past the next one the server expects: refused whole, nothing applied. */
export const GapResponseSchema = z.strictObject({
  error: z.literal('gap'),
  expected: z.number().int().min(1),
});

/** Every change the server ordered after `after` (its sequence), oldest first, a page at a time. */
export const PullResponseSchema = z.strictObject({
  changes: z.array(z.strictObject({ seq: z.number().int().min(1), record: WireRecordSchema })),
  /** The sequence of the last change of this page (or `after` when there is none). */
  checkpoint: z.number().int().min(0),
  more: z.boolean(),
  /** How many changes remain after this page: a first pull shows "n of N" from it. */
  remaining: z.number().int().min(0),
});
export type PullResponse = z.infer<typeof PullResponseSchema>;

export const PULL_PAGE_SIZE = 500;
