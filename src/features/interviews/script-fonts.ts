/**
 * The fonts of the scripts a device may lack (Ethiopic for Tigrinya, Arabic for Arabic and Farsi):
 * self-hosted, their stylesheet fetched only with an interview in one of those languages, and
 * precached by the shell worker with the app's other files, so a Tigrinya interview reads offline.
 * Chinese has no font of ours: Noto Sans SC is several megabytes; its readers' devices have one.
 */
import { INTERVIEW_LANGUAGE_INFO, type InterviewLanguage, type WritingScript } from '../../domain';

interface ScriptFont {
  /** The family its stylesheet declares (the domain's `SCRIPT_FONTS`). */
  family: string;
  /** The weights declared: body text, and headings (section titles). */
  weights: readonly number[];
  /** A letter of the script: a face with a unicode-range is loaded only for text in its range. */
  sample: string;
  loadStylesheet: () => Promise<unknown>;
}

/** Only the scripts that need a font of ours; the others use the app's and the device's fonts. */
export const SCRIPT_FONT_FILES: Readonly<Partial<Record<WritingScript, ScriptFont>>> = {
  Ethi: {
    family: 'Noto Sans Ethiopic',
    weights: [400, 700],
    sample: 'ሰ',
    loadStylesheet: () => import('./fonts/ethiopic.css'),
  },
  Arab: {
    family: 'Noto Sans Arabic',
    weights: [400, 700],
    sample: 'ع',
    loadStylesheet: () => import('./fonts/arabic.css'),
  },
};

/**
 * `not-needed`: the language's script needs no font of ours; `loaded`: every weight is ready;
 * `unavailable`: the stylesheet or a face could not be loaded (the text then shows in a device
 * font, if it has one: never blank, never an error).
 */
export type ScriptFontState = 'not-needed' | 'loaded' | 'unavailable';

/**
 * Loads the font `language`'s script needs, if any: its stylesheet (a chunk of its own), then its
 * faces, resolved when `document.fonts` says they are ready.
 */
export async function loadScriptFont(
  language: InterviewLanguage,
  fonts: FontFaceSet | undefined = typeof document === 'undefined' ? undefined : document.fonts,
): Promise<ScriptFontState> {
  const font = SCRIPT_FONT_FILES[INTERVIEW_LANGUAGE_INFO[language].script];
  if (font === undefined) return 'not-needed';
  try {
    await font.loadStylesheet();
    // jsdom, and very old browsers, have no FontFaceSet: the stylesheet is all there is to do.
    if (fonts === undefined) return 'unavailable';
    const loaded = await Promise.all(
      font.weights.map((weight) => fonts.load(`${weight} 1em "${font.family}"`, font.sample)),
    );
    // An empty list: no face of that family matched (the stylesheet declared none).
    return loaded.every((faces) => faces.length > 0) ? 'loaded' : 'unavailable';
  } catch {
    // Offline before the shell worker had precached the files, or a face that failed to decode.
    return 'unavailable';
  }
}
