/** Read access to the rule catalogue for the UI: the basis and confidence shown beside a code. */
import type { PlainDate } from './plain-date-schema';
import {
  RULE_PACKS,
  type Confidence,
  type PackId,
  type RuleDefinition,
  type RuleId,
} from './rule-packs';

export interface RuleEntry {
  id: RuleId;
  basis: string;
  confidence: Confidence;
  pack: PackId;
  packVersion: number;
  appliesFrom: PlainDate;
}

/** Every rule of every pack version, oldest version first (the history of the catalogue). */
export const RULES: readonly RuleEntry[] = RULE_PACKS.flatMap((pack) =>
  pack.rules.map((rule: RuleDefinition) => ({
    id: rule.id,
    basis: rule.basis,
    confidence: rule.confidence,
    pack: pack.pack,
    packVersion: pack.version,
    appliesFrom: pack.appliesFrom,
  })),
);

/**
 * The catalogue entry of a rule id as in force on `on` (default: its latest version), or
 * undefined for an id the catalogue does not know. Before its first version the first is used,
 * as in assessCase, which applies the packs in force on its `today`: getRule(id, today) shows the
 * version that computed the assessment.
 */
export function getRule(id: string, on: PlainDate = '9999-12-31'): RuleEntry | undefined {
  const versions = RULES.filter((entry) => entry.id === id);
  return versions.findLast((entry) => entry.appliesFrom <= on) ?? versions[0];
}
