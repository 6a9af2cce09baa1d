/**
 * The timeline event form: one flat form whose fields depend on the event type, validated by the
 * domain's own CaseEventSchema (so a form can never save what the rules would refuse), plus the
 * dates that cannot lie in the future: a thing that happened happened on or before today.
 */
import { z } from 'zod';
import {
  APPLICATION_KINDS,
  CaseEventSchema,
  DECISION_OUTCOMES,
  EVENT_TYPES,
  PERMIT_KINDS,
  type EventType,
} from '../../domain';

export const EventFormSchema = z.object({
  type: z.enum(EVENT_TYPES),
  on: z.string(),
  openedOn: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  permit: z.enum(PERMIT_KINDS),
  application: z.enum(APPLICATION_KINDS),
  outcome: z.enum(DECISION_OUTCOMES),
  note: z.string().max(2000, 'validation.tooLong'),
});
export type EventForm = z.infer<typeof EventFormSchema>;

/** The fields each event type asks for, in the order they are shown. */
export const EVENT_FIELDS: Record<EventType, readonly (keyof EventForm)[]> = {
  'reflection-granted': ['on'],
  'complaint-filed': ['on'],
  'testimony-given': ['on'],
  'permit-issued': ['permit', 'validFrom', 'validUntil'],
  'application-filed': ['application', 'on'],
  'complement-requested': ['openedOn'],
  'complement-answered': ['on'],
  'prolongation-issued': ['validFrom', 'validUntil'],
  decision: ['outcome', 'on'],
  'final-conviction': ['on'],
};

const PAST_ONLY: readonly (keyof EventForm)[] = ['on', 'openedOn'];

export function toCaseEvent(values: EventForm): unknown {
  const event: Record<string, string> = { type: values.type };
  for (const field of EVENT_FIELDS[values.type]) event[field] = values[field];
  return event;
}

/** The form's schema for a given today: the domain's checks, then the past-only dates. */
export function buildEventFormSchema(today: string) {
  return EventFormSchema.superRefine((values, context) => {
    for (const field of EVENT_FIELDS[values.type]) {
      if (
        (field === 'on' ||
          field === 'openedOn' ||
          field === 'validFrom' ||
          field === 'validUntil') &&
        values[field] === ''
      ) {
        context.addIssue({ code: 'custom', path: [field], message: 'validation.required' });
      }
    }
    const parsed = CaseEventSchema.safeParse(toCaseEvent(values));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'type');
        if (field !== 'type' && values[field as keyof EventForm] === '') continue;
        context.addIssue({ code: 'custom', path: [field], message: issue.message });
      }
      return;
    }
    for (const field of PAST_ONLY) {
      if (EVENT_FIELDS[values.type].includes(field) && values[field] > today) {
        context.addIssue({ code: 'custom', path: [field], message: 'validation.date.future' });
      }
    }
  });
}
