import { describe, expect, it } from 'vitest';
import {
  NO_FILTERS,
  filterCases,
  summariesOf,
  summariseCase,
} from '../../../src/features/cases/case-summaries';
import {
  CaseFileContentSchema,
  toCaseReference,
  type CaseFile,
  type CaseFileContentInput,
} from '../../../src/domain';
import { createCaseOverviewCache } from '../../../src/queries/case-overviews';

const TODAY = '2026-11-22';
let count = 0;

function fictionalCase(pathway: CaseFile['pathway'], content: CaseFileContentInput): CaseFile {
  count += 1;
  return {
    ...CaseFileContentSchema.parse(content),
    id: `01a2f3c4-0000-7000-8000-${String(count).padStart(12, '0')}`,
    pathway,
    createdAt: `2026-11-${String(count).padStart(2, '0')}T10:00:00.000Z`,
    updatedAt: `2026-11-${String(count).padStart(2, '0')}T10:00:00.000Z`,
    rev: 1,
  };
}

const ecume = fictionalCase('fr-trafficking', {
  label: 'DEMO-A',
  identity: { givenNames: 'Écume', nationality: 'NG' },
  worker: 'Camille',
  timeline: [
    {
      id: 'a',
      event: { type: 'reflection-granted', on: '2026-11-20' },
      recordedAt: '2026-11-20T10:00:00.000Z',
    },
  ],
});
const overdue = fictionalCase('fr-trafficking', {
  label: 'DEMO-B',
  identity: { givenNames: 'Brise' },
  situation: { proceedings: 'trial' },
  timeline: [
    {
      id: 'b1',
      event: { type: 'complaint-filed', on: '2026-01-10' },
      recordedAt: '2026-01-10T10:00:00.000Z',
    },
    {
      id: 'b2',
      event: { type: 'complement-requested', openedOn: '2026-10-01' },
      recordedAt: '2026-10-01T10:00:00.000Z',
    },
  ],
});
const quiet = fictionalCase('be-trafficking', {
  label: 'DEMO-C',
  identity: { givenNames: 'Cèdre' },
  situation: { centreSupport: true },
});
const summaries = createCaseOverviewCache()
  .overviewsOf([ecume, overdue, quiet], TODAY)
  .map((overview) => summariseCase(overview, (code) => (code === 'NG' ? 'Nigeria' : code)));

describe('the case list', () => {
  it('finds a case by a given name typed without its accent, by nationality name and by worker', () => {
    expect(
      filterCases(summaries, { ...NO_FILTERS, query: 'ecume' }).map((s) => s.caseFile.label),
    ).toEqual(['DEMO-A']);
    expect(
      filterCases(summaries, { ...NO_FILTERS, query: 'nigeria' }).map((s) => s.caseFile.label),
    ).toEqual(['DEMO-A']);
    expect(
      filterCases(summaries, { ...NO_FILTERS, query: 'CAMILLE' }).map((s) => s.caseFile.label),
    ).toEqual(['DEMO-A']);
  });

  it('finds a case by the short reference its page and exports show, typed in either case', () => {
    const referenced = {
      ...fictionalCase('fr-trafficking', { label: 'DEMO-REF' }),
      id: '0192e0a4-7c1b-7d2e-9f3a-4e5d73b38a66',
    };
    const withReferenced = [
      ...summaries,
      ...createCaseOverviewCache()
        .overviewsOf([referenced], TODAY)
        .map((overview) => summariseCase(overview, (code) => code)),
    ];
    const found = (query: string) =>
      filterCases(withReferenced, { ...NO_FILTERS, query }).map((s) => s.caseFile.label);
    expect(toCaseReference(referenced.id)).toBe('73B38A66');
    expect(found('73B38A66')).toEqual(['DEMO-REF']);
    expect(found('73b38a66')).toEqual(['DEMO-REF']);
    expect(found(' 73B38A66 ')).toEqual(['DEMO-REF']);
    expect(found('73B38A67')).toEqual([]);
  });

  it('lists the most urgent first by default: overdue, then soonest, then cases with nothing due', () => {
    expect(filterCases(summaries, NO_FILTERS).map((s) => s.caseFile.label)).toEqual([
      'DEMO-B',
      'DEMO-A',
      'DEMO-C',
    ]);
  });

  it('FR-G4 and FR-T2: each case carries its next deadline and its urgency', () => {
    expect(summaries.map((s) => [s.caseFile.label, s.next?.code, s.urgency])).toEqual([
      ['DEMO-A', 'fr.reflection.end', 'month'],
      ['DEMO-B', 'fr.complement.answer', 'overdue'],
      ['DEMO-C', undefined, 'none'],
    ]);
  });

  it('filters by pathway, verdict, stage of proceedings and urgency', () => {
    const labels = (filters: Partial<typeof NO_FILTERS>) =>
      filterCases(summaries, { ...NO_FILTERS, ...filters }).map((s) => s.caseFile.label);
    expect(labels({ pathway: 'be-trafficking' })).toEqual(['DEMO-C']);
    expect(labels({ verdict: 'incomplete' })).toEqual(['DEMO-A', 'DEMO-C']);
    expect(labels({ proceedings: 'trial' })).toEqual(['DEMO-B']);
    expect(labels({ urgency: 'overdue' })).toEqual(['DEMO-B']);
  });

  it('coming back to the list, finds every case as it was left, and searches the new text of a case saved since', () => {
    const cache = createCaseOverviewCache();
    // The list as the query cache holds it: the same array until a case is saved.
    const list = [ecume, overdue, quiet];
    const first = summariesOf(cache.overviewsOf(list, TODAY), 'fr');
    // Coming back with nothing saved meanwhile: the same summaries (nothing summarised again).
    expect(summariesOf(cache.overviewsOf(list, TODAY), 'fr')).toBe(first);

    const renamed: CaseFile = { ...quiet, worker: 'Dominique', rev: 2 };
    const again = summariesOf(cache.overviewsOf([ecume, overdue, renamed], TODAY), 'fr');
    expect(again).not.toBe(first);
    // The cases not saved keep their summary; the saved one is found by its new worker.
    expect(again[0]).toBe(first[0]);
    expect(again[1]).toBe(first[1]);
    expect(
      filterCases(again, { ...NO_FILTERS, query: 'dominique' }).map((s) => s.caseFile.label),
    ).toEqual(['DEMO-C']);
    expect(filterCases(first, { ...NO_FILTERS, query: 'dominique' })).toEqual([]);
  });
});

