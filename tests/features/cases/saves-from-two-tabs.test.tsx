import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { contentOf } from '../../../src/domain';
import { renderApp } from '../../setup/render-app';

/**
 * A case open here while another tab saves it (issue 11): the other tab's changes flow into the
 * fields not being edited, the same field changed on both sides is shown with both values, and a
 * save never drops either side.
 */
async function openCase() {
  const view = await renderApp('/cases');
  const [created] = await view.repositories.cases.createMany([
    {
      pathway: 'fr-trafficking',
      content: { label: 'DEMO-ONGLETS', identity: { givenNames: 'Amara' }, notes: 'Première note' },
    },
  ]);
  if (!created) throw new Error('no case');
  await act(() => view.router.navigate(`/cases/${created.id}`));
  const form = within(await screen.findByRole('region', { name: 'Dossier de la personne' }));
  /** Another tab saves the case as it is stored now, with `change` applied. */
  const saveInOtherTab = async (change: Record<string, unknown>) => {
    const stored = await view.repositories.cases.get(created.id);
    if (!stored) throw new Error('gone');
    await act(() =>
      view.repositories.cases.update(created.id, { ...contentOf(stored), ...change }),
    );
  };
  return { ...view, form, caseId: created.id, saveInOtherTab };
}

describe('a case saved in two tabs', { timeout: 30_000 }, () => {
  it('shows the other tab’s change to another field and keeps both on save', async () => {
    const user = userEvent.setup();
    const { form, caseId, repositories, saveInOtherTab } = await openCase();
    const givenNames = form.getByLabelText('Prénom(s)');
    await user.clear(givenNames);
    await user.type(givenNames, 'Amira');

    await saveInOtherTab({ notes: 'Note de l’autre onglet' });
    await waitFor(
      () => expect(form.getByLabelText('Notes')).toHaveValue('Note de l’autre onglet'),
      { timeout: 5_000 },
    );
    expect(givenNames).toHaveValue('Amira');

    await user.click(form.getByRole('button', { name: 'Enregistrer le dossier' }));
    expect(await form.findByRole('status', {}, { timeout: 5_000 })).toHaveTextContent(
      'Dossier enregistré',
    );
    const stored = await repositories.cases.get(caseId);
    expect(stored?.identity.givenNames).toBe('Amira');
    expect(stored?.notes).toBe('Note de l’autre onglet');
  });

  it('shows the same field changed in both tabs with both values, saves nothing until settled, then keeps the choice', async () => {
    const user = userEvent.setup();
    const { form, caseId, repositories, saveInOtherTab } = await openCase();
    const notes = form.getByLabelText('Notes');
    await user.clear(notes);
    await user.type(notes, 'Ma note');

    await saveInOtherTab({ notes: 'Leur note', label: 'DEMO-ONGLETS-2' });
    const panel = within(await form.findByRole('alert', {}, { timeout: 5_000 }));
    expect(panel.getByText('Un champ a été modifié ailleurs pendant votre saisie')).toBeVisible();
    expect(panel.getByText('Leur note')).toBeVisible();
    expect(panel.getByText('Ma note')).toBeVisible();
    expect(notes).toHaveValue('Ma note');

    await user.click(form.getByRole('button', { name: 'Enregistrer le dossier' }));
    expect(await form.findByText(/Rien n’a été enregistré/)).toBeVisible();
    expect((await repositories.cases.get(caseId))?.notes).toBe('Leur note');

    await user.click(form.getByRole('button', { name: 'Garder ma saisie : Notes' }));
    await user.click(form.getByRole('button', { name: 'Enregistrer le dossier' }));
    expect(await form.findByRole('status', {}, { timeout: 5_000 })).toHaveTextContent(
      'Dossier enregistré',
    );
    const stored = await repositories.cases.get(caseId);
    expect(stored?.notes).toBe('Ma note');
    expect(stored?.label).toBe('DEMO-ONGLETS-2');
  });

  it('takes the saved value when the user chooses it', async () => {
    const user = userEvent.setup();
    const { form, saveInOtherTab } = await openCase();
    const notes = form.getByLabelText('Notes');
    await user.clear(notes);
    await user.type(notes, 'Ma note');
    await saveInOtherTab({ notes: 'Leur note' });
    await user.click(
      await form.findByRole(
        'button',
        { name: 'Garder la valeur enregistrée ailleurs : Notes' },
        { timeout: 5_000 },
      ),
    );
    expect(notes).toHaveValue('Leur note');
    expect(form.queryByText(/modifié ailleurs/)).not.toBeInTheDocument();
  });
});
