/**
 * Reading an interview's text aloud in the person's language, offered only when the device has a
 * voice for that language. Browsers list voices late (`getVoices()` is empty until
 * `voiceschanged`), and Chrome on Android lists languages whose voice pack is missing and then
 * speaks English: so a voice is chosen explicitly, by its `lang`, and never another language's.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { InterviewLanguage } from '../../domain';

export interface ReadAloud {
  /** A voice of the language exists on this device: the UI may offer to read aloud. */
  available: boolean;
  /** This hook's text is being spoken. */
  speaking: boolean;
  speak: (text: string) => void;
  stop: () => void;
}

function synthesis(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window
    ? window.speechSynthesis
    : undefined;
}

/** `ar_SA` (Android) and `ar-SA` alike, lower-cased: [language, region or script…]. */
function subtags(tag: string): string[] {
  return tag.toLowerCase().replaceAll('_', '-').split('-');
}

/**
 * Cantonese voices are tagged `zh-HK` (and `yue`): a person reading Simplified Chinese from the
 * mainland hears Mandarin, so those are another language here.
 */
const OTHER_LANGUAGES_UNDER: Readonly<Partial<Record<InterviewLanguage, readonly string[]>>> = {
  zh: ['hk', 'mo', 'yue'],
};

/**
 * Whether a voice's `lang` is `language`: the same primary subtag (`ar-SA` serves `ar`) and, when
 * the language names a region, that region (`pt-BR` needs `pt-BR`; `pt-PT` does not serve it).
 */
export function isVoiceFor(voiceLang: string, language: InterviewLanguage): boolean {
  const [primary, ...rest] = subtags(voiceLang);
  const [wanted, region] = subtags(language);
  if (primary !== wanted) return false;
  if (region !== undefined && !rest.includes(region)) return false;
  const excluded = OTHER_LANGUAGES_UNDER[language] ?? [];
  return !rest.some((subtag) => excluded.includes(subtag));
}

/**
 * The voice to read `language` with: the device's own voices only (`localService`). A network
 * voice sends the text to its vendor and falls silent offline, where interviews are often held.
 * The voice the platform marks as default comes first.
 */
export function chooseVoice(
  voices: readonly SpeechSynthesisVoice[],
  language: InterviewLanguage,
): SpeechSynthesisVoice | undefined {
  const matching = voices.filter((voice) => voice.localService && isVoiceFor(voice.lang, language));
  return matching.find((voice) => voice.default) ?? matching[0];
}

function subscribeToVoices(onChange: () => void): () => void {
  const speech = synthesis();
  speech?.addEventListener('voiceschanged', onChange);
  return () => speech?.removeEventListener('voiceschanged', onChange);
}

export function useReadAloud(language: InterviewLanguage): ReadAloud {
  // The chosen voice's URI: a string, so the snapshot is stable whatever objects getVoices() makes.
  const voiceUri = useSyncExternalStore(
    subscribeToVoices,
    () => chooseVoice(synthesis()?.getVoices() ?? [], language)?.voiceURI ?? null,
    () => null,
  );
  const current = useRef<SpeechSynthesisUtterance | null>(null);
  const [speaking, setSpeaking] = useState(false);

  const stop = useCallback(() => {
    // `cancel()` silences the whole page: only when what is spoken is ours.
    if (current.current === null) return;
    current.current = null;
    setSpeaking(false);
    synthesis()?.cancel();
  }, []);

  const speak = useCallback(
    (text: string) => {
      const speech = synthesis();
      const voice = chooseVoice(speech?.getVoices() ?? [], language);
      if (speech === undefined || voice === undefined) return;
      speech.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      // Both: a browser given only `lang` may pick any voice, another language's included.
      utterance.voice = voice;
      utterance.lang = voice.lang;
      const finish = () => {
        if (current.current !== utterance) return;
        current.current = null;
        setSpeaking(false);
      };
      utterance.addEventListener('end', finish);
      utterance.addEventListener('error', finish);
      current.current = utterance;
      setSpeaking(true);
      speech.speak(utterance);
    },
    [language],
  );

  // Another language, or the component gone: what it was saying stops.
  useEffect(() => stop, [language, stop]);

  return { available: voiceUri !== null, speaking, speak, stop };
}
