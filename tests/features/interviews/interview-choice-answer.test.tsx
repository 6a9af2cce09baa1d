import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../setup/render-app';

const COMPLAINT_FR = 'Avez-vous porté plainte à la police ?';
const COMPLAINT_DATE_FR = 'Quel jour avez-vous porté plainte ?';
const INFORMATION_FR = 'Voulez-vous des informations sur le dépôt de plainte ?';

/**
 * A single-choice question may have a choice coded `yes` (`proceedings.complaint`: yes, no,
 * not sure): its answer is that code, as for any choice, and never the `true` of a yes-no
 * question, which the question does not take (it would count as no answer, and the complaint's
 * date would never be asked).
 */
// The whole script shows once the person agreed: some seventy rows, slow to query in jsdom.
describe('a choice coded "yes" in a single-choice question', { timeout: 30_000 }, () => {
  it('is kept as its code, stays ticked, and opens the questions that depend on it', async () => {
    const user = userEvent.setup();
    const view = await renderApp('/cases');
    const [created] = await view.repositories.cases.createMany([
      { pathway: 'fr-trafficking', content: { label: 'DEMO-ENTRETIEN-CHOIX' } },
    ]);
    const caseId = created?.id ?? '';
    const interview = await view.repositories.interviews.start(caseId, {
      scriptId: 'screening',
      heldOn: '2026-12-03',
      language: 'ti',
    });
    await view.repositories.interviews.saveAnswers(interview.id, [
      {
        questionId: 'consent.agrees',
        status: 'answered',
        value: true,
        scriptVersion: 1,
        shownLanguage: 'ti',
        answeredAt: '2026-12-03T09:00:00.000Z',
      },
    ]);
    await act(() => view.router.navigate(`/cases/${caseId}/interviews/${interview.id}`));

    const complaint = within(await screen.findByRole('group', { name: COMPLAINT_FR }));
    expect(screen.getByText(INFORMATION_FR)).toBeInTheDocument();
    await user.click(complaint.getByRole('radio', { name: /^Oui/ }));

    expect(await screen.findByText(COMPLAINT_DATE_FR)).toBeInTheDocument();
    expect(complaint.getByRole('radio', { name: /^Oui/ })).toBeChecked();
    expect(screen.queryByText(INFORMATION_FR)).not.toBeInTheDocument();
    await waitFor(async () =>
      expect(
        (await view.repositories.interviews.get(interview.id))?.answers.find(
          (answer) => answer.questionId === 'proceedings.complaint',
        ),
      ).toMatchObject({ status: 'answered', value: 'yes' }),
    );
  });
});
