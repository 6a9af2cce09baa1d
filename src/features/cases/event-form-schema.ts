/**
 * The timeline event form: one flat form whose fields depend on the event type, validated by the
 * domain's own CaseEventSchema (so a form can never save what the rules would refuse), plus what
 * only a form can know: a thing that happened happened on or before today, and a case offers only
 * the events and permits of its own country (the domain core accepts the others, so that stored
 * cases stay assessable).
 */
import { z } from 'zod';
import {
  APPEAL_COURTS,
  APPEAL_TARGETS,
  APPLICATION_KINDS,
  CaseEventSchema,
  DECISION_OUTCOMES,
  EVENT_TYPES,
  OQTF_SITUATIONS,
  PERMIT_KINDS,
  type CaseEvent,
  type EventType,
  type Pathway,
  type PermitKind,
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
  situation: z.enum(OQTF_SITUATIONS),
  /** '' not known, 'yes' granted, 'no' refused (FR-A10). */
  departurePeriod: z.enum(['', 'yes', 'no']),
  at: z.string(),
  detained: z.boolean(),
  against: z.enum(APPEAL_TARGETS),
  court: z.enum(APPEAL_COURTS),
  /** Beside the contract: the ANEF application number; the récépissé's, attestation's or card's. */
  anefNumber: z.string(),
  documentNumber: z.string(),
  note: z.string().max(2000, 'validation.tooLong'),
});
export type EventForm = z.infer<typeof EventFormSchema>;

/** The fields each event type asks for, in the order they are shown. */
export const EVENT_FIELDS: Record<EventType, readonly (keyof EventForm)[]> = {
  'reflection-granted': ['on', 'documentNumber'],
  'complaint-filed': ['on'],
  'testimony-given': ['on'],
  'permit-issued': ['permit', 'validFrom', 'validUntil', 'documentNumber'],
  'application-filed': ['application', 'on', 'anefNumber'],
  'complement-requested': ['openedOn'],
  'complement-answered': ['on'],
  'prolongation-issued': ['validFrom', 'validUntil', 'documentNumber'],
  decision: ['outcome', 'on'],
  'final-conviction': ['on'],
  'oqtf-notified': ['situation', 'departurePeriod', 'on', 'at'],
  'order-to-leave-notified': ['detained', 'on'],
  'appeal-filed': ['against', 'court', 'on'],
  'legal-aid-requested': ['on'],
};

type Country = 'fr' | 'be';
const countryOf = (pathway: Pathway): Country => (pathway.startsWith('be-') ? 'be' : 'fr');

/** Events of one country only: an OQTF is French, an order to leave Belgian (FR-A*, BE-A*). */
const COUNTRY_EVENTS: Partial<Record<EventType, Country>> = {
  'oqtf-notified': 'fr',
  'legal-aid-requested': 'fr',
  'order-to-leave-notified': 'be',
};

/** The event types a case of this pathway offers. */
export function eventTypesFor(pathway: Pathway): EventType[] {
  const country = countryOf(pathway);
  return EVENT_TYPES.filter((type) => (COUNTRY_EVENTS[type] ?? country) === country);
}

/** The permits a case of this pathway offers: the kinds of its own country. */
export function permitKindsFor(pathway: Pathway): PermitKind[] {
  const prefix = `${countryOf(pathway)}-`;
  return PERMIT_KINDS.filter((kind) => kind.startsWith(prefix));
}

/** The appeal targets of the country: a refusal everywhere; the rest by country. */
export function appealTargetsFor(pathway: Pathway): (typeof APPEAL_TARGETS)[number][] {
  return countryOf(pathway) === 'be'
    ? ['refusal', 'order-to-leave']
    : ['refusal', 'implicit-refusal', 'oqtf'];
}

const PAST_ONLY: readonly (keyof EventForm)[] = ['on', 'openedOn'];
const DATE_FIELDS = ['on', 'openedOn', 'validFrom', 'validUntil'] as const;

/** The domain's event from the form's values: only the fields of its type, empty ones left out. */
export function toCaseEvent(values: EventForm): unknown {
  const event: Record<string, unknown> = { type: values.type };
  for (const field of EVENT_FIELDS[values.type]) {
    const value = values[field];
    if (field === 'departurePeriod') {
      if (value !== '') event.departurePeriod = value === 'yes';
    } else if (field === 'detained') {
      if (value === true) event.detained = true;
    } else if (field === 'at' || field === 'anefNumber' || field === 'documentNumber') {
      // Optional texts: an empty one is left out.
      if (typeof value === 'string' && value.trim() !== '') event[field] = value.trim();
    } else {
      event[field] = value;
    }
  }
  return event;
}

/** The form's schema for a given today and case: the domain's checks, then the form's own. */
export function buildEventFormSchema(today: string, pathway: Pathway) {
  const types = eventTypesFor(pathway);
  const permits = permitKindsFor(pathway);
  const targets = appealTargetsFor(pathway);
  return EventFormSchema.superRefine((values, context) => {
    const fields = EVENT_FIELDS[values.type];
    if (!types.includes(values.type))
      context.addIssue({ code: 'custom', path: ['type'], message: 'validation.code.otherCountry' });
    if (fields.includes('permit') && !permits.includes(values.permit))
      context.addIssue({
        code: 'custom',
        path: ['permit'],
        message: 'validation.code.otherCountry',
      });
    if (fields.includes('against') && !targets.includes(values.against))
      context.addIssue({
        code: 'custom',
        path: ['against'],
        message: 'validation.code.otherCountry',
      });
    for (const field of DATE_FIELDS) {
      if (fields.includes(field) && values[field] === '') {
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
      if (fields.includes(field) && values[field] > today) {
        context.addIssue({ code: 'custom', path: [field], message: 'validation.date.future' });
      }
    }
  });
}

/** The form's values for a new event of this case, or for an event already recorded. */
export function toEventForm(
  pathway: Pathway,
  entry?: { event: CaseEvent; note?: string | undefined },
): EventForm {
  const empty: EventForm = {
    type: 'reflection-granted',
    on: '',
    openedOn: '',
    validFrom: '',
    validUntil: '',
    permit: pathway.startsWith('be-') ? 'be-attestation-immatriculation' : 'fr-cst-vpf',
    application: 'first',
    outcome: 'granted',
    situation: 'free',
    departurePeriod: '',
    at: '',
    detained: false,
    against: 'refusal',
    court: 'tribunal',
    anefNumber: '',
    documentNumber: '',
    note: '',
  };
  if (!entry) return empty;
  const { event } = entry;
  const values: EventForm = { ...empty, ...(event as Partial<EventForm>), note: entry.note ?? '' };
  if (event.type === 'oqtf-notified')
    values.departurePeriod =
      event.departurePeriod === undefined ? '' : event.departurePeriod ? 'yes' : 'no';
  if (event.type === 'order-to-leave-notified') values.detained = event.detained === true;
  return values;
}
