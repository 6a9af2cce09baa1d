import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../setup/render-app';

/** Focus follows the user through the event form (issue 12): never dropped to the page body. */
describe('the event form and focus', { timeout: 20_000 }, () => {
  it('takes focus to the form’s first field when opened, and back to the button that opened it when closed', async () => {
    const user = userEvent.setup();
    const view = await renderApp('/cases');
    const [created] = await view.repositories.cases.createMany([
      {
        pathway: 'fr-trafficking',
        content: {
          label: 'DEMO-FOCUS',
          timeline: [
            {
              id: 'e1',
              event: { type: 'complaint-filed', on: '2026-10-06' },
              recordedAt: '2026-10-06T09:00:00.000Z',
            },
          ],
        },
      },
    ]);
    await act(() => view.router.navigate(`/cases/${created?.id ?? ''}`));
    const timeline = within(await screen.findByRole('region', { name: 'Chronologie' }));

    await user.click(timeline.getByRole('button', { name: 'Ajouter un événement' }));
    expect(timeline.getByLabelText('Type d’événement')).toHaveFocus();
    await user.click(timeline.getByRole('button', { name: 'Annuler' }));
    expect(timeline.getByRole('button', { name: 'Ajouter un événement' })).toHaveFocus();

    await user.click(timeline.getByRole('button', { name: 'Modifier : Plainte déposée' }));
    expect(timeline.getByLabelText('Type d’événement')).toHaveFocus();
    await user.click(timeline.getByRole('button', { name: 'Enregistrer l’événement' }));
    expect(
      await timeline.findByRole('button', { name: 'Modifier : Plainte déposée' }),
    ).toHaveFocus();
  });
});
