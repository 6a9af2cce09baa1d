import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { DemoColleagueSwitch } from '../../../src/features/settings/demo-colleague-switch';
import { initI18n } from '../../../src/i18n/i18n';
import type { UiLanguage } from '../../../src/i18n/languages';
import { DemoColleague } from '../../../src/mocks/demo-colleague';
import { MockSyncServer } from '../../../src/mocks/sync-server';
import { base64ToBytes } from '../../../src/storage/base64';
import { fingerprintOf } from '../../../src/storage/crypto/team-key';

/**
 * Decision 019: the demo's switch for its fictional colleague says what it does, is off by
 * default, works from the keyboard, and shows the code the user must compare before admitting.
 */
const colleagues: DemoColleague[] = [];
afterEach(() => {
  for (const colleague of colleagues.splice(0)) colleague.stop();
});

async function renderSwitch(language: UiLanguage = 'fr') {
  const server = new MockSyncServer();
  server.startTeam();
  const colleague = new DemoColleague({ server });
  colleagues.push(colleague);
  const i18n = await initI18n(language);
  const router = createMemoryRouter(
    [{ path: '/settings', element: <DemoColleagueSwitch control={colleague} /> }],
    { initialEntries: ['/settings'] },
  );
  render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  return { server, colleague };
}

describe('the demo colleague’s switch', () => {
  it('is off by default and says in plain words what it does', async () => {
    await renderSwitch();
    const toggle = await screen.findByRole('switch', {
      name: /^Simuler une collègue fictive, Dominique Exemple : elle rejoint l’équipe/,
    });
    expect(toggle).not.toBeChecked();
    expect(toggle).toHaveAccessibleDescription('Désactivée : Dominique Exemple ne fait rien.');
  });

  it('switched on from the keyboard, asks to join and shows the code to compare; off, withdraws it', async () => {
    const { server } = await renderSwitch();
    const user = userEvent.setup();
    const toggle = await screen.findByRole('switch');
    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard(' ');

    await waitFor(() => expect(toggle).toBeChecked());
    const [request] = server.waitingJoins().requests;
    const code = await fingerprintOf(base64ToBytes(request?.publicKey ?? ''));
    await waitFor(() =>
      expect(toggle).toHaveAccessibleDescription(
        `Dominique Exemple demande à rejoindre l’équipe. Son appareil affiche le code ${code} : comparez-le avec la demande ci-dessous, puis admettez son appareil.`,
      ),
    );

    await user.keyboard(' ');
    await waitFor(() => expect(toggle).not.toBeChecked());
    expect(server.waitingJoins().requests).toEqual([]);
  });

  it.each(['en', 'nl'] as const)('reads in %s too', async (language) => {
    await renderSwitch(language);
    const toggle = await screen.findByRole('switch', { name: /Dominique Exemple/ });
    expect(toggle).toHaveAccessibleDescription(/Dominique Exemple/);
  });
});
