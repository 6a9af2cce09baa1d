import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { z } from 'zod';
import { useValidationMessage } from '../../i18n/use-validation-message';
import { usePassphraseStrength } from '../../queries/passphrase-checker';
import { newPassphraseSchema, usePassphraseResolver } from '../../queries/passphrase-resolver';
import {
  useApplyBackup,
  useCompareBackup,
  useExportBackup,
  useRecordBackupMade,
} from '../../queries/vault-queries';
import {
  BackupChoicesInvalidError,
  BackupUnreadableError,
  ImportCancelledError,
  StaleRecordError,
} from '../../storage/errors';
import type { NewPassphrase } from '../../storage/passphrase-policy';
import type {
  BackupChoices,
  BackupReview,
  ImportProgress,
  ImportReport,
} from '../../storage/storage';
import { downloadFile } from '../../ui/download';
import { Field } from '../../ui/field';
import { NewPassphraseFields } from '../../ui/new-passphrase-fields';
import { BackupReminderSettings } from './backup-reminder-settings';
import { BackupReviewPanel } from './backup-review';
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
  const compareBackup = useCompareBackup();
  const applyBackup = useApplyBackup();
  const recordBackupMade = useRecordBackupMade();
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** Where focus returns when the review screen closes (its controls are gone). */
  const importHeadingRef = useRef<HTMLHeadingElement>(null);
  const { hash, key } = useLocation();
  // Arriving from the reminder: focus the section, so the keyboard and the screen reader are there.
  useEffect(() => {
    if (hash === `#${BACKUP_SECTION_ID}`) headingRef.current?.focus();
  }, [hash, key]);
  const [report, setReport] = useState<ImportReport | undefined>();
  const [importFailure, setImportFailure] = useState<
    BackupUnreadableError['reason'] | 'cancelled' | 'stale' | 'other' | undefined
  >();
  /** The backup compared, while the person chooses between the values that differ. */
  const [review, setReview] = useState<BackupReview | undefined>();
  const [invalid, setInvalid] = useState<ReadonlyMap<string, readonly (readonly string[])[]>>(
    () => new Map(),
  );
  // The review screen closed (confirmed, cancelled, refused): its controls are gone, so focus
  // returns to the import's heading, where the outcome is said.
  const wasReviewing = useRef(false);
  useEffect(() => {
    if (review) wasReviewing.current = true;
    else if (wasReviewing.current) {
      wasReviewing.current = false;
      importHeadingRef.current?.focus();
    }
  }, [review]);
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

  const failureOf = (error: unknown) =>
    error instanceof BackupUnreadableError
      ? error.reason
      : error instanceof ImportCancelledError
        ? 'cancelled'
        : error instanceof StaleRecordError
          ? 'stale'
          : 'other';

  /** Writes the compared backup as chosen; a refused combination keeps the screen and its choices. */
  const apply = async (compared: BackupReview, choices: BackupChoices) => {
    setInvalid(new Map());
    const controller = new AbortController();
    setImporting(controller);
    try {
      setReport(
        await applyBackup.mutateAsync({
          review: compared,
          choices,
          signal: controller.signal,
          onProgress: setProgress,
        }),
      );
      setReview(undefined);
      importForm.reset();
    } catch (error) {
      if (error instanceof BackupChoicesInvalidError) {
        setInvalid(new Map(error.cases.map(({ caseId, paths }) => [caseId, paths])));
        return;
      }
      setReview(undefined);
      setImportFailure(failureOf(error));
    } finally {
      setImporting(undefined);
      setProgress(undefined);
    }
  };

  const onImport = importForm.handleSubmit(async ({ file, passphrase }) => {
    setReport(undefined);
    setImportFailure(undefined);
    const chosen = file.item(0);
    if (!chosen) return;
    const controller = new AbortController();
    setImporting(controller);
    let compared: BackupReview;
    try {
      compared = await compareBackup.mutateAsync({
        text: await chosen.text(),
        passphrase,
        signal: controller.signal,
        onProgress: setProgress,
      });
    } catch (error) {
      setImportFailure(failureOf(error));
      setImporting(undefined);
      setProgress(undefined);
      return;
    }
    if (compared.cases.length > 0 || compared.attachments.length > 0) {
      // Something differs: nothing is written before the person has chosen, value by value.
      setImporting(undefined);
      setProgress(undefined);
      setReview(compared);
      return;
    }
    await apply(compared, { fromBackup: [], attachmentsFromBackup: [] });
  });

  const onCancelReview = () => {
    setReview(undefined);
    setInvalid(new Map());
    setImportFailure('cancelled');
    importForm.reset();
  };

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
      <h3 ref={importHeadingRef} tabIndex={-1} className="focus-target">
        {t('backup.import')}
      </h3>
      {review ? (
        <>
          <BackupReviewPanel
            review={review}
            busy={importing !== undefined}
            invalid={invalid}
            onConfirm={(choices) => void apply(review, choices)}
            onCancel={onCancelReview}
          />
          <ImportStatus
            progress={progress}
            onCancel={() => importing?.abort()}
            failure={undefined}
            report={undefined}
          />
        </>
      ) : (
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
          </div>
          <ImportStatus
            progress={progress}
            onCancel={() => importing?.abort()}
            failure={importFailure}
            report={report}
          />
        </form>
      )}
    </section>
  );
}

/** Where an import stands, and how it ended: its progress and Cancel, a failure, or its report. */
function ImportStatus({
  progress,
  onCancel,
  failure,
  report,
}: {
  progress: ImportProgress | undefined;
  onCancel: () => void;
  failure: BackupUnreadableError['reason'] | 'cancelled' | 'stale' | 'other' | undefined;
  report: ImportReport | undefined;
}) {
  const { t } = useTranslation('settings');
  return (
    <>
      {progress ? (
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={progress.step === 'writing'}
            onClick={onCancel}
          >
            {t('backup.cancelImport')}
          </button>
        </div>
      ) : null}
      {progress ? <ImportProgressBar progress={progress} /> : null}
      {failure === 'cancelled' ? (
        // The user's own choice: said plainly, not as an error.
        <p role="status" className="banner banner-info">
          {t('backup.failure.cancelled')}
        </p>
      ) : failure === 'stale' ? (
        <p role="alert" className="banner banner-error">
          {t('backupReview.stale')}
        </p>
      ) : failure ? (
        <p role="alert" className="banner banner-error">
          {t(`backup.failure.${failure}`)}
        </p>
      ) : null}
      {report ? (
        <p role="status" className="banner banner-success">
          {t('backupReview.report', {
            added: report.added,
            updated: report.updated,
            kept: report.keptLocal,
            unchanged: report.unchanged,
          })}
        </p>
      ) : null}
    </>
  );
}

function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  const { t } = useTranslation('settings');
  const label =
    progress.step === 'comparing'
      ? t('backup.importProgress.comparing', { done: progress.done, total: progress.total })
      : progress.step === 'preparing'
        ? t('backupReview.preparing', { done: progress.done, total: progress.total })
        : t(`backup.importProgress.${progress.step}`);
  return (
    <div className="import-progress">
      {/* Indeterminate (no value) until there are records to count. */}
      <progress
        aria-label={t('backup.importProgress.label')}
        {...(progress.step === 'comparing' || progress.step === 'preparing'
          ? { value: progress.done, max: Math.max(progress.total, 1) }
          : progress.step === 'writing'
            ? { value: 1, max: 1 }
            : {})}
      />
      <p role="status">{label}</p>
    </div>
  );
}
