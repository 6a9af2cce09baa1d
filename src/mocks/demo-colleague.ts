/**
 * The demo's fictional colleague, Dominique Exemple (decision 019): a device of the association's
 * team that lives beside the demo's mock server, so that a new user sees sync and a conflict at
 * work without a second browser. Off until the user switches it on (Settings, team section); never
 * on in the e2e tests unless one switches it on.
 *
 * It goes through the protocol as a real device would: it asks to join with an ECDH public key and
 * waits until the user admits it after comparing its code; it opens the team key from its
 * admission; then, on a schedule drawn from a seed, it pulls, opens a case with the team key, makes
 * a plausible edit as "Dominique Exemple", seals it at the next revision and pushes it under its own
 * device id and mutation ids. Once, when the user's device pushes a change to a case, it first
 * changes the same field of that case to a third value, so the user's push comes back stale and
 * the device shows the conflict. It calls the server's methods directly (it is inside it), never
 * the page's API, and checks its token as the handlers would.
 */
import { http } from 'msw';
import { bytesToBase64 } from '../storage/base64';
import {
  acceptAdmission,
  fingerprintOf,
  makeJoiningKeyPair,
  publicKeyBytes,
} from '../storage/crypto/team-key';
import { createWireCodec, type CaseWire } from '../storage/sync-wire';
import { API_BASE } from '../sync/api';
import {
  PushRequestSchema,
  SYNC_PATHS,
  type AdmissionWire,
  type PushRequest,
  type WireRecord,
} from '../sync/protocol';
import { localToday } from '../ui/use-today';
import {
  COLLEAGUE_NOTES,
  clashingEdit,
  possibleEdits,
  type ColleagueEditKind,
} from './demo-colleague-edits';
import { seededRandom, type MockSyncServer } from './sync-server';

export const DEMO_COLLEAGUE_NAME = 'Dominique Exemple';
/** The seed of the demo's schedule: the same demo makes the same edits at the same moments. */
export const DEMO_COLLEAGUE_SEED = 20_261_201;
/** Between two edits: at least 20 s, at most 40 s, drawn from the seed. */
export const EDIT_EVERY_MS = { least: 20_000, most: 40_000 } as const;
/** How often the colleague asks whether it was admitted (as a joining device does). */
export const JOIN_POLL_MS = 3_000;

/**
 * What the colleague keeps across reloads, in the demo server's own database (never in
 * localStorage): no case data, no name, and the team key only as it was wrapped for its key pair,
 * whose private half cannot be exported. The team key itself lives in memory only, opened again
 * from the admission at each start.
 */
export interface DemoColleagueSaved {
  on: boolean;
  seed: number;
  /** How many numbers were drawn from the seed: a reload carries on where the schedule was. */
  draws: number;
  deviceId: string;
  nextMutationId: number;
  edits: number;
  conflictMade: boolean;
  keys?: CryptoKeyPair;
  request?: { requestId: string; pickup: string };
  member?: { token: string; admission: AdmissionWire };
  /** Its request was turned down, or its device removed from the team: it stopped. */
  ended?: 'refused' | 'removed';
}

export type DemoColleaguePhase = 'off' | 'waiting' | 'joined' | 'refused' | 'removed';

/** What Settings shows of the colleague; a new object at each change. */
export interface DemoColleagueView {
  phase: DemoColleaguePhase;
  /** Its key's code while it waits, as its own screen would show it. */
  fingerprint: string | undefined;
  edits: number;
  conflictMade: boolean;
  /** Its last change in this session (memory only): which case, and what it did. */
  lastEdit:
    { kind: ColleagueEditKind | 'conflict'; caseId: string; label: string | undefined } | undefined;
}

export interface DemoColleagueOptions {
  server: MockSyncServer;
  /** What an earlier start kept. */
  saved?: DemoColleagueSaved | undefined;
  seed?: number;
  name?: string;
  /** Keeps the colleague's state (the demo: beside the server's, in its database). */
  keep?: (saved: DemoColleagueSaved) => Promise<void>;
  /** Keeps the server's state after the colleague changed it. */
  keepServer?: () => Promise<void>;
  now?: () => Date;
}

