/**
 * The case-facts form's values, derived from the case file's own schemas: the sections and fields
 * the form shows (picked from the domain's schemas), their values as the form holds them, and how
 * a valid form goes back into the case's content. What the form does not show is kept as it was.
 */
import { z } from 'zod';
import {
  CaseFileContentSchema,
  ContactSchema,
  FamilySchema,
  HousingDetailsSchema,
  IdentitySchema,
  LanguagesSchema,
  PersonSchema,
  ProceedingsDetailsSchema,
  SituationSchema,
  checkPersonDates,
  contentOf,
  type CaseFile,
  type CaseFileContent,
} from '../../domain';
import { pruneFormValues, toFormValues, type FormValues } from '../../ui/form-values';

/** The stored fields the form edits, section by section. */
export const FactsSchema = z.object({
  label: CaseFileContentSchema.shape.label,
  worker: CaseFileContentSchema.shape.worker,
  identity: IdentitySchema,
  person: PersonSchema,
  contact: ContactSchema,
  // The date since which the person lives there is not asked here.
  housing: HousingDetailsSchema.pick({ address: true, hostName: true }),
  // The children are recorded apart.
  family: FamilySchema.pick({
    status: true,
    unionDate: true,
    unionCountry: true,
    dependentChildren: true,
  }),
  languages: LanguagesSchema,
  situation: SituationSchema,
  proceedings: ProceedingsDetailsSchema,
  plannedFilingOn: CaseFileContentSchema.shape.plannedFilingOn,
  notes: CaseFileContentSchema.shape.notes,
});
export type Facts = z.output<typeof FactsSchema>;
export type FactsFormValues = FormValues<Facts>;

/**
 * The form's schema for a given today: what the form holds, pruned of empty fields, then the
 * stored schema's rules, then the personal dates checked against today and each other (a birth
 * or an arrival in the future, an arrival before the birth): the domain refuses such facts too.
 */
export function buildFactsFormSchema(today: string) {
  return z.preprocess(
    (values: FactsFormValues) => pruneFormValues(values),
    FactsSchema.superRefine(({ person, family }, context) => {
      const issue = (path: string[], message: string) =>
        context.addIssue({ code: 'custom', path, message });
      // The person's dates: the domain's own check (it refuses such facts too).
      for (const { field, message } of checkPersonDates(person, today))
        issue(field.split('.'), message);
      const { birthDate } = person;
      if (family.unionDate && family.unionDate > today)
        issue(['family', 'unionDate'], 'validation.date.future');
      else if (family.unionDate && birthDate && family.unionDate < birthDate)
        issue(['family', 'unionDate'], 'validation.date.beforeBirth');
    }),
  );
}

/** The situation's yes/no questions, in the order the form asks them. */
export const SITUATION_FLAGS = [
  'contactWithPerpetrators',
  'publicOrderThreat',
  'oqtfNotComplied',
  'documentFraud',
  'seriousOffence',
  'violenceAgainstOfficials',
  'polygamy',
  'centreSupport',
] as const satisfies readonly (keyof Facts['situation'])[];

export function toFactsFormValues(caseFile: CaseFile): FactsFormValues {
  return toFormValues(FactsSchema, caseFile);
}

const SECTIONS = [
  'identity',
  'person',
  'contact',
  'housing',
  'family',
  'languages',
  'situation',
  'proceedings',
] as const satisfies readonly (keyof Facts)[];

/**
 * The case's content with the form's facts: every field the form shows takes the form's value (an
 * emptied field is no longer recorded); every other field keeps its stored value.
 */
export function mergeFacts(caseFile: CaseFile, facts: Facts): CaseFileContent {
  const content = contentOf(caseFile);
  const merged: CaseFileContent = {
    ...content,
    label: facts.label,
    worker: facts.worker,
    notes: facts.notes,
    plannedFilingOn: facts.plannedFilingOn,
  };
  for (const section of SECTIONS) {
    const shown = Object.keys(FactsSchema.shape[section].shape);
    const edited = facts[section] as Record<string, unknown>;
    Object.assign(merged, {
      [section]: {
        ...content[section],
        ...Object.fromEntries(shown.map((key) => [key, edited[key]])),
      },
    });
  }
  // The date and country of a union are asked only for a marriage or a PACS (FR-G6).
  if (merged.family.status !== 'married' && merged.family.status !== 'pacs')
    merged.family = { ...merged.family, unionDate: undefined, unionCountry: undefined };
  return merged;
}