describe('the list after a save, and a search typed letter by letter', () => {
  // Many cases, few labels and due dates: ties everywhere, where a partial re-sort could go wrong.
  const many = Array.from({ length: 60 }, (_, index) =>
    fictionalCase(index % 2 ? 'fr-trafficking' : 'be-trafficking', {
      label: `DEMO-${String(index % 7)}`,
      identity: { givenNames: ['Écume', 'Brise', 'Cèdre'][index % 3] ?? '' },
      timeline:
        index % 3 === 0
          ? []
          : [
              {
                id: `e${String(index)}`,
                event: { type: 'reflection-granted', on: `2026-11-${String(10 + (index % 4))}` },
                recordedAt: '2026-11-10T10:00:00.000Z',
              },
            ],
    }),
  );
  const labelsOf = (list: readonly { caseFile: CaseFile }[]) =>
    list.map((summary) => summary.caseFile.id);
  /** The order a list sorted from scratch has: what every list shown must equal. */
  const fromScratch = (cases: readonly CaseFile[], sort: (typeof NO_FILTERS)['sort']) =>
    labelsOf(
      filterCases(summariesOf(createCaseOverviewCache().overviewsOf(cases, TODAY), 'fr'), {
        ...NO_FILTERS,
        sort,
      }),
    );

  it.each(['next-deadline', 'label', 'created', 'updated'] as const)(
    'sorted by %s, a case saved, created or deleted since is where a full sort puts it',
    (sort) => {
      const cache = createCaseOverviewCache();
      const shown = (cases: readonly CaseFile[]) =>
        labelsOf(
          filterCases(summariesOf(cache.overviewsOf(cases, TODAY), 'fr', cache.generation()), {
            ...NO_FILTERS,
            sort,
          }),
        );
      shown(many);

      const saved = many.map((caseFile, index) =>
        index === 17
          ? {
              ...caseFile,
              label: 'DEMO-0',
              updatedAt: '2026-11-29T10:00:00.000Z',
              timeline: [],
              rev: 2,
            }
          : caseFile,
      );
      expect(shown(saved)).toEqual(fromScratch(saved, sort));

      const created = [fictionalCase('fr-trafficking', { label: 'DEMO-3' }), ...saved];
      expect(shown(created)).toEqual(fromScratch(created, sort));

      const deleted = created.filter((_, index) => index !== 5 && index !== 40);
      expect(shown(deleted)).toEqual(fromScratch(deleted, sort));
    },
  );

  it('each letter typed or erased finds what the search typed at once finds', () => {
    const cache = createCaseOverviewCache();
    const list = summariesOf(cache.overviewsOf(many, TODAY), 'fr', cache.generation());
    const fresh = (query: string) =>
      labelsOf(
        filterCases(summariesOf(createCaseOverviewCache().overviewsOf(many, TODAY), 'fr'), {
          ...NO_FILTERS,
          query,
          pathway: 'fr-trafficking',
        }),
      );
    for (const query of ['e', 'ec', 'ecu', 'ecu d', 'ecu de', 'ecu d', 'ecu', 'b', 'br', 'b', '']) {
      expect(
        labelsOf(filterCases(list, { ...NO_FILTERS, query, pathway: 'fr-trafficking' })),
        query,
      ).toEqual(fresh(query));
    }
  });
});
