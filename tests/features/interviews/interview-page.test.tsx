import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { queryKeys } from '../../../src/queries/query-keys';
import { localToday } from '../../../src/ui/use-today';
import { renderApp } from '../../setup/render-app';

const AGREES_FR = 'Êtes-vous d’accord pour répondre à quelques questions aujourd’hui ?';
const AGREES_AR = 'هل توافق على الإجابة عن بعض الأسئلة اليوم؟';
const USE_FOR_FILE_FR =
  'Pouvons-nous utiliser vos réponses dans votre dossier, pour vos papiers et vos démarches ?';

/**
 * Issue 15: a worker (UI in French) starts an interview in Arabic from the case page and answers
 * it, the two languages side by side, question by question.
 */
describe('the interview page', () => {
  it('starts an interview in Arabic, shows both languages row by row, and keeps each answer', async () => {
    const user = userEvent.setup();
    const view = await renderApp('/cases');
    const [created] = await view.repositories.cases.createMany([
      { pathway: 'fr-trafficking', content: { label: 'DEMO-ENTRETIEN' } },
    ]);
    const caseId = created?.id ?? '';
    await act(() => view.router.navigate(`/cases/${caseId}`));

    const section = within(await screen.findByRole('region', { name: 'Entretiens' }));
    expect(await section.findByText('Aucun entretien pour ce dossier.')).toBeInTheDocument();
    await user.click(section.getByRole('button', { name: 'Commencer un entretien' }));
    const languages = section.getByRole('combobox', { name: 'Langue de la personne' });
    expect(within(languages).getByRole('option', { name: 'ትግርኛ — tigrigna' })).toBeInTheDocument();
    await user.selectOptions(languages, 'ar');
    await user.click(section.getByRole('button', { name: 'Commencer' }));

    // The address carries ids only; the title names no one.
    await screen.findByRole('heading', { level: 1, name: 'Entretien' });
    const path = view.router.state.location.pathname;
    const interviewId = path.split('/').at(-1) ?? '';
    expect(path).toBe(`/cases/${caseId}/interviews/${interviewId}`);
    expect(document.title).not.toContain('DEMO-ENTRETIEN');
    const [stored] = await view.repositories.interviews.listForCase(caseId);
    expect(stored).toMatchObject({ language: 'ar', heldOn: localToday(), answers: [] });

    // The consent question, in French and in Arabic, in one row; the Arabic cell right to left.
    const consent = within(await screen.findByRole('group', { name: AGREES_FR }));
    const arabic = consent.getByText(AGREES_AR);
    expect(arabic).toHaveAttribute('lang', 'ar');
    expect(arabic).toHaveAttribute('dir', 'rtl');
    expect(consent.getByText(AGREES_FR)).toHaveAttribute('lang', 'fr');
    // Before the consent, nothing else is asked.
    expect(screen.queryByRole('group', { name: USE_FOR_FILE_FR })).not.toBeInTheDocument();

    await user.click(consent.getByRole('radio', { name: /^Oui/ }));
    const useForFile = within(await screen.findByRole('group', { name: USE_FOR_FILE_FR }));
    await waitFor(async () =>
      expect((await view.repositories.interviews.get(interviewId))?.answers).toEqual([
        expect.objectContaining({
          questionId: 'consent.agrees',
          status: 'answered',
          value: true,
          scriptVersion: 1,
          shownLanguage: 'ar',
        }),
      ]),
    );

    // Declined is an answer of its own, not a blank.
    await user.click(useForFile.getByRole('checkbox', { name: 'Ne souhaite pas répondre' }));
    await waitFor(async () =>
      expect(
        (await view.repositories.interviews.get(interviewId))?.answers.find(
          (answer) => answer.questionId === 'consent.use-for-file',
        ),
      ).toMatchObject({ status: 'declined', shownLanguage: 'ar' }),
    );

    // Read again from storage: the answers are kept.
    view.queryClient.removeQueries({ queryKey: queryKeys.cases.all() });
    await act(() => view.router.navigate(`/cases/${caseId}`));
    const listed = within(await screen.findByRole('region', { name: 'Entretiens' }));
    expect(await listed.findByText('2 réponses')).toBeInTheDocument();
    await user.click(listed.getByRole('link', { name: /^Entretien du/ }));
    const again = within(await screen.findByRole('group', { name: AGREES_FR }));
    expect(again.getByRole('radio', { name: /^Oui/ })).toBeChecked();
    const declined = within(await screen.findByRole('group', { name: USE_FOR_FILE_FR }));
    expect(declined.getByRole('checkbox', { name: 'Ne souhaite pas répondre' })).toBeChecked();
  });
});
