import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { assessCaseFile, contentOf, shiftDays, type CaseFile } from '../../src/domain';
import { CaseListPage } from '../../src/features/cases/case-list-page';
import { DeadlineBadge } from '../../src/features/deadlines/deadline-badge';
import { DeadlinesPage } from '../../src/features/deadlines/deadlines-page';
import { initI18n } from '../../src/i18n/i18n';
import { CaseOverviewProvider, type CaseAssessor } from '../../src/queries/case-overviews';
import { useStorageBridge } from '../../src/queries/storage-bridge';
import { localToday } from '../../src/ui/use-today';
import { openUnlockedStorage } from '../setup/storage';

const BADGE = '3 échéances dépassées ou dans la semaine';

function StorageBridge() {
  useStorageBridge();
  return null;
}

/** The rules, counting the cases they assess (the derived data's own seam). */
function countingAssessor() {
  const assessed: string[] = [];
  const assess: CaseAssessor = (caseFile: CaseFile, today: string) => {
    assessed.push(caseFile.id);
    return assessCaseFile(caseFile, today);
  };
  return { assess, assessed };
}

async function renderBadgeListAndDashboard(assess: CaseAssessor) {
  const repositories = await openUnlockedStorage();
  const today = localToday();
  const created = await repositories.cases.createMany(
    ['DEMO-SHARED-1', 'DEMO-SHARED-2', 'DEMO-SHARED-3'].map((label, index) => ({
      pathway: 'fr-trafficking' as const,
      content: {
        label,
        timeline: [
          {
            id: `demo-${index}`,
            // FR-G4: answer within 30 days, so due in 5 days: in the badge's week.
            event: { type: 'complement-requested' as const, openedOn: shiftDays(today, -25) },
            recordedAt: `${today}T09:00:00.000Z`,
          },
        ],
      },
    })),
  );
  const i18n = await initI18n('fr');
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  queryClient.setQueryData(['vault', 'state'], 'unlocked');
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <CaseOverviewProvider assess={assess}>
          <MemoryRouter>
            <StorageBridge />
            <DeadlineBadge />
            <CaseListPage />
            <DeadlinesPage />
          </MemoryRouter>
        </CaseOverviewProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { repositories, created };
}

describe('derived data shared by the badge, the case list and the dashboard', () => {
  it('assesses each case once for the three of them', async () => {
    const { assess, assessed } = countingAssessor();
    const { created } = await renderBadgeListAndDashboard(assess);

    // The list (its count; rows are virtualised, and jsdom lays nothing out), the dashboard's rows
    // and the badge all show, from the same derived data.
    expect(await screen.findByText('3 dossiers affichés sur 3')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'DEMO-SHARED-2' })).toBeInTheDocument();
    expect(screen.getByLabelText(BADGE)).toHaveTextContent('3');
    expect([...assessed].sort()).toEqual(created.map((caseFile) => caseFile.id).sort());
  });

  it('assesses again only the case a write changed', async () => {
    const { assess, assessed } = countingAssessor();
    const { repositories, created } = await renderBadgeListAndDashboard(assess);
    expect(await screen.findByRole('link', { name: 'DEMO-SHARED-2' })).toBeInTheDocument();
    const [, second] = created;
    if (!second) throw new Error('no second case');
    assessed.length = 0;

    await repositories.cases.update(second.id, {
      ...contentOf(second),
      label: 'DEMO-SHARED-2 bis',
    });

    expect(await screen.findByRole('link', { name: 'DEMO-SHARED-2 bis' })).toBeInTheDocument();
    expect(assessed).toEqual([second.id]);
  });
});
