import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { shiftDays, type CaseEvent } from '../../../src/domain';
import { localToday } from '../../../src/ui/use-today';
import { renderApp } from '../../setup/render-app';

/**
 * The rules that compute no date are shown as information beside the appeal deadline, each with
 * its rule (issue 10): the app must say what it cannot know.
 */
async function openCaseWith(pathway: 'fr-trafficking' | 'be-trafficking', events: CaseEvent[]) {
  const view = await renderApp('/cases');
  const [created] = await view.repositories.cases.createMany([
    {
      pathway,
      content: {
        label: 'DEMO-APPEL',
        timeline: events.map((event, index) => ({
          id: `e${index}`,
          event,
          recordedAt: '2026-11-01T09:00:00.000Z',
        })),
      },
    },
  ]);
  await act(() => view.router.navigate(`/cases/${created?.id ?? ''}`));
  return within(await screen.findByRole('region', { name: 'Recours' }));
}

describe('the appeals panel', () => {
  const notified = shiftDays(localToday(), -3);

  it('FR-A2, FR-A6, FR-A9: beside an OQTF, what the app cannot know is shown with its rule', async () => {
    const panel = await openCaseWith('fr-trafficking', [
      { type: 'oqtf-notified', on: notified, situation: 'assigned-or-detained' },
    ]);
    expect(panel.getByText('Recours contre l’OQTF')).toBeInTheDocument();
    expect(panel.getByText(/FR-A7/)).toBeInTheDocument();
    expect(panel.getByText(/ne court que si la notification indiquait/)).toBeInTheDocument();
    expect(panel.getByText(/Règle FR-A2/)).toBeInTheDocument();
    expect(panel.getByText(/aide juridictionnelle/)).toBeInTheDocument();
    expect(panel.getByText(/Règle FR-A6/)).toBeInTheDocument();
    expect(panel.getByText(/suspend l’éloignement/)).toBeInTheDocument();
    expect(panel.getByText(/Règle FR-A9/)).toBeInTheDocument();
    expect(panel.getByText(/Contactez un avocat/)).toBeInTheDocument();
  });

  it('FR-A3: beside a refusal without an OQTF, an administrative appeal interrupts the two months', async () => {
    const panel = await openCaseWith('fr-trafficking', [
      { type: 'decision', on: notified, outcome: 'refused' },
    ]);
    expect(panel.getByText('Recours contre le refus de titre de séjour')).toBeInTheDocument();
    expect(
      panel.getByText(/recours gracieux ou hiérarchique déposé dans les deux mois/),
    ).toBeInTheDocument();
    expect(panel.getByText(/Règle FR-A3/)).toBeInTheDocument();
  });

  it('BE-A3: beside an order to leave, the extreme-urgency appeal is shown as information', async () => {
    const panel = await openCaseWith('be-trafficking', [
      { type: 'order-to-leave-notified', on: notified },
    ]);
    expect(panel.getByText('Recours au Conseil du contentieux des étrangers')).toBeInTheDocument();
    expect(panel.getByText(/extrême urgence/)).toBeInTheDocument();
    expect(panel.getByText(/Règle BE-A3/)).toBeInTheDocument();
  });

  it('FR-A8: in rétention with the hour recorded, the case says until which hour', async () => {
    const panel = await openCaseWith('fr-trafficking', [
      { type: 'oqtf-notified', on: notified, situation: 'retention', at: '16:45' },
    ]);
    expect(panel.getByText(/Jusqu’à 16:45 le/)).toBeInTheDocument();
  });
});
