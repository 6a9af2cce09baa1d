/**
 * Test builders for stored case files. The people are fictional: a 'DEMO-…' label, invented names
 * and places, and dates invented for the rule under test.
 */
import type { z } from 'zod';
import {
  CaseFileSchema,
  type CaseEvent,
  type CaseFile,
  type TimelineEntry,
} from '../../src/domain/index';

export type CaseFileInput = z.input<typeof CaseFileSchema>;

export const RECORDED_AT = '2026-01-05T09:00:00.000Z';

/** A stored case file, parsed as storage parses it (the schema's defaults filled in). */
export function buildCaseFile(parts: Partial<CaseFileInput> = {}): CaseFile {
  return CaseFileSchema.parse({
    id: 'case-demo-0001',
    label: 'DEMO-0001',
    pathway: 'fr-trafficking',
    createdAt: RECORDED_AT,
    updatedAt: RECORDED_AT,
    rev: 1,
    ...parts,
  });
}

/** Timeline entries in the given order, with ids entry-1, entry-2, … */
export function buildTimeline(...events: CaseEvent[]): TimelineEntry[] {
  return events.map((event, index) => ({
    id: `entry-${index + 1}`,
    event,
    recordedAt: RECORDED_AT,
  }));
}
