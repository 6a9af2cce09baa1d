import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { shiftDays } from '../../../src/domain';
import { localToday } from '../../../src/ui/use-today';
import { renderApp } from '../../setup/render-app';

describe('milestones on the deadlines dashboard', () => {
  it('FR-A4, FR-A5: the day silence became a refusal is a milestone, not an overdue task; the appeal it opens leads the dashboard', async () => {
    const today = localToday();
    const view = await renderApp('/cases');
    await view.repositories.cases.createMany([
      {
        pathway: 'fr-humanitarian',
        content: {
          label: 'DEMO-SILENCE',
          timeline: [
            {
              id: 'a',
              event: {
                type: 'application-filed',
                on: shiftDays(today, -150),
                application: 'first',
              },
              recordedAt: '2026-06-01T09:00:00.000Z',
            },
          ],
        },
      },
    ]);
    await act(() => view.router.navigate('/deadlines'));

    const milestones = within(await screen.findByRole('region', { name: 'Repères (1)' }));
    expect(
      milestones.getByText('Refus implicite : l’administration n’a pas répondu'),
    ).toBeInTheDocument();
    expect(milestones.getByText(/^Atteint le /)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Dépassée/ })).not.toBeInTheDocument();
    const appeals = within(screen.getByRole('region', { name: 'Recours (1)' }));
    expect(appeals.getByText('Recours contre le refus implicite')).toBeInTheDocument();
    expect(appeals.getByText(/Règle FR-A5/)).toBeInTheDocument();
    // Neither the milestone nor an appeal due in more than a week makes the badge.
    expect(
      screen.queryByLabelText(/échéances? dépassées? ou dans la semaine/),
    ).not.toBeInTheDocument();
  });
});
