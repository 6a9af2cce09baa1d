import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { isLeaveHeld } from '../../../src/ui/leave-guard';
import { renderApp } from '../../setup/render-app';

/**
 * Leaving the page asks only when typing could not be kept (issue 11): once the case form's typing
 * is in a sealed draft, leaving is silent; an event being typed has no draft, so leaving asks.
 */
describe('leaving a page with typing not saved', { timeout: 30_000 }, () => {
  it('is silent once the case form’s typing is kept in a draft, and asks while an event is being typed', async () => {
    const user = userEvent.setup();
    const view = await renderApp('/cases');
    const [created] = await view.repositories.cases.createMany([
      { pathway: 'fr-trafficking', content: { label: 'DEMO-QUITTER' } },
    ]);
    await act(() => view.router.navigate(`/cases/${created?.id ?? ''}`));
    const form = within(await screen.findByRole('region', { name: 'Dossier de la personne' }));
    await user.type(form.getByLabelText('Notes'), 'Saisie gardée en brouillon');
    await waitFor(() => expect(isLeaveHeld()).toBe(false), { timeout: 5_000 });

    const timeline = within(screen.getByRole('region', { name: 'Chronologie' }));
    await user.click(timeline.getByRole('button', { name: 'Ajouter un événement' }));
    await user.type(timeline.getByLabelText('Note (facultative)'), 'Saisie sans brouillon');
    expect(isLeaveHeld()).toBe(true);
    await user.click(timeline.getByRole('button', { name: 'Annuler' }));
    expect(isLeaveHeld()).toBe(false);
  });
});
