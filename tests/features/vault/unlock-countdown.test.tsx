import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildRoutes } from '../../../src/app/router';
import { initI18n } from '../../../src/i18n/i18n';
import { WrongPassphraseError } from '../../../src/storage/errors';
import { createVault, lock, openStorage, unlock } from '../../../src/storage/storage';
import { freshDatabaseName } from '../../setup/storage';

const PASSPHRASE = 'cheval-batterie-agrafe-2026';
const WRONG = 'pas-la-bonne-phrase-du-tout';
const T0 = new Date('2026-12-01T09:00:00.000Z');

afterEach(() => {
  vi.useRealTimers();
});

describe('the unlock screen after wrong passphrases in a row', () => {
  it('counts down before the next attempt, the button disabled, and keeps what was typed meanwhile', async () => {
    // The clock stands still at T0 (timers run): the wait is the same however slow the machine.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    await openStorage({ name: freshDatabaseName() });
    await createVault(PASSPHRASE);
    lock();
    for (let i = 0; i < 3; i += 1)
      await expect(unlock(WRONG)).rejects.toThrow(WrongPassphraseError);

    const user = userEvent.setup();
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
    const field = await screen.findByLabelText('Phrase secrète', { selector: 'input' });
    const submit = screen.getByRole('button', { name: 'Déverrouiller' });

    // The fourth wrong passphrase: no wait before it, a wait after it.
    await user.type(field, WRONG);
    await user.click(submit);
    // Key derivations are slow on a busy machine: each attempt may take seconds.
    expect(await screen.findByRole('alert', {}, { timeout: 30_000 })).toHaveTextContent(
      'Phrase secrète incorrecte. Rien n’a été modifié.',
    );
    const timer = await screen.findByRole('timer');
    expect(timer).toHaveTextContent(
      'Trop de phrases secrètes incorrectes. Réessayez dans 2 secondes.',
    );
    expect(submit).toBeDisabled();
    expect(field).toHaveAccessibleDescription(/Réessayez dans 2 secondes/);

    await user.type(field, PASSPHRASE);
    vi.setSystemTime(T0.getTime() + 1_000);
    await waitFor(() => expect(timer).toHaveTextContent('Réessayez dans 1 seconde.'), {
      timeout: 5_000,
    });
    expect(submit).toBeDisabled();

    vi.setSystemTime(T0.getTime() + 2_000);
    await waitFor(() => expect(submit).toBeEnabled(), { timeout: 5_000 });
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(field).toHaveValue(PASSPHRASE);
    await user.click(submit);
    expect(
      await screen.findByRole('button', { name: 'Verrouiller' }, { timeout: 30_000 }),
    ).toBeInTheDocument();
  }, 90_000);
});
