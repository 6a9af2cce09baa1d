import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INTERVIEW_LANGUAGES, type InterviewLanguage } from '../../../src/domain';

/** Which of the fonts' stylesheets were imported (each a chunk of its own in the build). */
const imported: string[] = [];
/** A FontFaceSet that records what it is asked to load and finds `faces` faces for each. */
function fakeFonts(load: (font: string, text?: string) => Promise<FontFace[]>) {
  const calls: [string, string | undefined][] = [];
  const fonts = {
    load: (font: string, text?: string) => {
      calls.push([font, text]);
      return load(font, text);
    },
  } as unknown as FontFaceSet;
  return { fonts, calls };
}

const oneFace = () => Promise.resolve([{} as FontFace]);

/** A fresh module each time, so a stylesheet imported by one test is seen imported by the next. */
async function loadScriptFontFresh() {
  return (await import('../../../src/features/interviews/script-fonts')).loadScriptFont;
}

beforeEach(() => {
  imported.length = 0;
  // A fresh registry and fresh stand-ins: each test sees its own imports.
  vi.resetModules();
  for (const name of ['ethiopic', 'arabic'])
    vi.doMock(`../../../src/features/interviews/fonts/${name}.css`, () => {
      imported.push(name);
      return {};
    });
});

describe('the fonts of the scripts a device may lack', () => {
  it('Tigrinya loads Noto Sans Ethiopic, body and heading weights, for an Ethiopic letter', async () => {
    const loadScriptFont = await loadScriptFontFresh();
    const { fonts, calls } = fakeFonts(oneFace);
    await expect(loadScriptFont('ti', fonts)).resolves.toBe('loaded');
    expect(imported).toEqual(['ethiopic']);
    expect(calls).toEqual([
      ['400 1em "Noto Sans Ethiopic"', 'ሰ'],
      ['700 1em "Noto Sans Ethiopic"', 'ሰ'],
    ]);
  });

  it.each(['ar', 'fa'] as const)('%s loads Noto Sans Arabic', async (language) => {
    const loadScriptFont = await loadScriptFontFresh();
    const { fonts, calls } = fakeFonts(oneFace);
    await expect(loadScriptFont(language, fonts)).resolves.toBe('loaded');
    expect(imported).toEqual(['arabic']);
    expect(calls.map(([font]) => font)).toEqual([
      '400 1em "Noto Sans Arabic"',
      '700 1em "Noto Sans Arabic"',
    ]);
  });

  it.each(INTERVIEW_LANGUAGES.filter((language) => !['ti', 'ar', 'fa'].includes(language)))(
    '%s loads nothing: no stylesheet, no face (Chinese included: the device has its fonts)',
    async (language: InterviewLanguage) => {
      const loadScriptFont = await loadScriptFontFresh();
      const { fonts, calls } = fakeFonts(oneFace);
      await expect(loadScriptFont(language, fonts)).resolves.toBe('not-needed');
      expect(imported).toEqual([]);
      expect(calls).toEqual([]);
    },
  );

  it('says unavailable, never throws, when no face matched or a face failed to load', async () => {
    const loadScriptFont = await loadScriptFontFresh();
    await expect(loadScriptFont('ti', fakeFonts(() => Promise.resolve([])).fonts)).resolves.toBe(
      'unavailable',
    );
    const failing = fakeFonts(() => Promise.reject(new DOMException('offline', 'NetworkError')));
    await expect(loadScriptFont('ar', failing.fonts)).resolves.toBe('unavailable');
  });

  it('without a FontFaceSet (jsdom) imports the stylesheet and says unavailable', async () => {
    const loadScriptFont = await loadScriptFontFresh();
    await expect(loadScriptFont('ti', undefined)).resolves.toBe('unavailable');
    expect(imported).toEqual(['ethiopic']);
  });
});
