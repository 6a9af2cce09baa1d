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
} as const;

export const TeamStartResponseSchema = z.strictObject({ token: z.string().min(16).max(200) });

/** The tables that travel. Drafts, settings, views, the audit and the outbox never do. */
export const WIRE_TABLES = ['cases', 'interviews', 'attachments'] as const;
export type WireTable = (typeof WIRE_TABLES)[number];

/** Record ids are the app's UUID v7s: nothing else (no label, no name) can pass for one. */
const RecordId = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
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
});
export type PullResponse = z.infer<typeof PullResponseSchema>;

export const PULL_PAGE_SIZE = 500;