function freshState(seed: number): DemoColleagueSaved {
  return {
    on: false,
    seed,
    draws: 0,
    deviceId: crypto.randomUUID(),
    nextMutationId: 1,
    edits: 0,
    conflictMade: false,
  };
}

export class DemoColleague {
  readonly name: string;
  private readonly server: MockSyncServer;
  private readonly keepState: (saved: DemoColleagueSaved) => Promise<void>;
  private readonly keepServer: () => Promise<void>;
  private readonly now: () => Date;
  private state: DemoColleagueSaved;
  private random: () => number;
  /** The team key, opened from the admission: in memory only. */
  private wire: ReturnType<typeof createWireCodec> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Where the schedule stood before the wait now running was drawn: what is kept, so that a
   * reload draws the same wait again, then the same edit.
   */
  private waitDrawnFrom: number | undefined;
  private work: Promise<void> = Promise.resolve();
  private fingerprint: string | undefined;
  private lastEdit: DemoColleagueView['lastEdit'];
  private view: DemoColleagueView;
  private readonly listeners = new Set<() => void>();

  constructor({
    server,
    saved,
    seed = DEMO_COLLEAGUE_SEED,
    name = DEMO_COLLEAGUE_NAME,
    keep = () => Promise.resolve(),
    keepServer = () => Promise.resolve(),
    now = () => new Date(),
  }: DemoColleagueOptions) {
    this.server = server;
    this.name = name;
    this.keepState = keep;
    this.keepServer = keepServer;
    this.now = now;
    this.state = saved ? { ...saved } : freshState(seed);
    this.random = seededRandom(this.state.seed);
    for (let skipped = 0; skipped < this.state.draws; skipped += 1) this.random();
    this.view = this.makeView();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getView = (): DemoColleagueView => this.view;

  /** Switched on: it asks to join (or, already admitted, goes back to its edits). */
  switchOn = (): Promise<void> =>
    this.queue(async () => {
      this.state = { ...this.state, on: true, ended: undefined };
      await this.carryOn();
    });

  /** Switched off: it stops; a request still waiting is withdrawn. */
  switchOff = (): Promise<void> =>
    this.queue(async () => {
      this.stopTimer();
      const { request } = this.state;
      if (request && this.server.refuseJoin(request.requestId)) await this.keepServer();
      this.state = { ...this.state, on: false, request: undefined };
      this.fingerprint = undefined;
      await this.save();
    });

  /** At the demo's start: carries on where a reload left it, if it was on. */
  resume = (): Promise<void> =>
    this.queue(async () => {
      if (this.state.on) await this.carryOn();
    });

  /** Resolves once the work under way (a join, an edit, a conflict) is done: for tests. */
  settled(): Promise<void> {
    return this.work;
  }

  /** Stops its timers (a test's end). */
  stop(): void {
    this.stopTimer();
  }

  /**
   * A device of the team is pushing (the push handler calls this first): the first time, the
   * colleague changes the same field of the same case, so that this push comes back stale.
   */
  beforeDevicePush(request: PushRequest, token: string): Promise<void> {
    return this.queue(async () => {
      const { member } = this.state;
      if (!this.state.on || this.state.conflictMade || !member || !this.wire) return;
      if (token === member.token || !this.server.isAdmitted(token)) return;
      if (!this.isStillMember()) return;
      for (const mutation of request.mutations) {
        if (await this.clashWith(mutation.record, mutation.baseRev)) return;
      }
    });
  }

  private queue(task: () => Promise<void>): Promise<void> {
    const next = this.work.then(task).catch(() => undefined);
    this.work = next;
    return next.finally(() => this.publish());
  }

  private async carryOn(): Promise<void> {
    this.stopTimer();
    const { member, request } = this.state;
    if (member) {
      if (await this.openTeamKey(member.admission)) {
        await this.save();
        this.scheduleEdit();
        return;
      }
      // Removed from the team meanwhile: it stays off until switched on again.
      if (!this.state.on) return this.save();
      // Its admission no longer opens (its keys were lost): it asks again.
      this.state = { ...this.state, member: undefined };
    }
    if (!request) await this.askToJoin();
    await this.save();
    this.scheduleJoinPoll();
  }

  private async askToJoin(): Promise<void> {
    const keys = await makeJoiningKeyPair(false);
    const publicKey = bytesToBase64(await publicKeyBytes(keys.publicKey));
    const request = this.server.requestJoin(publicKey, this.now());
    await this.keepServer();
    this.state = { ...this.state, keys, request, member: undefined };
    this.wire = undefined;
  }

  private async openTeamKey(admission: AdmissionWire): Promise<boolean> {
    if (!this.state.keys) return false;
    try {
      this.wire = createWireCodec(await acceptAdmission(this.state.keys, admission));
      return this.isStillMember();
    } catch {
      this.wire = undefined;
      return false;
    }
  }

  /** Whether the team still has its device; if not, it stops for good (the user removed it). */
  private isStillMember(): boolean {
    const { member } = this.state;
    if (member && this.server.isAdmitted(member.token)) return true;
    this.stopTimer();
    this.wire = undefined;
    this.state = { ...this.state, on: false, ended: 'removed', member: undefined, keys: undefined };
    return false;
  }

  private scheduleJoinPoll(): void {
    this.timer = setTimeout(() => void this.queue(() => this.pollJoin()), JOIN_POLL_MS);
  }

  private async pollJoin(): Promise<void> {
    const { request } = this.state;
    if (!this.state.on || !request) return;
    const status = this.server.joinStatus(request.requestId, request.pickup);
    if (status?.status === 'waiting') {
      this.scheduleJoinPoll();
      return;
    }
    if (!status) {
      // Turned down by the user: it stops, and asks again only if switched on again.
      this.state = { ...this.state, on: false, ended: 'refused', request: undefined };
      this.fingerprint = undefined;
      await this.save();
      return;
    }
    // Picked up once: the server forgets the request, so both are kept before anything else.
    this.state = {
      ...this.state,
      request: undefined,
      member: { token: status.token, admission: status.admission },
    };
    await this.keepServer();
    await this.save();
    if (await this.openTeamKey(status.admission)) this.scheduleEdit();
    else await this.save();
  }

  private draw(): number {
    this.state = { ...this.state, draws: this.state.draws + 1 };
    return this.random();
  }

  private scheduleEdit(): void {
    const { least, most } = EDIT_EVERY_MS;
    const drawnFrom = this.state.draws;
    const delay = least + Math.floor(this.draw() * (most - least));
    this.waitDrawnFrom = drawnFrom;
    this.timer = setTimeout(
      () =>
        void this.queue(async () => {
          this.waitDrawnFrom = undefined;
          await this.editOnce();
          if (this.state.on) this.scheduleEdit();
          await this.save();
        }),
      delay,
    );
  }

  /** One edit: a case drawn among those the server holds, one of its plausible edits drawn. */
  private async editOnce(): Promise<void> {
    // Three draws each time, whatever happens, so the schedule depends on the seed alone.
    const [caseDraw, kindDraw, noteDraw] = [this.draw(), this.draw(), this.draw()];
    if (!this.state.on || !this.wire || !this.isStillMember()) return;
    const cases = this.pullCases();
    const record = cases[Math.floor(caseDraw * cases.length)];
    if (!record) return;
    const current = await this.wire.open(record);
    if (current.kind !== 'case') return;
    const note = COLLEAGUE_NOTES[Math.floor(noteDraw * COLLEAGUE_NOTES.length)] ?? '';
    const edits = possibleEdits(current.content, {
      pathway: current.pathway,
      today: localToday(this.now()),
      note,
    });
    const edit = edits[Math.floor(kindDraw * edits.length)];
    if (!edit) return;
    if (await this.pushVersion(record, { ...current, content: edit.content })) {
      this.state = { ...this.state, edits: this.state.edits + 1 };
      this.lastEdit = { kind: edit.kind, caseId: record.id, label: labelOf(edit.content) };
    }
  }

  /** Every case the server holds, as a device pulls them (from the start of the change log). */
  private pullCases(): WireRecord[] {
    const records: WireRecord[] = [];
    let after = 0;
    for (;;) {
      const page = this.server.pull(after);
      records.push(...page.changes.map((change) => change.record));
      if (!page.more) break;
      after = page.checkpoint;
    }
    return records.filter((record) => record.table === 'cases' && !record.deleted);
  }

  /** The user's version of a case meets the colleague's, made first on the same field. */
  private async clashWith(sent: WireRecord, baseRev: number): Promise<boolean> {
    if (!this.wire || sent.table !== 'cases' || sent.deleted || baseRev === 0) return false;
    const current = this.pullCases().find((record) => record.id === sent.id);
    // Already stale without the colleague: nothing to add.
    if (current?.rev !== baseRev) return false;
    const [theirs, mine] = await Promise.all([this.wire.open(current), this.wire.open(sent)]);
    if (theirs.kind !== 'case' || mine.kind !== 'case') return false;
    const clash = clashingEdit(theirs.content, mine.content, this.name);
    if (!clash || !(await this.pushVersion(current, { ...theirs, content: clash.content })))
      return false;
    this.state = { ...this.state, conflictMade: true, edits: this.state.edits + 1 };
    this.lastEdit = { kind: 'conflict', caseId: current.id, label: labelOf(clash.content) };
    await this.save();
    return true;
  }

  /** Seals the colleague's version at the next revision and pushes it as its own device. */
  private async pushVersion(current: WireRecord, content: CaseWire): Promise<boolean> {
    if (!this.wire) return false;
    const at = this.now().toISOString();
    const record = await this.wire.seal('cases', current.id, current.rev + 1, {
      ...content,
      updatedAt: at,
      changedBy: this.name,
      changedAt: at,
    });
    const send = (mutationId: number) =>
      this.server.push({
        deviceId: this.state.deviceId,
        mutations: [{ mutationId, baseRev: current.rev, record }],
      });
    let mutationId = this.state.nextMutationId;
    let answer = send(mutationId);
    if (answer.status === 409) {
      // The server forgot this device (a demo server started afresh): numbered from its count.
      mutationId = answer.body.expected;
      answer = send(mutationId);
    }
    if (answer.status !== 200) return false;
    this.state = { ...this.state, nextMutationId: mutationId + 1 };
    await this.keepServer();
    await this.save();
    return answer.body.results[0]?.status === 'applied';
  }

  private stopTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.waitDrawnFrom = undefined;
  }

