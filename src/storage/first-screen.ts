/**
 * The case list's first screenful, kept sealed at each full read and read alone at the next
 * unlock (issue 13, decision 015): light on purpose, the storage's public face exports it.
 */
import type { CaseFile } from '../domain';

/** More cases than any screen shows at once: the list's rows are 64 px high. */
export const FIRST_SCREEN_SIZE = 40;

/** The list's first screenful as last kept, read before the other cases; and how many there are. */
export interface FirstScreen {
  /** The kept cases still there, in the kept order, as stored now. */
  cases: CaseFile[];
  total: number;
}
