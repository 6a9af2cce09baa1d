import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { shiftDays, type CaseEvent } from '../../../src/domain';
import type { UiLanguage } from '../../../src/i18n/languages';
import { localToday } from '../../../src/ui/use-today';
import { renderApp } from '../../setup/render-app';

/** Issue 12: a rule is cited in the UI language, its article numbers kept, nothing internal. */
async function openCase(
  language: UiLanguage,
  pathway: 'fr-trafficking' | 'be-trafficking',
  events: CaseEvent[],
  page = '',
) {
  const view = await renderApp('/cases', { language });
  const [created] = await view.repositories.cases.createMany([
    {
      pathway,
      content: {
        label: 'DEMO-CITATION',
        timeline: events.map((event, index) => ({
          id: `e${index}`,
          event,
          recordedAt: '2026-11-01T09:00:00.000Z',
        })),
      },
    },
  ]);
  await act(() => view.router.navigate(`/cases/${created?.id ?? ''}${page}`));
  return view;
}

const refusal: CaseEvent[] = [
  { type: 'decision', on: shiftDays(localToday(), -3), outcome: 'refused' },
];

describe('rule citations', { timeout: 30_000 }, () => {
  it.each([
    ['fr', 'Recours', 'Règle FR-A3 · CE, 1964, Beaulieu ; CRPA L411-2 · fiabilité moyenne'],
    [
      'en',
      'Appeals',
      'Rule FR-A3 · Council of State (CE), 1964, Beaulieu; CRPA L411-2 · reliability medium',
    ],
    ['nl', 'Beroepen', 'Raad van State (CE), 1964, Beaulieu; CRPA L411-2'],
  ] as const)('%s: FR-A3 is cited in the UI language', async (language, region, cited) => {
    await openCase(language, 'fr-trafficking', refusal);
    const panel = within(await screen.findByRole('region', { name: region }));
    expect(panel.getByText(cited, { exact: false })).toBeInTheDocument();
  });

  it.each([
    ['fr', 'directive de 1997'],
    ['en', 'directive of 1997'],
    ['nl', 'richtlijn van 1997'],
  ] as const)(
    '%s: a Belgian case cites the 1997 directive in its own words',
    async (language, words) => {
      await openCase(language, 'be-trafficking', []);
      await screen.findAllByText(new RegExp(words));
      expect(document.body.textContent).not.toContain('1997 directive');
      expect(document.body.textContent).not.toMatch(/RULES\.md|ANEF guide|renewal practice/);
    },
  );
});

describe('the printed dossier with nothing yet', { timeout: 30_000 }, () => {
  it.each([
    ['fr', 'Aucune échéance n’est calculée.', 'Aucun événement daté n’est enregistré.'],
    ['en', 'No deadline is calculated.', 'No dated event is recorded.'],
    ['nl', 'Er is geen termijn berekend.', 'Er is geen gedateerde gebeurtenis geregistreerd.'],
  ] as const)(
    '%s: says so in a sentence, not “none” under a heading',
    async (language, deadlines, events) => {
      await openCase(language, 'fr-trafficking', [], '/dossier');
      expect(await screen.findByText(deadlines)).toBeInTheDocument();
      expect(screen.getByText(events)).toBeInTheDocument();
    },
  );
});
