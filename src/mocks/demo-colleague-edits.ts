/**
 * What the demo's fictional colleague (src/mocks/demo-colleague.ts, decision 019) changes in a
 * case: plausible, harmless edits that pass the case file's schema, and once, another value of the
 * very field the user just changed, so that the user's device meets a conflict. Pure: the content
 * in, the edited content out. Everything written here is fictional.
 */
import {
  CaseFileContentSchema,
  PathwaySchema,
  assessCaseFile,
  isPlainDate,
  isSameValue,
  settleConflicts,
  shiftDays,
} from '../domain';

/**
 * The colleague's kinds of edit. No timeline event: every event kind of the domain moves a
 * deadline or the verdict, which a demo must not do behind the user's back.
 */
export const COLLEAGUE_EDIT_KINDS = ['case-note', 'timeline-note', 'document'] as const;
export type ColleagueEditKind = (typeof COLLEAGUE_EDIT_KINDS)[number];

/** The fictional follow-up notes the colleague writes (data of the demo, in its language). */
export const COLLEAGUE_NOTES = [
  'Appel de suivi : la personne va bien, le prochain rendez-vous est confirmé (note fictive).',
  'Attestation demandée à l’hébergeuse, réponse attendue cette semaine (note fictive).',
  'Point avec l’avocate prévu la semaine prochaine (note fictive).',
  'Interprète réservée pour le prochain rendez-vous (note fictive).',
] as const;

type Content = Record<string, unknown>;

export interface ColleagueEdit {
  kind: ColleagueEditKind;
  content: Content;
}

function isEntries(value: unknown): value is Content {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isValid(content: Content): boolean {
  return CaseFileContentSchema.safeParse(content).success;
}

/** A note at the end of the case's notes. */
function addCaseNote(content: Content, note: string): Content | undefined {
  const notes = typeof content.notes === 'string' && content.notes !== '' ? content.notes : '';
  return { ...content, notes: notes ? `${notes}\n\n${note}` : note };
}

/** A note on the first timeline entry that has none (entries merge by id: only it changes). */
function addTimelineNote(content: Content, note: string): Content | undefined {
  const timeline = Array.isArray(content.timeline) ? (content.timeline as unknown[]) : [];
  const index = timeline.findIndex((entry) => isEntries(entry) && !entry.note);
  const entry = timeline[index];
  if (!isEntries(entry)) return undefined;
  return {
    ...content,
    timeline: timeline.map((item, at) => (at === index ? { ...entry, note } : item)),
  };
}

/**
 * The next step of one document line of the case's checklist: a line asked for is received today,
 * or else a line still missing is asked for today.
 */
function advanceDocument(content: Content, pathway: string, today: string): Content | undefined {
  const parsed = CaseFileContentSchema.safeParse(content);
  const path = PathwaySchema.safeParse(pathway);
  if (!parsed.success || !path.success || !isPlainDate(today)) return undefined;
  const assessed = assessCaseFile({ ...parsed.data, pathway: path.data }, today);
  if (!assessed.ok) return undefined;
  const documents = isEntries(content.documents) ? content.documents : {};
  const codes = assessed.assessment.checklist.map((line) => line.code);
  const statusOf = (code: string) => {
    const line = documents[code];
    return isEntries(line) && typeof line.status === 'string' ? line.status : 'missing';
  };
  const received = codes.find((code) => statusOf(code) === 'requested');
  const requested = codes.find((code) => statusOf(code) === 'missing');
  const code = received ?? requested;
  if (code === undefined) return undefined;
  const line = isEntries(documents[code]) ? documents[code] : {};
  const next = received
    ? { ...line, status: 'received', receivedOn: today }
    : { ...line, status: 'requested', requestedOn: today };
  return { ...content, documents: { ...documents, [code]: next } };
}

/** Every edit the colleague could make to this case now, each valid for the case file's schema. */
export function possibleEdits(
  content: Content,
  { pathway, today, note }: { pathway: string; today: string; note: string },
): ColleagueEdit[] {
  const made: [ColleagueEditKind, Content | undefined][] = [
    ['case-note', addCaseNote(content, note)],
    ['timeline-note', addTimelineNote(content, note)],
    ['document', advanceDocument(content, pathway, today)],
  ];
  return made.flatMap(([kind, edited]) =>
    edited && isValid(edited) ? [{ kind, content: edited }] : [],
  );
}

/** One value the user changed: where, what the server held, what the user's device sends. */
interface Change {
  path: string[];
  before: unknown;
  after: unknown;
}

function isItemList(value: unknown): value is Content[] {
  return (
    Array.isArray(value) && value.every((item) => isEntries(item) && typeof item.id === 'string')
  );
}

/**
 * The values the user changed, walked as the three-way merge walks them (decision 012): objects
 * key by key, lists of items with an id item by item (only the items the server has: a new item
 * cannot clash), anything else as one value.
 */
function changesBetween(before: unknown, after: unknown, path: string[]): Change[] {
  if (isSameValue(before, after)) return [];
  if (isEntries(after) && (before === undefined || isEntries(before))) {
    const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
    return [...keys].flatMap((key) => changesBetween(before?.[key], after[key], [...path, key]));
  }
  if (isItemList(before) && isItemList(after)) {
    return before.flatMap((item) => {
      const id = String(item.id);
      const other = after.find((candidate) => candidate.id === id);
      return other ? changesBetween(item, other, [...path, id]) : [];
    });
  }
  return [{ path, before, after }];
}

/** Values the colleague could have typed instead: a day apart for a date, her own words for a text. */
function alternativesTo({ before, after }: Change, name: string): unknown[] {
  const basis = after ?? before;
  if (typeof basis === 'string' && isPlainDate(basis))
    return [shiftDays(basis, 1), shiftDays(basis, -1), shiftDays(basis, 2)];
  if (typeof basis === 'string') return [`${basis} (version de ${name})`, `Version de ${name}`];
  if (typeof basis === 'boolean') return [!basis];
  if (typeof basis === 'number') return [basis + 1];
  return [];
}

/** A list of choices the schema names where a value was refused (an enum), if it does. */
function allowedValues(content: Content, path: readonly string[]): unknown[] {
  const parsed = CaseFileContentSchema.safeParse(content);
  if (parsed.success) return [];
  const issue = parsed.error.issues.find(
    (candidate) =>
      candidate.code === 'invalid_value' &&
      candidate.path.length === path.length &&
      candidate.path.every((key, index) => key === path[index]),
  );
  return issue?.code === 'invalid_value' ? [...issue.values] : [];
}

/**
 * The colleague's version of the server's case that clashes with the user's: the first value the
 * user changed, set by the colleague to a third valid value (neither the server's nor the user's).
 * Undefined when no change of the user's can be given another valid value.
 */
export function clashingEdit(
  server: Content,
  device: Content,
  name: string,
): { path: string[]; content: Content } | undefined {
  for (const change of changesBetween(server, device, [])) {
    const differs = (value: unknown) =>
      !isSameValue(value, change.before) && !isSameValue(value, change.after);
    const tried = alternativesTo(change, name).filter(differs);
    for (const value of tried) {
      const content = settleConflicts(server, [{ path: change.path, value }]);
      if (isValid(content)) return { path: change.path, content };
      // A choice among a few values: one the schema names, neither side's.
      const allowed = allowedValues(content, change.path).find(differs);
      if (allowed === undefined) continue;
      const chosen = settleConflicts(server, [{ path: change.path, value: allowed }]);
      if (isValid(chosen)) return { path: change.path, content: chosen };
    }
  }
  return undefined;
}
