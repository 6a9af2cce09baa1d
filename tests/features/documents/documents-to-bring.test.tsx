import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_CODES } from '../../../src/domain';
import { renderApp } from '../../setup/render-app';

/**
 * The list of documents to bring is for the person (issue 12): the lines still to gather, each in
 * plain words, with the association's name and room for the appointment's date; nothing received,
 * and no code of the checklist.
 */
async function openListOf(language: 'fr' | 'en' | 'nl' = 'fr') {
  const view = await renderApp('/cases', { language });
  const [created] = await view.repositories.cases.createMany([
    {
      pathway: 'fr-trafficking',
      content: {
        label: 'DEMO-LISTE (fictive)',
        person: { housing: 'hosted' },
        documents: {
          'birth-certificate': { status: 'received', receivedOn: '2026-01-05' },
          'host-identity': { status: 'requested', requestedOn: '2026-01-05' },
        },
      },
    },
  ]);
  await act(() => view.router.navigate(`/cases/${created?.id ?? ''}/documents-to-bring`));
  await screen.findByRole('heading', { level: 1 });
  return view;
}

describe('the documents to bring', () => {
  it('lists a missing line in plain words, a requested one with what to do, and not a received one', async () => {
    await openListOf('fr');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Documents à apporter' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /Une lettre datée et signée par la personne qui vous héberge, qui dit que vous habitez chez elle/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /Une copie de la carte d’identité ou du titre de séjour de la personne qui vous héberge/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Déjà demandé : apportez-le quand vous l’aurez reçu/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Votre acte de naissance/)).not.toBeInTheDocument();
    expect(screen.getByText('Rendez-vous le')).toBeInTheDocument();
    // The association's name, from its profile, heads the sheet (the header shows it too).
    expect(
      await within(screen.getByRole('main')).findByText('Association Passerelle Démo (fictive)'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Imprimer / enregistrer en PDF' })).toBeEnabled();
  });

  it('gives the date and hour of the case’s next appointment, and nothing else of it', async () => {
    const view = await renderApp('/cases', { language: 'fr' });
    const [created] = await view.repositories.cases.createMany([
      {
        pathway: 'fr-trafficking',
        content: {
          label: 'DEMO-RDV (fictive)',
          appointments: [
            { id: 'a1', kind: 'prefecture', on: '2099-03-02', at: '14:30', place: 'Guichet 4' },
            { id: 'a2', kind: 'lawyer', on: '2099-01-05', at: '09:15', place: 'Cabinet fictif' },
            { id: 'a3', kind: 'medical', on: '2020-01-05', at: '08:00' },
          ],
        },
      },
    ]);
    await act(() => view.router.navigate(`/cases/${created?.id ?? ''}/documents-to-bring`));
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText('Rendez-vous le').closest('p')).toHaveTextContent(
      'Rendez-vous le 5 janvier 2099 · 09:15',
    );
    const text = document.body.textContent ?? '';
    expect(text).not.toContain('Cabinet fictif');
    expect(text).not.toContain('Avocat');
  });

  it('names no checklist code and not the case, in Dutch too', async () => {
    await openListOf('nl');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Mee te brengen documenten' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /Een kopie van de identiteitskaart of verblijfsvergunning van de persoon bij wie u woont/,
      ),
    ).toBeInTheDocument();
    const text = document.body.textContent ?? '';
    for (const code of CHECKLIST_CODES) expect(text).not.toContain(code);
    expect(text).not.toContain('DEMO-LISTE');
    expect(document.title).toBe('Mee te brengen documenten · Passerelle');
  });

  it('is reached from the case’s documents', async () => {
    const view = await renderApp('/cases');
    const [created] = await view.repositories.cases.createMany([
      { pathway: 'be-trafficking', content: { label: 'DEMO-LIEN (fictive)' } },
    ]);
    await act(() => view.router.navigate(`/cases/${created?.id ?? ''}`));
    const link = await screen.findByRole('link', {
      name: 'Imprimer la liste des documents à apporter, pour la personne',
    });
    expect(link).toHaveAttribute('href', `/cases/${created?.id ?? ''}/documents-to-bring`);
  }, 20_000);
});
