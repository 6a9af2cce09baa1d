import { z } from 'zod';

export const PATHWAY_VALUES = ['fr-trafficking', 'fr-humanitarian', 'be-trafficking'] as const;

/** What a case file holds about the person; grows with the case-work issue. Personal: sealed at rest. */
export const CaseFileContentSchema = z.object({
  /** A pseudonym or the association's case number: never required to be the person's real name. */
  label: z.string().trim().min(1, 'validation:required').max(120, 'validation:tooLong'),
});
export type CaseFileContent = z.infer<typeof CaseFileContentSchema>;

export const CaseFileSchema = CaseFileContentSchema.extend({
  id: z.string().min(1),
  pathway: z.enum(PATHWAY_VALUES),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type CaseFile = z.infer<typeof CaseFileSchema>;

export const NewCaseFileSchema = CaseFileSchema.pick({ label: true, pathway: true });
export type NewCaseFile = z.infer<typeof NewCaseFileSchema>;
