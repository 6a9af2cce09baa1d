import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { shiftDays, type CaseEvent } from '../../../src/domain';
import { localToday } from '../../../src/ui/use-today';
import { renderApp } from '../../setup/render-app';

/** The case's assessment never contradicts itself (issue 12). */
async function openAssessment(events: CaseEvent[]) {
  const view = await renderApp('/cases');
  const [created] = await view.repositories.cases.createMany([
    {
      pathway: 'fr-trafficking',
      content: {
        label: 'DEMO-ETAT',
        timeline: events.map((event, index) => ({
          id: `e${index}`,
          event,
          recordedAt: '2026-11-01T09:00:00.000Z',
        })),
      },
    },
  ]);
  await act(() => view.router.navigate(`/cases/${created?.id ?? ''}`));
  return within(await screen.findByRole('region', { name: 'Évaluation' }));
}

describe('the assessment panel', { timeout: 20_000 }, () => {
  const today = localToday();

  it('FR-T2: a met reflection deadline says what met it and when', async () => {
    const panel = await openAssessment([
      { type: 'reflection-granted', on: shiftDays(today, -10) },
      { type: 'complaint-filed', on: shiftDays(today, -2) },
    ]);
    const reflection = panel.getByText('Fin du délai de réflexion').closest('li');
    expect(reflection).toHaveTextContent(/Respectée : plainte déposée le/);
  });

  it('an overdue deadline is never shown beside "nothing to flag"', async () => {
    const panel = await openAssessment([
      { type: 'reflection-granted', on: shiftDays(today, -200) },
      { type: 'complaint-filed', on: shiftDays(today, -190) },
      { type: 'complement-requested', openedOn: shiftDays(today, -45) },
    ]);
    expect(panel.getByText('Réponse à la demande de compléments')).toBeVisible();
    expect(panel.queryByText('Aucun point d’attention.')).not.toBeInTheDocument();
    expect(
      panel.getByText(/Aucun autre point d’attention, mais une échéance est dépassée/),
    ).toBeVisible();
  });
});
