/** What every bench generates for case n: an obviously fictional person, the same in each run. */
import type { CaseFileContentInput } from '../../../src/domain';

export const PATHWAYS = ['fr-trafficking', 'fr-humanitarian', 'be-trafficking'] as const;

export type CaseInput = { pathway: (typeof PATHWAYS)[number]; content: CaseFileContentInput };

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Case number n's pathway, label, identity and e-mail (n from 1). */
export function fictionalPerson(n: number) {
  const code = pad(n, 5);
  return {
    code,
    pathway: PATHWAYS[(n - 1) % PATHWAYS.length] ?? 'fr-trafficking',
    label: `BENCH-${code}`,
    identity: {
      givenNames: 'Fictive',
      usualName: `Exemple-${code}`,
      birthNames: 'Exemple',
      sex: 'female',
      birthPlace: 'Ville-Fictive',
      birthCountry: 'ZZ',
      nationality: 'ZZ',
    },
    email: `bench-${code}@example.invalid`,
  } satisfies Record<string, unknown> & { identity: CaseFileContentInput['identity'] };
}
