import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { shiftDays } from '../../../src/domain';
import { CaseListPage } from '../../../src/features/cases/case-list-page';
import { initI18n } from '../../../src/i18n/i18n';
import { CaseOverviewProvider } from '../../../src/queries/case-overviews';
import type { Repositories } from '../../../src/storage/storage';
import { localToday } from '../../../src/ui/use-today';
import { openUnlockedStorage } from '../../setup/storage';

/** A case whose request for documents (FR-G4: 30 days to answer) was opened `daysAgo` days ago. */
function caseAnswering(label: string, daysAgo: number) {
  const today = localToday();
  return {
    pathway: 'fr-trafficking' as const,
    content: {
      label,
      timeline: [
        {
          id: `${label}-request`,
          event: { type: 'complement-requested' as const, openedOn: shiftDays(today, -daysAgo) },
          recordedAt: `${today}T09:00:00.000Z`,
        },
      ],
    },
  };
}

async function renderList(repositories: Repositories) {
  const i18n = await initI18n('fr');
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  queryClient.setQueryData(['vault', 'state'], 'unlocked');
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <CaseOverviewProvider>
          <MemoryRouter>
            <CaseListPage />
          </MemoryRouter>
        </CaseOverviewProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return repositories;
}

describe("the case list's first screenful (issue 13)", () => {
  it('is kept after every case was read, soonest deadline first, for the next unlock', async () => {
    const repositories = await openUnlockedStorage();
    // Created in another order than their deadlines: FR-G4 due in 20, 2 and 10 days.
    await repositories.cases.createMany([
      caseAnswering('DEMO-LATER', 10),
      caseAnswering('DEMO-SOONEST', 28),
      caseAnswering('DEMO-MIDDLE', 20),
    ]);
    await renderList(repositories);

    expect(await screen.findByText('3 dossiers affichés sur 3')).toBeInTheDocument();
    await waitFor(async () =>
      expect((await repositories.cases.firstScreen()).cases.map((c) => c.label)).toEqual([
        'DEMO-SOONEST',
        'DEMO-MIDDLE',
        'DEMO-LATER',
      ]),
    );
  });

  it('shows while the other cases are read, says so, then lists them all', async () => {
    const repositories = await openUnlockedStorage();
    const created = await repositories.cases.createMany(
      Array.from({ length: 600 }, (_, index) => caseAnswering(`DEMO-MANY-${String(index)}`, 5)),
    );
    await repositories.cases.keepFirstScreen(created.slice(0, 2).map((caseFile) => caseFile.id));
    await renderList(repositories);

    const status = await screen.findByRole('status');
    await waitFor(() =>
      expect(status).toHaveTextContent('2 dossiers affichés sur 600 ; lecture des autres…'),
    );
    expect(screen.getByRole('list', { name: 'Dossiers' })).toHaveAttribute('aria-busy', 'true');

    expect(
      await screen.findByText('600 dossiers affichés sur 600', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Dossiers' })).not.toHaveAttribute('aria-busy');
  }, 20_000);

  it('writes its counts the way the language writes numbers', async () => {
    const i18n = await initI18n('fr');
    await i18n.loadLanguages(['en', 'nl']);
    const count = { count: 40, total: 10_000 };
    expect(i18n.getFixedT('fr', 'cases')('list.shownReading', count)).toBe(
      '40 dossiers affichés sur 10\u202f000 ; lecture des autres…',
    );
    expect(i18n.getFixedT('en', 'cases')('list.shownReading', count)).toBe(
      '40 cases shown of 10,000; reading the others…',
    );
    expect(i18n.getFixedT('nl', 'cases')('list.shown', { count: 10_000, total: 10_000 })).toBe(
      '10.000 dossiers getoond van 10.000',
    );
  });
});
