import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRoutes } from '../../../src/app/router';
import { initI18n } from '../../../src/i18n/i18n';
import { PasserelleDb } from '../../../src/storage/db';
import { loadPassphraseChecker } from '../../../src/storage/passphrase-policy';
import { getVaultState, openStorage } from '../../../src/storage/storage';
import { setUpVault } from '../../../src/storage/vault';
import { freshDatabaseName } from '../../setup/storage';

/** The whole app at /cases, in French, on the database opened before (no vault in it yet). */
async function renderApp() {
  const i18n = await initI18n('fr');
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(buildRoutes(), { initialEntries: ['/cases'] });
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('the first-run screen', () => {
  beforeAll(() => loadPassphraseChecker(), 60_000);

  it('refuses a weak passphrase and a confirmation that differs, with translated messages on the fields, and sets up nothing', async () => {
    const user = userEvent.setup();
    await openStorage({ name: freshDatabaseName() });
    await renderApp();
    const passphrase = await screen.findByLabelText('Phrase secrète', { selector: 'input' });
    const confirmation = screen.getByLabelText('Confirmez la phrase secrète');

    await user.type(passphrase, 'password1234');
    await user.type(confirmation, 'password1234');
    await user.click(screen.getByRole('button', { name: 'Protéger et commencer' }));
    expect(
      await screen.findByText(/Cette phrase secrète est trop faible : elle contient/),
    ).toBeInTheDocument();
    expect(passphrase).toHaveAttribute('aria-invalid', 'true');
    expect(passphrase).toHaveFocus();

    // Each change after a refusal is checked at once: a strong one, then typed differently.
    await user.clear(passphrase);
    await user.type(passphrase, 'cheval-agrafe-pluie-violet');
    expect(await screen.findByText('Les deux phrases ne sont pas identiques.')).toBeInTheDocument();
    expect(passphrase).toHaveAttribute('aria-invalid', 'false');
    await user.click(screen.getByRole('button', { name: 'Protéger et commencer' }));
    expect(confirmation).toHaveFocus();
    expect(await getVaultState()).toBe('absent');
  }, 30_000);
});

describe('a second tab on the first-run screen', () => {
  // The passphrase checker's dictionaries load once per file, before the clock of any test runs.
  beforeAll(() => loadPassphraseChecker(), 60_000);

  it('says the vault was just set up in another tab, changes nothing, and leads to unlocking it', async () => {
    const user = userEvent.setup();
    const name = freshDatabaseName();
    await openStorage({ name });
    await renderApp();
    const passphrase = await screen.findByLabelText('Phrase secrète', { selector: 'input' });

    // Meanwhile, the first tab sets up the vault (its own connection to the same database).
    const firstTab = new PasserelleDb(name);
    await firstTab.open();
    await setUpVault(firstTab, 'premier-onglet-cheval-2026', new Date().toISOString());
    firstTab.close();

    await user.type(passphrase, 'second-onglet-agrafe-2026');
    await user.type(
      screen.getByLabelText('Confirmez la phrase secrète'),
      'second-onglet-agrafe-2026',
    );
    await user.click(screen.getByRole('button', { name: 'Protéger et commencer' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('dans un autre onglet');
    await user.click(screen.getByRole('button', { name: 'Aller au déverrouillage' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Déverrouiller Passerelle' }),
    ).toBeInTheDocument();
    expect(await getVaultState()).toBe('locked');
    // A real key derivation (Argon2id) in the first tab, and a form that checks the passphrase.
  }, 30_000);
});
