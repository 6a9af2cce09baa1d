import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../setup/render-app';

describe('creating a case', () => {
  it('refuses an empty pseudonym with a translated message next to the field, and saves nothing', async () => {
    const user = userEvent.setup();
    const { repositories } = await renderApp('/cases/new');

    const field = await screen.findByLabelText('Pseudonyme ou numéro de dossier');
    await user.type(field, '   ');
    await user.click(screen.getByRole('button', { name: 'Créer le dossier' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Ce champ est obligatoire.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Ce champ est obligatoire\./);
    expect(await repositories.cases.list()).toEqual([]);
  });

  it('shows the refusal in English when the UI is in English', async () => {
    const user = userEvent.setup();
    await renderApp('/cases/new', { language: 'en' });

    await user.click(await screen.findByRole('button', { name: 'Create case' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This field is required.');
  });

  it('saves the case with its pathway and opens it', async () => {
    const user = userEvent.setup();
    const { repositories, router } = await renderApp('/cases/new');

    await user.type(await screen.findByLabelText('Pseudonyme ou numéro de dossier'), 'DEMO-0001');
    await user.click(screen.getByLabelText('France : admission exceptionnelle (L435-1)'));
    await user.click(screen.getByRole('button', { name: 'Créer le dossier' }));

    // The case page is a large one (its form has four date fields): give it time under jsdom.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'DEMO-0001' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    const saved = await repositories.cases.list();
    expect(saved).toMatchObject([{ label: 'DEMO-0001', pathway: 'fr-humanitarian' }]);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/cases/${saved[0]?.id}`));
  }, 15_000);
});
