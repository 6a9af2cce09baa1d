import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InterviewAnswer } from '../../../src/domain';
import { renderApp } from '../../setup/render-app';

const AGREES_FR = 'Êtes-vous d’accord pour répondre à quelques questions aujourd’hui ?';
const AGREES_AR = 'هل توافق على الإجابة عن بعض الأسئلة اليوم؟';
const SHARE_FR =
  'Les autres personnes de notre équipe qui vous aident peuvent-elles lire vos réponses ?';
const SAFE_NOW_FR = 'Vous sentez-vous en sécurité aujourd’hui ?';
const VIOLENCE_FR = 'Quelqu’un a-t-il été violent avec vous, par exemple en vous frappant ?';
const DECLINED_FR = 'Je préfère ne pas répondre';
const DECLINED_AR = 'أفضّل ألّا أجيب';

const at = (minute: number) => `2026-12-10T10:${String(minute).padStart(2, '0')}:00Z`;

/** A fictional person's answers, given in Arabic on 10 December 2026. */
function answers(): InterviewAnswer[] {
  const base = { scriptVersion: 1, shownLanguage: 'ar' } as const;
  return [
    { ...base, questionId: 'consent.agrees', status: 'answered', value: true, answeredAt: at(1) },
    { ...base, questionId: 'consent.use-for-file', status: 'declined', answeredAt: at(2) },
    // Shown in French on the day: the Arabic text came later.
    {
      ...base,
      questionId: 'consent.share-with-team',
      status: 'answered',
      value: true,
      shownLanguage: 'fr',
      answeredAt: at(3),
    },
    {
      ...base,
      questionId: 'journey.arrival-date',
      status: 'answered',
      value: '2026-03-15',
      answeredAt: at(4),
    },
    {
      ...base,
      questionId: 'identity.nationality',
      status: 'answered',
      value: 'ER',
      answeredAt: at(5),
    },
    {
      ...base,
      questionId: 'control.violence',
      status: 'answered',
      value: true,
      limit: 'confidential',
      answeredAt: at(6),
    },
  ];
}

async function renderTranscriptOfArabicInterview() {
  const view = await renderApp('/cases');
  const [created] = await view.repositories.cases.createMany([
    { pathway: 'fr-trafficking', content: { label: 'DEMO-TRANSCRIPTION' } },
  ]);
  const caseId = created?.id ?? '';
  const interview = await view.repositories.interviews.start(caseId, {
    scriptId: 'screening',
    heldOn: '2026-12-10',
    language: 'ar',
  });
  await view.repositories.interviews.saveAnswers(interview.id, answers());
  await view.repositories.interviews.saveChanges(interview.id, {
    interpreter: { present: true, mode: 'phone', language: 'ar', setAt: '2026-12-10T09:00:00Z' },
    log: [{ id: 'pause-1', kind: 'pause', at: '2026-12-10T11:00:00Z' }],
  });
  const path = `/cases/${caseId}/interviews/${interview.id}/transcript`;
  return { view, path };
}

