import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildRoutes } from '../../../src/app/router';
import { initI18n } from '../../../src/i18n/i18n';
import { lockVault } from '../../../src/queries/vault-queries';
import { createVault, getRepositories, openStorage } from '../../../src/storage/storage';
import { localToday } from '../../../src/ui/use-today';
import { freshDatabaseName } from '../../setup/storage';

/** Fictional: the passphrase of this test's vault, and a wrong one. */
const PASSPHRASE = 'cheval-batterie-agrafe-2026';
const WRONG = 'pas-la-bonne-phrase-du-tout';

const AGREES_FR = 'Êtes-vous d’accord pour répondre à quelques questions aujourd’hui ?';
const AGREES_AR = 'هل توافق على الإجابة عن بعض الأسئلة اليوم؟';
const CONSENT_TITLE_AR = 'قبل أن نبدأ';
const USE_FOR_FILE_AR = 'هل يمكننا أن نستخدم إجاباتك في ملفك، من أجل أوراقك ومعاملاتك؟';

/** A vault set up with a passphrase (leaving the mode checks it), a case and an Arabic interview. */
async function openInterview() {
  await openStorage({ name: freshDatabaseName() });
  await createVault(PASSPHRASE);
  const repositories = getRepositories();
  const [created] = await repositories.cases.createMany([
    { pathway: 'fr-trafficking', content: { label: 'DEMO-MODE-PERSONNE' } },
  ]);
  const caseId = created?.id ?? '';
  const interview = await repositories.interviews.start(caseId, {
    scriptId: 'screening',
    language: 'ar',
    heldOn: localToday(),
  });
  const i18n = await initI18n('fr');
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const path = `/cases/${caseId}/interviews/${interview.id}`;
  const router = createMemoryRouter(buildRoutes(), { initialEntries: ['/cases', path] });
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
  await screen.findByRole('group', { name: AGREES_FR });
  return { repositories, router, path, interviewId: interview.id };
}

afterEach(() => {
  Reflect.deleteProperty(window, 'speechSynthesis');
  vi.unstubAllGlobals();
});

/**
 * Issue 15: the worker hands the device over; the person reads the interview in Arabic only and
 * answers; nothing else of the app can be reached; leaving asks for the vault's passphrase.
 */
describe('showing the interview to the person', () => {
  it('shows only the person’s language, saves their answer like the page, and leaves only with the right passphrase', async () => {
    const user = userEvent.setup();
    const { repositories, router, path, interviewId } = await openInterview();

    await user.click(screen.getByRole('button', { name: 'Montrer à la personne' }));
    const mode = await screen.findByRole('dialog');
    expect(mode).toHaveAttribute('lang', 'ar');
    expect(mode).toHaveAttribute('dir', 'rtl');
    // The consent's purpose and rights come first, in Arabic; the screen is named by its heading.
    expect(within(mode).getByRole('heading', { name: CONSENT_TITLE_AR })).toHaveFocus();
    expect(mode).toHaveAccessibleName(CONSENT_TITLE_AR);
    // Nothing in French but the worker's way out, marked as French.
    const leave = within(mode).getByRole('button', { name: 'Quitter ce mode' });
    expect(leave).toHaveAttribute('lang', 'fr');
    const otherLanguages = [...mode.querySelectorAll('[lang]')].filter(
      (element) => element !== leave && element.getAttribute('lang') !== 'ar',
    );
    expect(otherLanguages).toEqual([]);
    expect(mode).not.toHaveTextContent('Entretien');

    // The rest of the app is inert: its navigation, its links, the page under the mode.
    expect(
      screen.getByRole('navigation', { name: 'Navigation principale' }).closest('[inert]'),
    ).not.toBeNull();
    expect(
      screen.getByRole('link', { name: 'Retour au dossier' }).closest('[inert]'),
    ).not.toBeNull();
    expect(mode.closest('[inert]')).toBeNull();

    // Neither Escape nor a navigation (the browser's Back is one) leaves.
    await user.keyboard('{Escape}');
    await act(() => router.navigate(-1));
    await act(() => router.navigate('/settings'));
    expect(router.state.location.pathname).toBe(path);
    expect(screen.getByRole('dialog')).toBe(mode);

    await user.click(within(mode).getByRole('button', { name: 'التالي' }));
    const question = within(mode).getByRole('group', { name: AGREES_AR });
    expect(within(mode).getByRole('heading', { name: AGREES_AR })).toHaveFocus();
    await user.click(within(question).getByRole('radio', { name: 'نعم' }));
    expect(within(question).getByRole('radio', { name: 'نعم' })).toBeChecked();
    await waitFor(async () =>
      expect((await repositories.interviews.get(interviewId))?.answers).toEqual([
        expect.objectContaining({
          questionId: 'consent.agrees',
          status: 'answered',
          value: true,
          scriptVersion: 1,
          shownLanguage: 'ar',
        }),
      ]),
    );

    // The consent opened the next questions; the person may prefer not to answer one.
    await user.click(within(mode).getByRole('button', { name: 'التالي' }));
    const next = within(mode).getByRole('group', { name: USE_FOR_FILE_AR });
    await user.click(within(next).getByRole('checkbox', { name: 'أفضّل ألّا أجيب' }));
    await waitFor(async () =>
      expect(
        (await repositories.interviews.get(interviewId))?.answers.find(
          (answer) => answer.questionId === 'consent.use-for-file',
        ),
      ).toMatchObject({ status: 'declined', shownLanguage: 'ar' }),
    );

    // A wrong passphrase is refused, said in the worker's language; the mode stays.
    await user.click(within(mode).getByRole('button', { name: 'Quitter ce mode' }));
    const field = within(mode).getByLabelText('Phrase secrète');
    expect(field).toHaveFocus();
    await user.type(field, WRONG);
    await user.click(within(mode).getByRole('button', { name: 'Revenir à l’entretien' }));
    // Key derivations are slow on a busy machine: each attempt may take seconds.
    expect(await within(mode).findByRole('alert', {}, { timeout: 30_000 })).toHaveTextContent(
      'Phrase secrète incorrecte.',
    );
    expect(field).toHaveValue('');
    expect(screen.getByRole('dialog')).toBe(mode);

    await user.type(field, PASSPHRASE);
    await user.click(within(mode).getByRole('button', { name: 'Revenir à l’entretien' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), {
      timeout: 30_000,
    });
    // Back on the page, everything reachable again, the person's answers there.
    expect(screen.getByRole('button', { name: 'Montrer à la personne' })).toHaveFocus();
    expect(document.querySelector('[inert]')).toBeNull();
    const consent = within(screen.getByRole('group', { name: AGREES_FR }));
    expect(consent.getByRole('radio', { name: /^Oui/ })).toBeChecked();
    expect(screen.getAllByRole('checkbox', { name: 'Ne souhaite pas répondre' })[1]).toBeChecked();
  }, 90_000);

  it('the vault locking (the idle lock’s action) shows the unlock screen, not the person’s screen', async () => {
    const user = userEvent.setup();
    await openInterview();
    await user.click(screen.getByRole('button', { name: 'Montrer à la personne' }));
    await screen.findByRole('dialog');

    act(() => lockVault());
    expect(await screen.findByRole('button', { name: 'Déverrouiller' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByText(CONSENT_TITLE_AR)).not.toBeInTheDocument();
    expect(document.querySelector('[inert]')).toBeNull();
  }, 60_000);
});