  private async save(): Promise<void> {
    const { request, keys } = this.state;
    this.fingerprint =
      request && keys ? await fingerprintOf(await publicKeyBytes(keys.publicKey)) : undefined;
    const draws = this.waitDrawnFrom ?? this.state.draws;
    await this.keepState({ ...this.state, draws }).catch(() => undefined);
  }

  private makeView(): DemoColleagueView {
    const { on, ended, member, edits, conflictMade } = this.state;
    const phase: DemoColleaguePhase = !on
      ? (ended ?? 'off')
      : member && this.wire
        ? 'joined'
        : 'waiting';
    return { phase, fingerprint: this.fingerprint, edits, conflictMade, lastEdit: this.lastEdit };
  }

  private publish(): void {
    const next = this.makeView();
    const same = (Object.keys(next) as (keyof DemoColleagueView)[]).every(
      (key) => next[key] === this.view[key],
    );
    if (same) return;
    this.view = next;
    for (const listener of this.listeners) listener();
  }
}

/** The case's label (a pseudonym), shown in Settings beside the colleague's last edit. */
function labelOf(content: Record<string, unknown>): string | undefined {
  return typeof content.label === 'string' ? content.label : undefined;
}

function tokenOf(request: Request): string | undefined {
  return /^Bearer (\S+)$/.exec(request.headers.get('Authorization') ?? '')?.[1];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Put before the association server's handlers: a device's push is shown to the colleague first
 * (it may make its one conflict), then left to the server's own handler, which answers it.
 */
export function demoColleagueHandlers(colleague: DemoColleague) {
  return [
    http.post(`*${API_BASE}${SYNC_PATHS.push}`, async ({ request }) => {
      const token = tokenOf(request);
      // A copy: the server's handler reads the body after this one.
      const parsed = PushRequestSchema.safeParse(parseJson(await request.clone().text()));
      if (token && parsed.success) await colleague.beforeDevicePush(parsed.data, token);
      return undefined;
    }),
  ];
}
