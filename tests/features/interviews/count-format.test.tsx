import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countFormatIn } from '../../../src/features/interviews/count-format';
import { InterviewCount } from '../../../src/features/interviews/interview-count';
import { initI18n } from '../../../src/i18n/i18n';

/** Chromium 150's reduced ICU: plural rules for ti, pcm and sq, but no number format for them. */
function withoutNumberFormatsFor(...missing: string[]) {
  const real = Intl.NumberFormat.supportedLocalesOf.bind(Intl.NumberFormat);
  vi.spyOn(Intl.NumberFormat, 'supportedLocalesOf').mockImplementation((locales, options) =>
    real(locales, options).filter((locale) => !missing.includes(locale)),
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('counts in an interview’s language', () => {
  it.each([
    [0, 'zero'],
    [1, 'one'],
    [2, 'two'],
    [3, 'few'],
    [10, 'few'],
    [11, 'many'],
    [99, 'many'],
    [100, 'other'],
    [102, 'other'],
  ] as const)('Arabic has six plural forms: %i takes "%s"', (count, category) => {
    const arabic = countFormatIn('ar');
    expect(arabic).toMatchObject({ numbersIn: 'ar', pluralsIn: 'ar', outcome: 'own' });
    expect(arabic.pluralCategory(count)).toBe(category);
  });

  it('Russian and Ukrainian have their own forms (one, few, many)', () => {
    for (const language of ['ru', 'uk'] as const) {
      const { pluralCategory } = countFormatIn(language);
      expect([1, 3, 5, 21].map(pluralCategory)).toEqual(['one', 'few', 'many', 'one']);
    }
  });

  it('Farsi writes its own digits', () => {
    expect(countFormatIn('fa').format(1234)).toBe('۱٬۲۳۴');
  });

  it('a language the browser cannot format falls back along its order, and says so', () => {
    withoutNumberFormatsFor('ti', 'sq');
    const tigrinya = countFormatIn('ti');
    expect(tigrinya).toMatchObject({ numbersIn: 'en', pluralsIn: 'ti', outcome: 'fallback' });
    expect(tigrinya.format(1234)).toBe('1,234');
    expect(countFormatIn('ro')).toMatchObject({ numbersIn: 'ro', outcome: 'own' });
  });

  it('plural rules fall back the same way, Arabic to French first', () => {
    const real = Intl.PluralRules.supportedLocalesOf.bind(Intl.PluralRules);
    vi.spyOn(Intl.PluralRules, 'supportedLocalesOf').mockImplementation((locales, options) =>
      real(locales, options).filter((locale) => locale !== 'ar'),
    );
    const arabic = countFormatIn('ar');
    expect(arabic).toMatchObject({ numbersIn: 'ar', pluralsIn: 'fr', outcome: 'fallback' });
    expect(arabic.pluralCategory(0)).toBe('one');
  });

  it.each([
    ['fr', 'Nombre au format anglais : ce navigateur ne connaît pas le format tigrigna'],
    ['en', 'Number in English format: this browser does not know the Tigrinya format'],
  ] as const)(
    '%s: a count shown in a fallback format is marked, in the worker’s language',
    async (ui, said) => {
      withoutNumberFormatsFor('ti');
      const i18n = await initI18n(ui);
      render(
        <I18nextProvider i18n={i18n}>
          <Suspense fallback="…">
            <InterviewCount language="ti" count={1234} />
          </Suspense>
        </I18nextProvider>,
      );
      expect(await screen.findByText('1,234')).toHaveAttribute('lang', 'en');
      expect(screen.getByText(said)).toHaveAttribute('lang', ui);
    },
  );

  it('a count in the language’s own format has no mark', async () => {
    const i18n = await initI18n('fr');
    render(
      <I18nextProvider i18n={i18n}>
        <Suspense fallback="…">
          <InterviewCount language="ar" count={12} />
        </Suspense>
      </I18nextProvider>,
    );
    expect(await screen.findByText(new Intl.NumberFormat('ar').format(12))).toHaveAttribute(
      'lang',
      'ar',
    );
    expect(screen.queryByText(/format/)).toBeNull();
  });
});
