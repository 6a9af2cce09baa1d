import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shiftDays } from '../../../src/domain';
import { formatPlainDate } from '../../../src/i18n/format';
import { PasserelleDb } from '../../../src/storage/db';
import {
  lock,
  readSettings,
  writeSettings,
  type DeviceSettings,
} from '../../../src/storage/storage';
import { localToday } from '../../../src/ui/use-today';
import { renderApp } from '../../setup/render-app';
import { freshDatabaseName } from '../../setup/storage';

/** An instant at noon, local time, `days` days before today. */
const daysAgo = (days: number) =>
  new Date(`${shiftDays(localToday(), -days)}T12:00:00`).toISOString();

/** A change of the device settings as another tab, or an earlier day, would have made it. */
const saveSettings = (patch: Partial<DeviceSettings>) =>
  act(async () => {
    await writeSettings(patch);
  });

const reminderText = /^Dernière sauvegarde il y a \d+ jours\./;

/** The reminder, found by its text and checked to be a polite status (never an alert). */
async function findReminder(text: RegExp | string = reminderText) {
  const status = (await screen.findByText(text)).closest('[role="status"]');
  expect(status).not.toBeNull();
  return within(status as HTMLElement);
}

describe('the last backup in Settings', () => {
  const clicked: HTMLAnchorElement[] = [];
  beforeEach(() => {
    // jsdom makes no object URLs and downloads nothing: the link the app clicks is kept instead.
    Object.assign(URL, { createObjectURL: () => 'blob:test', revokeObjectURL: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    clicked.length = 0;
  });

  it('says that no backup was made yet, then shows the day of the one just exported', async () => {
    const user = userEvent.setup();
    await renderApp('/settings');
    expect(
      await screen.findByText('Aucune sauvegarde n’a encore été faite sur cet appareil.'),
    ).toBeInTheDocument();

    const exportForm = within(
      screen.getByRole('button', { name: 'Exporter la sauvegarde' }).closest('form') as HTMLElement,
    );
    const passphrase = 'lanterne-violon-cactus-brume-83';
    await user.type(exportForm.getByLabelText('Phrase secrète de la sauvegarde'), passphrase);
    await user.type(
      exportForm.getByLabelText('Confirmez la phrase secrète de la sauvegarde'),
      passphrase,
    );
    await user.click(exportForm.getByRole('button', { name: 'Exporter la sauvegarde' }));

    const today = localToday();
    expect(
      await screen.findByText(
        `Dernière sauvegarde : ${formatPlainDate(today, 'fr')} (aujourd’hui)`,
        undefined,
        { timeout: 20_000 },
      ),
    ).toBeInTheDocument();
    expect(clicked.map((link) => link.download)).toEqual([
      `passerelle-sauvegarde-${today}.passerelle`,
    ]);
    const { lastBackupAt } = await readSettings();
    expect(lastBackupAt && localToday(new Date(lastBackupAt))).toBe(today);
  }, 30_000);
});

describe('the backup reminder', () => {
  it('appears when the last backup is older than the interval, not when it is recent', async () => {
    await renderApp('/settings');
    await saveSettings({ lastBackupAt: daysAgo(2) });
    expect(
      await screen.findByText(
        `Dernière sauvegarde : ${formatPlainDate(shiftDays(localToday(), -2), 'fr')} (avant-hier)`,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(reminderText)).not.toBeInTheDocument();

    await saveSettings({ lastBackupAt: daysAgo(18) });
    expect(
      await screen.findByText(
        `Dernière sauvegarde : ${formatPlainDate(shiftDays(localToday(), -18), 'fr')} (il y a 18 jours)`,
      ),
    ).toBeInTheDocument();
    const reminder = await findReminder();
    expect(reminder.getByText(/^Dernière sauvegarde il y a 18 jours\./)).toBeInTheDocument();
    expect(reminder.getByRole('link', { name: 'Faire une sauvegarde' })).toHaveAttribute(
      'href',
      '/settings#settings-backup',
    );
  });

  it('leads to the backup section, focused, and is gone once the vault is locked', async () => {
    const user = userEvent.setup();
    await renderApp('/cases');
    await saveSettings({ lastBackupAt: daysAgo(10) });
    const reminder = await findReminder();

    await user.click(reminder.getByRole('link', { name: 'Faire une sauvegarde' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Sauvegarde chiffrée' }),
    ).toHaveFocus();

    act(() => lock());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Déverrouiller Passerelle' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(reminderText)).not.toBeInTheDocument();
  });

  it('follows the interval chosen in Settings, and "never" silences it', async () => {
    const user = userEvent.setup();
    await renderApp('/settings');
    await saveSettings({ lastBackupAt: daysAgo(5) });
    await screen.findByText(/\(il y a 5 jours\)$/);
    expect(screen.queryByText(reminderText)).not.toBeInTheDocument();

    const days = screen.getByLabelText('Me rappeler après ce nombre de jours sans sauvegarde');
    expect(days).toHaveValue(7);
    await user.clear(days);
    await user.type(days, '3');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le rappel' }));
    expect(await screen.findByText('Rappel enregistré.')).toBeInTheDocument();
    await findReminder();
    expect((await readSettings()).backupReminderDays).toBe(3);

    await user.click(screen.getByLabelText('Ne jamais me le rappeler'));
    expect(days).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Enregistrer le rappel' }));
    expect(await screen.findByText('Rappel enregistré.')).toBeInTheDocument();
    expect((await readSettings()).backupReminderDays).toBeNull();
    expect(screen.queryByText(reminderText)).not.toBeInTheDocument();

    // Reminded again: the number typed before is still there, and counts once saved.
    await user.click(screen.getByLabelText('Ne jamais me le rappeler'));
    expect(days).toBeEnabled();
    expect(days).toHaveValue(3);
    await user.click(screen.getByRole('button', { name: 'Enregistrer le rappel' }));
    await findReminder();
    expect((await readSettings()).backupReminderDays).toBe(3);
  });

  it('put aside, stays hidden for the rest of the day and comes back the next one', async () => {
    const user = userEvent.setup();
    await renderApp('/cases');
    await saveSettings({ lastBackupAt: daysAgo(10) });
    const reminder = await findReminder();

    await user.click(reminder.getByRole('button', { name: 'Me le rappeler demain' }));
    expect(await readSettings()).toMatchObject({
      backupReminderDismissedOn: localToday(),
    });
    await vi.waitFor(() => expect(screen.queryByText(reminderText)).not.toBeInTheDocument());

    // The same choice, made yesterday: today the reminder is back.
    await saveSettings({ backupReminderDismissedOn: shiftDays(localToday(), -1) });
    await findReminder();
  });

  it('refuses an interval out of range with a translated error, and keeps the one saved', async () => {
    const user = userEvent.setup();
    await renderApp('/settings', { language: 'en' });
    const days = await screen.findByLabelText('Remind me after this many days without a backup');

    await user.clear(days);
    await user.type(days, '400');
    await user.click(screen.getByRole('button', { name: 'Save the reminder' }));
    expect(await screen.findByText('Enter a whole number of days, from 1 to 365.')).toBeVisible();
    expect(days).toHaveAttribute('aria-invalid', 'true');

    await user.clear(days);
    await user.click(screen.getByRole('button', { name: 'Save the reminder' }));
    expect(await screen.findByText('Enter a whole number of days, from 1 to 365.')).toBeVisible();
    expect(screen.queryByText('Reminder saved.')).not.toBeInTheDocument();
    expect((await readSettings()).backupReminderDays).toBe(7);
  });

  it('without any backup, appears once the vault set up weeks ago holds a case', async () => {
    const databaseName = freshDatabaseName();
    // A vault set up 30 days ago (only its creation day matters here: the test unlocks with a key).
    const earlier = new PasserelleDb(databaseName);
    await earlier.open();
    await earlier.table('vault').put({ id: 'vault', createdAt: daysAgo(30) });
    earlier.close();
    const view = await renderApp('/cases', { databaseName });
    expect(await screen.findByText(/Aucun dossier pour l’instant/)).toBeInTheDocument();
    expect(screen.queryByText(/Aucune sauvegarde n’a encore été faite/)).not.toBeInTheDocument();

    await act(() =>
      view.repositories.cases.createMany([
        { pathway: 'fr-trafficking', content: { label: 'DEMO-RAPPEL (fictive)' } },
      ]),
    );
    const reminder = await findReminder(
      /^Aucune sauvegarde n’a encore été faite sur cet appareil\./,
    );
    expect(reminder.getByRole('button', { name: 'Me le rappeler demain' })).toBeInTheDocument();
  });
});
