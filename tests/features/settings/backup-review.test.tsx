import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { contentOf, type CaseFileContent } from '../../../src/domain';
import { exportBackup, type Repositories } from '../../../src/storage/storage';
import { renderApp } from '../../setup/render-app';

const BACKUP = 'sauvegarde-du-jeudi-matin-77';

/** French text as the app writes it: a no-break space before the colon and inside « ». */
const fr = (text: string) => text.replace(/ ([:»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');

/** A fictional person's case on this device, and a backup of it made now. */
async function caseAndBackup(repositories: Repositories) {
  return act(async () => {
    const created = await repositories.cases.create({
      label: 'DEMO-REVUE',
      pathway: 'fr-trafficking',
    });
    await edit(repositories, created.id, (content) => {
      content.identity.givenNames = 'Fictive';
      content.person.birthDate = '1990-03-12';
    });
    const file = await exportBackup(BACKUP);
    return { caseId: created.id, file };
  });
}

/** Saves the case as its form would: its whole content, with `change` made to it. */
async function edit(
  repositories: Repositories,
  caseId: string,
  change: (content: CaseFileContent) => void,
) {
  const saved = await repositories.cases.get(caseId);
  if (!saved) throw new Error('No such case');
  const content = structuredClone(contentOf(saved));
  change(content);
  await repositories.cases.update(caseId, content);
}

/** Chooses the backup file and its passphrase, and asks to restore it. */
async function restore(user: ReturnType<typeof userEvent.setup>, file: string) {
  const form = within(
    (await screen.findByRole('button', { name: 'Restaurer' })).closest('form') as HTMLElement,
  );
  const chosen = new File([file], 'passerelle-sauvegarde.passerelle', {
    type: 'application/octet-stream',
  });
  // jsdom's files have no text(): the browser's, for this one file.
  Object.assign(chosen, { text: () => Promise.resolve(file) });
  await user.upload(form.getByLabelText('Fichier de sauvegarde'), chosen);
  await user.type(form.getByLabelText('Phrase secrète de la sauvegarde'), BACKUP);
  await user.click(form.getByRole('button', { name: 'Restaurer' }));
}

// A real Argon2id derivation for the backup's key, about a second each.
describe('restoring a backup that differs from this device', { timeout: 30_000 }, () => {
  it('shows each differing field with both values, this device’s chosen, and writes what the person picks', async () => {
    const user = userEvent.setup();
    const { repositories } = await renderApp('/settings');
    const { caseId, file } = await caseAndBackup(repositories);
    await act(() =>
      edit(repositories, caseId, (content) => {
        content.identity.givenNames = 'Fictivia';
        content.person.birthDate = '1990-03-21';
      }),
    );

    await restore(user, file);

    const review = within(
      (
        await screen.findByRole(
          'heading',
          { name: 'Vérifier les différences avant de restaurer' },
          { timeout: 15_000 },
        )
      ).closest('section') as HTMLElement,
    );
    expect(
      review.getByRole('heading', { name: new RegExp(fr('Dossier « DEMO-REVUE »')) }),
    ).toBeInTheDocument();
    const birthDate = within(review.getByRole('group', { name: 'Date de naissance' }));
    const keepHere = birthDate.getByRole('radio', {
      name: fr('Garder la valeur de cet appareil : 21 mars 1990'),
    });
    const takeBackup = birthDate.getByRole('radio', {
      name: fr('Prendre la valeur de la sauvegarde : 12 mars 1990'),
    });
    // Nothing changes here unless the person asks for it.
    expect(keepHere).toBeChecked();
    expect(takeBackup).not.toBeChecked();
    expect(
      within(review.getByRole('group', { name: 'Prénom(s)' })).getByRole('radio', {
        name: fr('Garder la valeur de cet appareil : Fictivia'),
      }),
    ).toBeChecked();
    // Nothing is written while the person chooses.
    expect((await repositories.cases.get(caseId))?.person.birthDate).toBe('1990-03-21');

    await user.click(takeBackup);
    await user.click(review.getByRole('button', { name: 'Restaurer avec ces choix' }));

    expect(
      await screen.findByText(/Sauvegarde restaurée : 0 élément\(s\) ajouté\(s\), 1 mis à jour/),
    ).toBeInTheDocument();
    const after = await repositories.cases.get(caseId);
    expect(after?.person.birthDate).toBe('1990-03-12');
    expect(after?.identity.givenNames).toBe('Fictivia');
  });

  it('“take everything from the backup” then Cancel changes nothing, and says so', async () => {
    const user = userEvent.setup();
    const { repositories } = await renderApp('/settings');
    const { caseId, file } = await caseAndBackup(repositories);
    await act(() =>
      edit(repositories, caseId, (content) => (content.identity.givenNames = 'Fictivia')),
    );

    await restore(user, file);
    await user.click(
      await screen.findByRole(
        'button',
        { name: 'Tout prendre de la sauvegarde' },
        { timeout: 15_000 },
      ),
    );
    expect(
      screen.getByRole('radio', { name: fr('Prendre la valeur de la sauvegarde : Fictive') }),
    ).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Annuler' }));

    expect(
      await screen.findByText('Restauration annulée. Rien n’a été modifié.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect((await repositories.cases.get(caseId))?.identity.givenNames).toBe('Fictivia');
  });

  it('a backup identical to this device is restored at once, with no screen to go through', async () => {
    const user = userEvent.setup();
    const { repositories } = await renderApp('/settings');
    const { file } = await caseAndBackup(repositories);

    await restore(user, file);

    expect(
      await screen.findByText(/Sauvegarde restaurée : .* 1 déjà identique/, undefined, {
        timeout: 15_000,
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });
});
