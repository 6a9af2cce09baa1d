import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useValidationMessage } from '../../i18n/use-validation-message';
import { deviceQueries, useUpdateDeviceSettings } from '../../queries/vault-queries';
import { DEFAULT_BACKUP_REMINDER_DAYS, MAX_BACKUP_REMINDER_DAYS } from '../../storage/storage';
import { Field } from '../../ui/field';

/** The range the device settings accept; an empty or non-numeric field arrives as NaN. */
const ReminderDaysSchema = z
  .number('validation.reminderDays')
  .int('validation.reminderDays')
  .min(1, 'validation.reminderDays')
  .max(MAX_BACKUP_REMINDER_DAYS, 'validation.reminderDays');

const ReminderFormSchema = z
  .object({
    never: z.boolean(),
    // Left out while "never" is ticked: the field is disabled then.
    days: ReminderDaysSchema.optional(),
  })
  .refine(({ never, days }) => never || days !== undefined, {
    path: ['days'],
    message: 'validation.reminderDays',
  });
type ReminderForm = z.infer<typeof ReminderFormSchema>;

/** After how many days without a backup the app reminds the worker, or never. */
export function BackupReminderSettings() {
  const settings = useQuery(deviceQueries.settings());
  // The form starts from what is saved, so it appears once the settings are read.
  return settings.data ? <ReminderForm saved={settings.data.backupReminderDays} /> : null;
}

function ReminderForm({ saved }: { saved: number | null }) {
  const { t } = useTranslation('settings');
  const translateError = useValidationMessage();
  const update = useUpdateDeviceSettings();
  const [isSaved, setIsSaved] = useState(false);
  const { register, handleSubmit, control, formState } = useForm<ReminderForm>({
    resolver: zodResolver(ReminderFormSchema),
    defaultValues: { never: saved === null, days: saved ?? DEFAULT_BACKUP_REMINDER_DAYS },
  });
  const never = useWatch({ control, name: 'never' });

  const onSubmit = handleSubmit(async (values) => {
    setIsSaved(false);
    await update.mutateAsync({ backupReminderDays: values.never ? null : (values.days ?? null) });
    setIsSaved(true);
  });

  return (
    <form className="form-inline" noValidate onSubmit={(event) => void onSubmit(event)}>
      <Field
        label={t('backup.reminder.days')}
        hint={t('backup.reminder.hint')}
        error={translateError(formState.errors.days?.message)}
      >
        {(controlProps) => (
          <input
            {...controlProps}
            {...register('days', {
              valueAsNumber: true,
              disabled: never,
              onChange: () => setIsSaved(false),
            })}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_BACKUP_REMINDER_DAYS}
            step={1}
            className="reminder-days"
          />
        )}
      </Field>
      <label className="choice">
        <input type="checkbox" {...register('never', { onChange: () => setIsSaved(false) })} />
        {t('backup.reminder.never')}
      </label>
      <div className="actions">
        <button type="submit" className="button" disabled={formState.isSubmitting}>
          {t('backup.reminder.submit')}
        </button>
      </div>
      {isSaved ? (
        <p role="status" className="banner banner-success">
          {t('backup.reminder.saved')}
        </p>
      ) : null}
    </form>
  );
}
