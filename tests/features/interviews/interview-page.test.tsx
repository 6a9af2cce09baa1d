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
describe('the interview page', { timeout: 30_000 }, () => {
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

describe(
  'the interview page: what it proposes to the case, limits, breaks',
  { timeout: 30_000 },
  () => {
    async function openInterview(answers: Parameters<typeof answersOf>[0]) {
      const view = await renderApp('/cases');
      const [created] = await view.repositories.cases.createMany([
        { pathway: 'fr-trafficking', content: { label: 'DEMO-ENTRETIEN' } },
      ]);
      const caseId = created?.id ?? '';
      const interview = await view.repositories.interviews.start(caseId, {
        scriptId: 'screening',
        scriptVersion: 1,
        heldOn: '2026-12-01',
        language: 'ar',
      });
      await view.repositories.interviews.saveAnswers(interview.id, answersOf(answers));
      await act(() => view.router.navigate(`/cases/${caseId}/interviews/${interview.id}`));
      await screen.findByRole('heading', { level: 1, name: 'Entretien' });
      return { view, caseId, interviewId: interview.id };
    }

    it('a rejected proposal leaves the case as it was and is not asked again; a confidential answer proposes nothing', async () => {
      const user = userEvent.setup();
      const { view, caseId, interviewId } = await openInterview({
        'consent.agrees': true,
        'consent.use-for-file': true,
        'journey.arrival-date': '2026-09-14',
        'identity.nationality': 'ER',
      });
      const proposals = within(
        await screen.findByRole('region', { name: 'À reporter dans le dossier' }),
      );
      const arrival = within(
        await proposals.findByRole('group', { name: /^Date d’entrée dans le pays : / }),
      );
      await user.click(arrival.getByRole('button', { name: 'Ne pas reporter' }));
      // Set aside with the rejected ones (which may still be put in): only the nationality waits.
      await waitFor(() =>
        expect(proposals.getAllByRole('button', { name: 'Ne pas reporter' })).toHaveLength(1),
      );
      expect(await proposals.findByText('1 proposition écartée')).toBeInTheDocument();
      expect((await view.repositories.cases.get(caseId))?.person.arrivedOn).toBeUndefined();

      // The person asks that their nationality stay confidential: no proposal for it any more.
      expect(proposals.getByRole('group', { name: /^Nationalité : / })).toBeInTheDocument();
      const nationality = within(
        screen.getByRole('group', { name: 'De quel pays avez-vous la nationalité ?' }),
      );
      await user.selectOptions(
        nationality.getByRole('combobox', { name: 'Utilisation de cette réponse' }),
        'confidential',
      );
      expect(await proposals.findByText('Aucune proposition en attente.')).toBeInTheDocument();
      expect(proposals.queryByRole('group', { name: /^Nationalité : / })).not.toBeInTheDocument();
      // The page answers at once; the save follows.
      await waitFor(async () => {
        const stored = await view.repositories.interviews.get(interviewId);
        expect(stored?.answers.find((a) => a.questionId === 'identity.nationality')).toMatchObject({
          value: 'ER',
          limit: 'confidential',
        });
        expect(stored?.decisions).toEqual([
          expect.objectContaining({ target: 'person.arrivedOn', decision: 'rejected' }),
        ]);
      });
    });

    it('without the consent to use the answers for the file, nothing is proposed', async () => {
      await openInterview({
        'consent.agrees': true,
        'consent.use-for-file': false,
        'journey.arrival-date': '2026-09-14',
      });
      const proposals = within(
        await screen.findByRole('region', { name: 'À reporter dans le dossier' }),
      );
      expect(
        proposals.getByText(
          'La personne n’a pas accepté que ses réponses servent à son dossier : rien n’est proposé.',
        ),
      ).toBeInTheDocument();
      expect(proposals.queryByRole('button', { name: 'Reporter dans le dossier' })).toBeNull();
    });

    it('a break, then a pause to resume another day, are logged; the interpreter is noted', async () => {
      const user = userEvent.setup();
      const { view, interviewId } = await openInterview({ 'consent.agrees': true });
      expect(await screen.findByText('Entretien en cours')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Faire une pause' }));
      expect(
        await screen.findByText('En pause : reprenez quand la personne est prête'),
      ).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Reprendre après la pause' }));
      await user.click(
        await screen.findByRole('button', { name: 'Suspendre (reprendre un autre jour)' }),
      );
      expect(
        await screen.findByText('Entretien suspendu, à reprendre un autre jour'),
      ).toBeInTheDocument();
      await user.click(screen.getByRole('radio', { name: 'Interprète par téléphone' }));
      await waitFor(async () => {
        const stored = await view.repositories.interviews.get(interviewId);
        expect(stored?.log.map((event) => event.kind)).toEqual(['break', 'break-end', 'pause']);
        expect(stored?.interpreter).toMatchObject({ present: true, mode: 'phone', language: 'ar' });
      });
    });
  },
);

/** Answers given in Arabic, from question ids to values. */
function answersOf(values: Record<string, string | boolean>) {
  let at = Date.parse('2026-12-01T09:00:00Z');
  return Object.entries(values).map(([questionId, value]) => ({
    questionId,
    status: 'answered' as const,
    value,
    scriptVersion: 1,
    shownLanguage: 'ar' as const,
    answeredAt: new Date((at += 1000)).toISOString(),
  }));
}
