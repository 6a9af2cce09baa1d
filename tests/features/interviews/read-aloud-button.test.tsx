import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localToday } from '../../../src/ui/use-today';
import { renderApp } from '../../setup/render-app';

const AGREES_FR = 'Êtes-vous d’accord pour répondre à quelques questions aujourd’hui ?';
const AGREES_AR = 'هل توافق على الإجابة عن بعض الأسئلة اليوم؟';
const READ_AR = 'Lire la question à voix haute en arabe';

function voice(lang: string) {
  return {
    voiceURI: `voice-${lang}`,
    name: `Fictional ${lang}`,
    lang,
    localService: true,
    default: false,
  } as SpeechSynthesisVoice;
}

class FakeUtterance extends EventTarget {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  constructor(readonly text: string) {
    super();
  }
}

/** The browser's speech synthesis (a browser API, not ours): its voices and what it was told. */
class FakeSynthesis extends EventTarget {
  spoken: FakeUtterance[] = [];
  constructor(readonly voices: SpeechSynthesisVoice[]) {
    super();
  }
  getVoices() {
    return [...this.voices];
  }
  speak(utterance: FakeUtterance) {
    this.spoken.push(utterance);
  }
  cancel() {}
}

function deviceWithVoices(voices: SpeechSynthesisVoice[]): FakeSynthesis {
  const synthesis = new FakeSynthesis(voices);
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synthesis });
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return synthesis;
}

async function openArabicInterview() {
  const view = await renderApp('/cases');
  const [created] = await view.repositories.cases.createMany([
    { pathway: 'fr-trafficking', content: { label: 'DEMO-LECTURE' } },
  ]);
  const caseId = created?.id ?? '';
  const interview = await view.repositories.interviews.start(caseId, {
    scriptId: 'screening',
    language: 'ar',
    heldOn: localToday(),
  });
  await act(() => view.router.navigate(`/cases/${caseId}/interviews/${interview.id}`));
  return within(await screen.findByRole('group', { name: AGREES_FR }));
}

afterEach(() => {
  Reflect.deleteProperty(window, 'speechSynthesis');
  vi.unstubAllGlobals();
});

describe('reading a question aloud in the person’s language', () => {
  it('offers nothing on a device with no Arabic voice, not even with French and English ones', async () => {
    deviceWithVoices([voice('fr-FR'), voice('en-GB')]);
    const consent = await openArabicInterview();
    expect(consent.getByText(AGREES_AR)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: READ_AR })).not.toBeInTheDocument();
  });

  it('with an Arabic voice, reads the Arabic question with it, on the page and in the person mode', async () => {
    const user = userEvent.setup();
    const synthesis = deviceWithVoices([voice('fr-FR'), voice('ar-SA')]);
    const consent = await openArabicInterview();

    await user.click(consent.getByRole('button', { name: READ_AR }));
    expect(synthesis.spoken.at(-1)).toMatchObject({ text: AGREES_AR, lang: 'ar-SA' });
    expect(consent.getByRole('button', { name: 'Arrêter la lecture' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Montrer à la personne' }));
    const mode = within(await screen.findByRole('dialog'));
    await user.click(mode.getByRole('button', { name: 'التالي' }));
    // The button's words are the person's, like the rest of the screen.
    await user.click(mode.getByRole('button', { name: 'استمع' }));
    expect(synthesis.spoken.at(-1)).toMatchObject({ text: AGREES_AR, lang: 'ar-SA' });
  });
});