/** Issue 15, decision 021: the printed transcript of an interview held in Arabic, UI in French. */
describe('the transcript of an interview', () => {
  it('prints each asked question in French and in Arabic side by side, declined as declined, the not-asked left out, a fallback and the drafts marked', async () => {
    const { view, path } = await renderTranscriptOfArabicInterview();
    await act(() => view.router.navigate(path));

    await screen.findByRole('heading', { level: 1, name: 'Transcription de l’entretien' });
    expect(document.title).toBe('Transcription de l’entretien · Passerelle');
    expect(document.title).not.toContain('DEMO-TRANSCRIPTION');

    // Who interpreted, and how it went, on the cover.
    expect(await screen.findByText('Interprète par téléphone · arabe')).toBeInTheDocument();
    expect(screen.getByText(/^Suspendu le /)).toBeInTheDocument();

    // Both languages, each with its own lang and direction.
    const french = await screen.findByText(AGREES_FR);
    expect(french).toHaveAttribute('lang', 'fr');
    expect(french).toHaveAttribute('dir', 'ltr');
    const arabic = screen.getByText(AGREES_AR);
    expect(arabic).toHaveAttribute('lang', 'ar');
    expect(arabic).toHaveAttribute('dir', 'rtl');
    // One column per language, headed by its name in itself; the Arabic one a draft (*).
    expect(screen.getByRole('columnheader', { name: 'Français' })).toHaveAttribute('lang', 'fr');
    const arabicColumn = screen.getByRole('columnheader', { name: /^العربية/ });
    expect(arabicColumn).toHaveAttribute('dir', 'rtl');
    expect(arabicColumn).toHaveAccessibleDescription(/^Textes en arabe : traduction provisoire/);

    // Declined, in both languages, in the script's own words.
    expect(screen.getByText(DECLINED_FR)).toHaveAttribute('lang', 'fr');
    expect(screen.getByText(DECLINED_AR)).toHaveAttribute('lang', 'ar');

    // Answers in each column's language: the day by Intl, the country by its name.
    expect(screen.getByText('15 mars 2026')).toHaveAttribute('lang', 'fr');
    expect(screen.getByText('Érythrée')).toHaveAttribute('lang', 'fr');
    expect(screen.getByText('إريتريا')).toHaveAttribute('lang', 'ar');

    // A question not asked is not printed; the transcript says that absence is not a "no".
    expect(screen.queryByText(SAFE_NOW_FR)).not.toBeInTheDocument();
    expect(
      screen.getByText(/une question absente n’a pas été posée, ce n’est pas un « non »/),
    ).toBeInTheDocument();

    // The person read this question in French: the Arabic column says so.
    expect(screen.getAllByText(SHARE_FR)).toHaveLength(2);
    expect(screen.getByText('Affiché en français : pas de texte en arabe')).toBeInTheDocument();

    // A confidential answer: the question is there, the answer is not.
    expect(screen.getByText(VIOLENCE_FR)).toBeInTheDocument();
    expect(screen.getByText(/^Réponse confidentielle, non imprimée/)).toBeInTheDocument();

    // The Arabic is a draft translation: said once, in a footnote, not on every line.
    expect(
      screen.getAllByText(/^Textes en arabe : traduction provisoire/, { selector: 'p' }),
    ).toHaveLength(1);
    expect(screen.queryByText('Traduction provisoire, en attente de relecture')).toBeNull();
  });

  it('the person’s copy is in Arabic alone, right to left, with every answer of theirs', async () => {
    const { view, path } = await renderTranscriptOfArabicInterview();
    await act(() => view.router.navigate(`${path}/person`));

    await screen.findByRole('heading', {
      level: 1,
      name: 'Copie de l’entretien pour la personne',
    });
    const title = await screen.findByText('إجاباتك');
    const sheet = title.closest('.print-sheet');
    expect(sheet).toHaveAttribute('lang', 'ar');
    expect(sheet).toHaveAttribute('dir', 'rtl');
    const copy = within(sheet as HTMLElement);

    expect(copy.getByText(AGREES_AR)).toBeInTheDocument();
    expect(copy.queryByText(AGREES_FR)).not.toBeInTheDocument();
    expect(copy.getByText(DECLINED_AR)).toBeInTheDocument();
    // Their confidential answer is theirs: printed, with what they asked, in their words.
    expect(
      copy.getByText('طلبت أن تبقى هذه الإجابة بينك وبين الشخص الذي تحدّث معك.'),
    ).toHaveAttribute('lang', 'ar');
    // The question they read in French stays in French, marked in Arabic.
    expect(copy.getByText(SHARE_FR)).toHaveAttribute('lang', 'fr');
    expect(copy.getByText('لم يُترجم هذا النص إلى لغتك بعد.')).toBeInTheDocument();
    // No case reference on the person's copy.
    expect(copy.queryByText('Dossier')).not.toBeInTheDocument();
  });

  it('the interview page links to the transcript and to the person’s copy', async () => {
    const { view, path } = await renderTranscriptOfArabicInterview();
    await act(() => view.router.navigate(path.replace(/\/transcript$/, '')));
    const link = await screen.findByRole('link', { name: 'Transcription à imprimer' });
    expect(link).toHaveAttribute('href', path);
    expect(
      screen.getByRole('link', { name: 'Copie pour la personne, dans sa langue' }),
    ).toHaveAttribute('href', `${path}/person`);
  });
});
