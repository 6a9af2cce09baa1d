import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/i18n';
import type { UiLanguage } from '../../src/i18n/languages';
import { DateField } from '../../src/ui/date-field';

/** A date field holding its plain date in state, shown beside it as stored. */
function Harness({ initial = '', error }: { initial?: string; error?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateField label="Date de naissance" value={value} onChange={setValue} error={error} />
      <output aria-label="stored">{value}</output>
    </>
  );
}

async function renderIn(language: UiLanguage, ui: React.ReactElement) {
  const i18n = await initI18n(language);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}

const segmentNames = () =>
  screen
    .getAllByRole('spinbutton')
    .map((segment) => segment.getAttribute('aria-label')?.replace(/,\s*$/, ''));

describe('a date field', () => {
  it('takes the day first in French and stores the plain date', async () => {
    const user = userEvent.setup();
    await renderIn('fr', <Harness />);

    expect(segmentNames()).toEqual(['jour', 'mois', 'année']);
    await user.click(screen.getAllByRole('spinbutton')[0]!);
    await user.keyboard('01042026');

    expect(screen.getByLabelText('stored')).toHaveTextContent('2026-04-01');
    expect(screen.getByRole('group', { name: 'Date de naissance' })).toHaveTextContent(
      '01/04/2026',
    );
  });

  it('takes the month first in English and shows a stored date that way', async () => {
    await renderIn('en', <Harness initial="2026-04-01" />);

    expect(segmentNames()).toEqual(['month', 'day', 'year']);
    expect(screen.getByRole('group', { name: 'Date de naissance' })).toHaveTextContent(
      '04/01/2026',
    );
  });

  it('shows its error and describes each segment with it', async () => {
    await renderIn(
      'fr',
      <Harness initial="2027-01-05" error="Cette date ne peut pas être dans le futur." />,
    );

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Cette date ne peut pas être dans le futur.',
    );
    for (const segment of screen.getAllByRole('spinbutton')) {
      expect(segment).toHaveAttribute('aria-invalid', 'true');
      expect(segment).toHaveAccessibleDescription(/Cette date ne peut pas être dans le futur\./);
    }
  });

  it('stores no date once the person leaves it half-typed, never the one it had before', async () => {
    const user = userEvent.setup();
    await renderIn('fr', <Harness initial="2026-04-01" />);

    await user.click(screen.getAllByRole('spinbutton')[0]!);
    await user.keyboard('{Backspace}{Backspace}');
    await user.tab({ shift: true });

    expect(screen.getByLabelText('stored')).toHaveTextContent(/^$/);
  });
});
