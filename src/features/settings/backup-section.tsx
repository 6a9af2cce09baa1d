import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { z } from 'zod';
import { useValidationMessage } from '../../i18n/use-validation-message';
import { usePassphraseStrength } from '../../queries/passphrase-checker';
import { newPassphraseSchema, usePassphraseResolver } from '../../queries/passphrase-resolver';
import { useExportBackup, useImportBackup, useRecordBackupMade } from '../../queries/vault-queries';
import { BackupUnreadableError, ImportCancelledError } from '../../storage/errors';
import type { NewPassphrase } from '../../storage/passphrase-policy';
import type { ImportProgress, ImportReport } from '../../storage/storage';
import { downloadFile } from '../../ui/download';
import { Field } from '../../ui/field';
import { NewPassphraseFields } from '../../ui/new-passphrase-fields';
import { BackupReminderSettings } from './backup-reminder-settings';
import { LastBackup } from './last-backup';

/** The section's anchor: the backup reminder links to `/settings#settings-backup`. */
export const BACKUP_SECTION_ID = 'settings-backup';

const ImportFormSchema = z.object({
  file: z.custom<FileList>(
    (value) => value instanceof FileList && value.length === 1,
    'validation.fileRequired',
  ),
  passphrase: z.string().min(1, 'validation.required'),
});

/** The backup file's name says when, never whose: it may end up on a shared drive. */
function backupFileName(): string {
  const day = new Date().toLocaleDateString('sv-SE');
  return `passerelle-sauvegarde-${day}.passerelle`;
}

export function BackupSection() {
  const { t } = useTranslation('settings');
  const translateError = useValidationMessage();
  const exportBackup = useExportBackup();
  const importBackup = useImportBackup();
  const recordBackupMade = useRecordBackupMade();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { hash, key } = useLocation();
  // Arriving from the reminder: focus the section, so the keyboard and the screen reader are there.
  useEffect(() => {
    if (hash === `#${BACKUP_SECTION_ID}`) headingRef.current?.focus();
  }, [hash, key]);
  const [report, setReport] = useState<ImportReport | undefined>();
  const [importFailure, setImportFailure] = useState<
    BackupUnreadableError['reason'] | 'cancelled' | 'other' | undefined
  >();
  const [progress, setProgress] = useState<ImportProgress | undefined>();
  const [importing, setImporting] = useState<AbortController | undefined>();
  // Leaving the page stops an import before its write: nothing changed, nothing half-done. (Aborting
  // an import that has ended does nothing.)
  useEffect(() => () => importing?.abort(), [importing]);
  const exportForm = useForm<NewPassphrase>({
    resolver: usePassphraseResolver(newPassphraseSchema),
    defaultValues: { passphrase: '', confirmation: '' },
  });
  const exportStrength = usePassphraseStrength(
    useWatch({ control: exportForm.control, name: 'passphrase' }),
  );
  const importForm = useForm<z.infer<typeof ImportFormSchema>>({
    resolver: zodResolver(ImportFormSchema),
  });

  const onExport = exportForm.handleSubmit(async ({ passphrase }) => {
    downloadFile(
      backupFileName(),
      await exportBackup.mutateAsync(passphrase),
      'application/octet-stream',
    );
    // The file exists now: only then does it count as this device's last backup.
    await recordBackupMade.mutateAsync();
    exportForm.reset();
  });

  const onImport = importForm.handleSubmit(async ({ file, passphrase }) => {
    setReport(undefined);
    setImportFailure(undefined);
    const chosen = file.item(0);
    if (!chosen) return;
    const controller = new AbortController();
    setImporting(controller);
    try {
      setReport(
        await importBackup.mutateAsync({
          text: await chosen.text(),
          passphrase,
          signal: controller.signal,
          onProgress: setProgress,
        }),
      );
      importForm.reset();
    } catch (error) {
      setImportFailure(
        error instanceof BackupUnreadableError
          ? error.reason
          : error instanceof ImportCancelledError
            ? 'cancelled'
            : 'other',
      );
    } finally {
      setImporting(undefined);
      setProgress(undefined);
    }
  });

  return (
    <section className="panel" aria-labelledby={BACKUP_SECTION_ID}>
      <h2 id={BACKUP_SECTION_ID} ref={headingRef} tabIndex={-1} className="focus-target">
        {t('backup.title')}
      </h2>
      <p>{t('backup.intro')}</p>
      <LastBackup />
      <h3>{t('backup.export')}</h3>
      <form className="form-inline" noValidate onSubmit={(event) => void onExport(event)}>
        <NewPassphraseFields
          labels={{ passphrase: t('backup.passphrase'), confirmation: t('backup.confirmation') }}
          hint={t('backup.passphraseHint')}
          register={exportForm.register}
          errors={{
            passphrase: translateError(exportForm.formState.errors.passphrase?.message),
            confirmation: translateError(exportForm.formState.errors.confirmation?.message),
          }}
          strength={exportStrength}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={exportForm.formState.isSubmitting}>
            {t('backup.exportSubmit')}
          </button>
        </div>
      </form>
      <h3>{t('backup.reminder.title')}</h3>
      <BackupReminderSettings />
      <h3>{t('backup.import')}</h3>
      <form className="form-inline" noValidate onSubmit={(event) => void onImport(event)}>
        <Field
          label={t('backup.file')}
          error={translateError(importForm.formState.errors.file?.message)}
        >
          {(control) => (
            <input
              {...control}
              {...importForm.register('file')}
              type="file"
              accept=".passerelle,application/json,application/octet-stream"
            />
          )}
        </Field>
        <Field
          label={t('backup.importPassphrase')}
          error={translateError(importForm.formState.errors.passphrase?.message)}
        >
          {(control) => (
            <input
              {...control}
              {...importForm.register('passphrase')}
              type="password"
              autoComplete="off"
            />
          )}
        </Field>
        <div className="actions">
          <button type="submit" className="button" disabled={importForm.formState.isSubmitting}>
            {t('backup.importSubmit')}
          </button>
          {progress ? (
            <button
              type="button"
              className="button"
              disabled={progress.step === 'writing'}
              onClick={() => importing?.abort()}
            >
              {t('backup.cancelImport')}
            </button>
          ) : null}
        </div>
        {progress ? <ImportProgressBar progress={progress} /> : null}
        {importFailure === 'cancelled' ? (
          // The user's own choice: said plainly, not as an error.
          <p role="status" className="banner banner-info">
            {t('backup.failure.cancelled')}
          </p>
        ) : importFailure ? (
          <p role="alert" className="banner banner-error">
            {t(`backup.failure.${importFailure}`)}
          </p>
        ) : null}
        {report ? (
          <p role="status" className="banner banner-success">
            {t('backup.report', {
              added: report.added,
              updated: report.updated,
              kept: report.keptLocal,
              unchanged: report.unchanged,
            })}
          </p>
        ) : null}
      </form>
    </section>
  );
}

function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  const { t } = useTranslation('settings');
  const label =
    progress.step === 'comparing'
      ? t('backup.importProgress.comparing', { done: progress.done, total: progress.total })
      : t(`backup.importProgress.${progress.step}`);
  return (
    <div className="import-progress">
      {/* Indeterminate (no value) until there are records to count. */}
      <progress
        aria-label={t('backup.importProgress.label')}
        {...(progress.step === 'comparing'
          ? { value: progress.done, max: Math.max(progress.total, 1) }
          : progress.step === 'writing'
            ? { value: 1, max: 1 }
            : {})}
      />
      <p role="status">{label}</p>
    </div>
  );
}
