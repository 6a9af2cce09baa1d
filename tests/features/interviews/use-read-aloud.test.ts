import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InterviewLanguage } from '../../../src/domain';
import { isVoiceFor, useReadAloud } from '../../../src/features/interviews/use-read-aloud';

function voice(lang: string, { localService = true, isDefault = false } = {}) {
  return {
    voiceURI: `voice-${lang}-${localService ? 'local' : 'remote'}`,
    name: `Fictional ${lang}`,
    lang,
    localService,
    default: isDefault,
  } as SpeechSynthesisVoice;
}

class FakeUtterance extends EventTarget {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  constructor(readonly text: string) {
    super();
  }
}

/** The browser's speech synthesis: voices listed late, what it was asked to say, and cancels. */
class FakeSynthesis extends EventTarget {
  voices: SpeechSynthesisVoice[] = [];
  spoken: FakeUtterance[] = [];
  cancels = 0;
  getVoices() {
    return [...this.voices];
  }
  speak(utterance: FakeUtterance) {
    this.spoken.push(utterance);
  }
  cancel() {
    this.cancels += 1;
  }
  /** The platform has listed its voices (`voiceschanged`). */
  listVoices(voices: SpeechSynthesisVoice[]) {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }
}

let synthesis: FakeSynthesis;

beforeEach(() => {
  synthesis = new FakeSynthesis();
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synthesis });
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
});

afterEach(() => {
  Reflect.deleteProperty(window, 'speechSynthesis');
  vi.unstubAllGlobals();
});

const readAloud = (language: InterviewLanguage) =>
  renderHook(({ lang }) => useReadAloud(lang), { initialProps: { lang: language } });

describe('reading aloud in the person’s language', () => {
  it('is unavailable until the voices arrive (voiceschanged), then available', () => {
    const { result } = readAloud('ar');
    expect(result.current.available).toBe(false);
    act(() => synthesis.listVoices([voice('en-US'), voice('ar-SA')]));
    expect(result.current.available).toBe(true);
  });

  it('speaks with that voice, named explicitly, and its lang', () => {
    synthesis.voices = [voice('fr-FR', { isDefault: true }), voice('ar-SA')];
    const { result } = readAloud('ar');
    act(() => result.current.speak('هل أنت بخير اليوم؟'));
    expect(synthesis.spoken).toHaveLength(1);
    const [utterance] = synthesis.spoken;
    expect(utterance?.text).toBe('هل أنت بخير اليوم؟');
    expect(utterance?.voice?.voiceURI).toBe('voice-ar-SA-local');
    expect(utterance?.lang).toBe('ar-SA');
  });

  it('is unavailable with no voice of the language (Tigrinya, Nigerian Pidgin): never another language’s voice', () => {
    synthesis.voices = [voice('en-US', { isDefault: true }), voice('fr-FR'), voice('am-ET')];
    for (const language of ['ti', 'pcm'] as const) {
      const { result } = readAloud(language);
      expect(result.current.available).toBe(false);
      act(() => result.current.speak('ሎሚ ጽቡቕ ዲኹም?'));
    }
    expect(synthesis.spoken).toEqual([]);
  });

  it('a Portuguese (Portugal) voice does not serve Brazilian Portuguese; a Brazilian one does', () => {
    synthesis.voices = [voice('pt-PT')];
    const { result } = readAloud('pt-BR');
    expect(result.current.available).toBe(false);
    act(() => synthesis.listVoices([voice('pt-PT'), voice('pt_BR')]));
    expect(result.current.available).toBe(true);
    act(() => result.current.speak('Você se sente seguro hoje?'));
    expect(synthesis.spoken[0]?.voice?.lang).toBe('pt_BR');
  });

  it('uses only the device’s own voices: a network voice sends the text away and fails offline', () => {
    synthesis.voices = [voice('fa-IR', { localService: false })];
    expect(readAloud('fa').result.current.available).toBe(false);
  });

  it('cancels what it was saying when unmounted or when the language changes, and only then', () => {
    synthesis.voices = [voice('ro-RO'), voice('bg-BG')];
    const first = readAloud('ro');
    first.unmount();
    // Nothing said: nothing of another component's is silenced.
    expect(synthesis.cancels).toBe(0);

    const { result, rerender, unmount } = readAloud('ro');
    act(() => result.current.speak('Vă simțiți în siguranță astăzi?'));
    expect(result.current.speaking).toBe(true);
    const cancelsBefore = synthesis.cancels;
    rerender({ lang: 'bg' });
    expect(synthesis.cancels).toBe(cancelsBefore + 1);
    expect(result.current.speaking).toBe(false);

    act(() => result.current.speak('Чувствате ли се в безопасност днес?'));
    expect(synthesis.spoken.at(-1)?.voice?.lang).toBe('bg-BG');
    const cancelsBeforeUnmount = synthesis.cancels;
    unmount();
    expect(synthesis.cancels).toBe(cancelsBeforeUnmount + 1);
  });

  it('is no longer speaking when the utterance ends', () => {
    synthesis.voices = [voice('uk-UA')];
    const { result } = readAloud('uk');
    act(() => result.current.speak('Чи почуваєтеся ви сьогодні в безпеці?'));
    expect(result.current.speaking).toBe(true);
    act(() => {
      synthesis.spoken[0]?.dispatchEvent(new Event('end'));
    });
    expect(result.current.speaking).toBe(false);
  });

  it('without speech synthesis, is unavailable and does nothing', () => {
    Reflect.deleteProperty(window, 'speechSynthesis');
    const { result } = readAloud('es');
    expect(result.current.available).toBe(false);
    act(() => result.current.speak('¿Se siente seguro hoy?'));
    act(() => result.current.stop());
    expect(synthesis.spoken).toEqual([]);
  });
});

describe('which voice serves which language', () => {
  it.each([
    ['ar-SA', 'ar', true],
    ['ar_EG', 'ar', true],
    ['AR-sa', 'ar', true],
    ['fa-IR', 'fa', true],
    ['pt-BR', 'pt-BR', true],
    ['pt-PT', 'pt-BR', false],
    ['pt', 'pt-BR', false],
    ['zh-CN', 'zh', true],
    ['zh-TW', 'zh', true],
    // Cantonese is another language for a person reading Simplified Chinese.
    ['zh-HK', 'zh', false],
    ['yue-HK', 'zh', false],
    ['ru-RU', 'uk', false],
    ['uk-UA', 'ru', false],
    ['am-ET', 'ti', false],
    ['en-NG', 'pcm', false],
    ['nl-BE', 'nl', true],
  ] as const)('a %s voice serves %s: %s', (voiceLang, language, serves) => {
    expect(isVoiceFor(voiceLang, language)).toBe(serves);
  });
});
