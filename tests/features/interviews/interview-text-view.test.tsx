import { render, screen } from '@testing-library/react';
import { Suspense, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import {
  interviewText,
  type InterviewLanguage,
  type InterviewTexts,
  type TextStatus,
} from '../../../src/domain';
import { InterviewTextView } from '../../../src/features/interviews/interview-text-view';
import { initI18n } from '../../../src/i18n/i18n';
import type { UiLanguage } from '../../../src/i18n/languages';

const requestedFonts = vi.hoisted(() => [] as string[]);
vi.mock('../../../src/features/interviews/script-fonts', () => ({
  loadScriptFont: (language: string) => {
    requestedFonts.push(language);
    return Promise.resolve('not-needed');
  },
}));

/** One text id, in the languages given: a fictional question, not the screening script's. */
function textsOf(entries: Partial<Record<InterviewLanguage, [string, TextStatus]>>) {
  const texts: InterviewTexts = {};
  for (const [language, [text, status]] of Object.entries(entries) as [
    InterviewLanguage,
    [string, TextStatus],
  ][])
    texts[language] = { language, script: 'test', texts: { 'question.q1': { text, status } } };
  return texts;
}

const TEXTS = textsOf({
  fr: ['Vous sentez-vous bien aujourd’hui ?', 'source'],
  en: ['Are you well today?', 'source'],
  ti: ['ሎሚ ጽቡቕ ዲኹም?', 'draft'],
  ar: ['هل أنت بخير اليوم؟', 'reviewed'],
  fa: ['امروز حالتان خوب است؟', 'draft'],
});

async function renderIn(uiLanguage: UiLanguage, node: ReactNode) {
  const i18n = await initI18n(uiLanguage);
  return render(
    <I18nextProvider i18n={i18n}>
      <Suspense fallback="…">{node}</Suspense>
    </I18nextProvider>,
  );
}

const show = (language: InterviewLanguage, texts: InterviewTexts = TEXTS) =>
  interviewText(texts, 'question.q1', language);

describe('a piece of interview content', () => {
  it('Tigrinya: its own lang and direction, the Ethiopic font, and a draft mark in the worker’s language', async () => {
    await renderIn('fr', <InterviewTextView text={show('ti')} />);
    const content = await screen.findByText('ሎሚ ጽቡቕ ዲኹም?');
    expect(content).toHaveAttribute('lang', 'ti');
    expect(content).toHaveAttribute('dir', 'ltr');
    expect(content).toHaveAttribute('data-script', 'Ethi');
    const mark = screen.getByText('Traduction provisoire, en attente de relecture');
    expect(mark).toHaveAttribute('lang', 'fr');
    expect(mark).toHaveAttribute('dir', 'ltr');
    expect(requestedFonts).toContain('ti');
  });

  it('Arabic and Farsi are right to left from the table; their marks stay left to right, in the worker’s language', async () => {
    // The column is right to left: the mark must not inherit it.
    await renderIn(
      'en',
      <div dir="rtl" lang="ar">
        <InterviewTextView text={show('fa')} />
        <InterviewTextView text={show('ar')} as="h3" />
      </div>,
    );
    const farsi = await screen.findByText('امروز حالتان خوب است؟');
    expect(farsi).toHaveAttribute('lang', 'fa');
    expect(farsi).toHaveAttribute('dir', 'rtl');
    expect(farsi).toHaveAttribute('data-script', 'Arab');
    const mark = screen.getByText('Draft translation, awaiting review');
    expect(mark).toHaveAttribute('lang', 'en');
    expect(mark).toHaveAttribute('dir', 'ltr');
    // Reviewed: no mark; and the element asked for.
    expect(screen.getByRole('heading', { level: 3, name: 'هل أنت بخير اليوم؟' })).toHaveAttribute(
      'dir',
      'rtl',
    );
    expect(screen.getAllByText(/draft translation/i)).toHaveLength(1);
  });

  it('direction never comes from the text: Arabic starting with Latin letters is still right to left', async () => {
    const texts = textsOf({ ar: ['OQTF: هل تلقيت قرارا؟', 'reviewed'], fr: ['OQTF ?', 'source'] });
    await renderIn('fr', <InterviewTextView text={show('ar', texts)} />);
    expect(await screen.findByText('OQTF: هل تلقيت قرارا؟')).toHaveAttribute('dir', 'rtl');
  });

  it.each([
    ['fr', 'Affiché en anglais : pas encore de texte en tigrigna'],
    ['en', 'Shown in English: no Tigrinya text yet'],
    ['nl', 'Getoond in het Engels: nog geen tekst in het Tigrinya'],
  ] as const)(
    '%s: a text that fell back is in its own language, and says so',
    async (uiLanguage, said) => {
      const texts = textsOf({ fr: ['Bonjour', 'source'], en: ['Hello', 'source'] });
      await renderIn(uiLanguage, <InterviewTextView text={show('ti', texts)} />);
      const content = await screen.findByText('Hello');
      // English text, English lang, Latin script: no Ethiopic font for it.
      expect(content).toHaveAttribute('lang', 'en');
      expect(content).toHaveAttribute('dir', 'ltr');
      expect(content).toHaveAttribute('data-script', 'Latn');
      expect(screen.getByText(said)).toHaveAttribute('lang', uiLanguage);
    },
  );

  it('Arabic falls back to French first, left to right, marked', async () => {
    const texts = textsOf({ fr: ['Bonjour', 'source'], en: ['Hello', 'source'] });
    await renderIn('en', <InterviewTextView text={show('ar', texts)} />);
    expect(await screen.findByText('Bonjour')).toHaveAttribute('dir', 'ltr');
    expect(screen.getByText('Shown in French: no Arabic text yet')).toBeInTheDocument();
  });

  it('a text no language has shows its id, marked, never a blank', async () => {
    await renderIn('fr', <InterviewTextView text={show('ti', {})} />);
    expect(await screen.findByText('question.q1')).toHaveAttribute('lang', 'zxx');
    expect(screen.getByText(/Texte manquant dans toutes les langues/)).toHaveAttribute(
      'lang',
      'fr',
    );
  });
});
