/**
 * Domain core section of `npm run bench`: assessCase over 10,000 generated case files. The facts
 * are obviously fictional (random codes and dates, no names) and the same on every run (seeded).
 */
import { performance } from 'node:perf_hooks';
import {
  APPLICATION_KINDS,
  HOUSING,
  PARENTAL_AUTHORITY,
  PATHWAYS,
  PERMIT_KINDS,
  OQTF_SITUATIONS,
  PROCEEDINGS,
  assessCase,
  type CaseEvent,
  type CaseFacts,
} from '../../src/domain/index';

const CASES = 10_000;
const RUNS = 5;
const TODAY = '2025-06-15';

/** mulberry32: a small deterministic generator, so every run assesses the same cases. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function generateCases(count: number, seed: number): CaseFacts[] {
  const random = createRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const chance = (p: number): boolean => random() < p;
  const date = (fromYear: number, years: number): string =>
    `${String(fromYear + Math.floor(random() * years))}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
  const generateEvent = (): CaseEvent => {
    const on = date(2022, 4);
    switch (Math.floor(random() * 12)) {
      case 0:
        return { type: 'reflection-granted', on };
      case 1:
        return { type: 'complaint-filed', on };
      case 2:
        return { type: 'testimony-given', on };
      case 3: {
        const validUntil = `${String(Number(on.slice(0, 4)) + 1)}${on.slice(4)}`;
        return { type: 'permit-issued', permit: pick(PERMIT_KINDS), validFrom: on, validUntil };
      }
      case 4:
        return { type: 'application-filed', on, application: pick(APPLICATION_KINDS) };
      case 5:
        return { type: 'complement-requested', openedOn: on };
      case 6:
        return { type: 'complement-answered', on };
      case 7:
        return { type: 'prolongation-issued', validFrom: on, validUntil: on.replace(/^2/, '3') };
      case 8:
        return { type: 'decision', on, outcome: chance(0.7) ? 'granted' : 'refused' };
      case 9:
        return { type: 'oqtf-notified', on, situation: pick(OQTF_SITUATIONS) };
      case 10:
        return { type: 'appeal-filed', on, against: 'oqtf', court: 'tribunal' };
      default:
        return { type: 'final-conviction', on };
    }
  };
  return Array.from({ length: count }, () => ({
    pathway: pick(PATHWAYS),
    person: {
      // Born before 2005, so never after the arrival (contract v2 refuses that).
      birthDate: date(1970, 35),
      euCitizenOrFamily: chance(0.05),
      emancipated: chance(0.1),
      parentalAuthority: pick(PARENTAL_AUTHORITY),
      housing: pick(HOUSING),
      arrivedOn: date(2005, 20),
    },
    situation: {
      contactWithPerpetrators: chance(0.1),
      publicOrderThreat: chance(0.05),
      oqtfNotComplied: chance(0.1),
      documentFraud: chance(0.05),
      proceedings: pick(PROCEEDINGS),
      centreSupport: chance(0.8),
    },
    events: Array.from({ length: 3 + Math.floor(random() * 6) }, generateEvent),
  }));
}

function assessAll(cases: readonly CaseFacts[]): number {
  let deadlines = 0;
  for (const facts of cases) deadlines += assessCase(facts, TODAY).deadlines.length;
  return deadlines;
}

export function benchDomain(): { label: string; value: string }[] {
  const cases = generateCases(CASES, 20250615);
  for (let warmUp = 0; warmUp < 3; warmUp += 1) assessAll(cases);
  const timings: number[] = [];
  let deadlines = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    deadlines = assessAll(cases);
    timings.push(performance.now() - start);
  }
  timings.sort((a, b) => a - b);
  const median = timings[Math.floor(RUNS / 2)] ?? Number.NaN;
  const best = timings[0] ?? Number.NaN;
  return [
    { label: 'assessCase, cases per run', value: String(CASES) },
    {
      label: `assessCase, total (median of ${String(RUNS)} runs)`,
      value: `${median.toFixed(1)} ms`,
    },
    { label: 'assessCase, total (best run)', value: `${best.toFixed(1)} ms` },
    {
      label: 'assessCase, per case (median run)',
      value: `${((median * 1000) / CASES).toFixed(1)} µs`,
    },
    { label: 'deadlines computed per run', value: String(deadlines) },
  ];
}
