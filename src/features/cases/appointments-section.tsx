/**
 * The case's appointments (prefecture, police, lawyer, hearing…): a day and a clock time in the
 * time zone of the case's country, where, and whether an interpreter is needed. Added, edited and
 * deleted here; the dashboard and the calendar export list the upcoming ones.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  APPOINTMENT_KINDS,
  AppointmentSchema,
  ClockTimeSchema,
  PlainDateSchema,
  appointmentTimeZone,
  type Appointment,
  type CaseFile,
} from '../../domain';
import { formatPlainDate } from '../../i18n/format';
import { listLanguages, nameLanguage } from '../../i18n/languages-list';
import { useValidationMessage } from '../../i18n/use-validation-message';
import { useRemoveAppointment, useSaveAppointment } from '../../queries/case-queries';
import { useInlineEditor } from '../../ui/use-inline-editor';
import { FormDateField } from '../../ui/date-field';
import { Field } from '../../ui/field';
import { useLeaveGuard } from '../../ui/leave-guard';
import { SelectField } from '../../ui/select-field';

/** The form's schema, from the domain's: empty texts are allowed here and left out when saved. */
const AppointmentFormSchema = AppointmentSchema.pick({ kind: true }).extend({
  on: z.string().min(1, 'validation.required').pipe(PlainDateSchema),
  at: z.string().min(1, 'validation.required').pipe(ClockTimeSchema),
  place: z.string().max(300, 'validation.tooLong'),
  interpreterLanguage: z.string(),
  note: z.string().max(2000, 'validation.tooLong'),
});
type AppointmentForm = z.infer<typeof AppointmentFormSchema>;

function toForm(caseFile: CaseFile, appointment: Appointment | undefined): AppointmentForm {
  if (appointment)
    return {
      kind: appointment.kind,
      on: appointment.on,
      at: appointment.at,
      place: appointment.place ?? '',
      interpreterLanguage: appointment.interpreterLanguage ?? '',
      note: appointment.note ?? '',
    };
  // A new appointment offers the interpreter language the person's file already asks for.
  const { interpreterNeeded, interpreterLanguage } = caseFile.languages;
  return {
    kind: 'prefecture',
    on: '',
    at: '',
    place: '',
    interpreterLanguage: interpreterNeeded && interpreterLanguage ? interpreterLanguage : '',
    note: '',
  };
}

/** Appointments in the order they come: day, then time. */
function sortAppointments(appointments: readonly Appointment[]): Appointment[] {
  return [...appointments].sort((a, b) => `${a.on}T${a.at}`.localeCompare(`${b.on}T${b.at}`));
}

function AppointmentEditor({
  caseFile,
  appointment,
  onDone,
}: {
  caseFile: CaseFile;
  appointment?: Appointment | undefined;
  /** Called with the saved appointment's id, or with none on cancel. */
  onDone: (savedId?: string) => void;
}) {
  const { t, i18n } = useTranslation('cases');
  const translateError = useValidationMessage();
  const save = useSaveAppointment(caseFile.id);
  const [failed, setFailed] = useState(false);
  const languages = useMemo(() => listLanguages(i18n.language), [i18n.language]);
  const { register, handleSubmit, control, formState, setFocus } = useForm<AppointmentForm>({
    resolver: zodResolver(AppointmentFormSchema),
    defaultValues: toForm(caseFile, appointment),
    // A field is checked as it is left, then as it changes.
    mode: 'onTouched',
  });
  useEffect(() => setFocus('kind'), [setFocus]);
  useLeaveGuard(`appointment-editor/${appointment?.id ?? 'new'}`, formState.isDirty);

  const onSubmit = handleSubmit(async (values) => {
    setFailed(false);
    try {
      const saved = await save.mutateAsync({
        id: appointment?.id,
        kind: values.kind,
        on: values.on,
        at: values.at,
        place: values.place.trim() || undefined,
        interpreterLanguage: values.interpreterLanguage || undefined,
        note: values.note.trim() || undefined,
      });
      // A new appointment's id is the one the saved case has and this one had not.
      const known = new Set((caseFile.appointments ?? []).map((item) => item.id));
      onDone(appointment?.id ?? saved.appointments?.find((item) => !known.has(item.id))?.id);
    } catch {
      setFailed(true);
    }
  });

  return (
    <form className="form appointment-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <SelectField
        label={t('appointments.kind')}
        error={translateError(formState.errors.kind?.message)}
        registration={register('kind')}
        options={APPOINTMENT_KINDS.map((kind) => ({
          value: kind,
          label: t(`appointments.kinds.${kind}`),
        }))}
      />
      <FormDateField
        control={control}
        name="on"
        label={t('appointments.on')}
        error={translateError(formState.errors.on?.message)}
      />
      <Field
        label={t('appointments.at')}
        hint={t('appointments.atHint', {
          zone: t(`appointments.zones.${appointmentTimeZone(caseFile.pathway)}`),
        })}
        error={translateError(formState.errors.at?.message)}
      >
        {(controlProps) => <input {...controlProps} {...register('at')} type="time" />}
      </Field>
      <Field
        label={t('appointments.place')}
        error={translateError(formState.errors.place?.message)}
      >
        {(controlProps) => (
          <input {...controlProps} {...register('place')} type="text" autoComplete="off" />
        )}
      </Field>
      <SelectField
        label={t('appointments.interpreterLanguage')}
        registration={register('interpreterLanguage')}
        emptyLabel={t('appointments.noInterpreter')}
        options={languages.map(({ code, name }) => ({ value: code, label: name }))}
      />
      <Field label={t('appointments.note')} error={translateError(formState.errors.note?.message)}>
        {(controlProps) => <textarea {...controlProps} {...register('note')} rows={2} />}
      </Field>
      {failed ? (
        <p role="alert" className="banner banner-error">
          {t('appointments.saveFailed')}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
          {t('appointments.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone()}>
          {t('appointments.cancel')}
        </button>
      </div>
    </form>
  );
}

export function AppointmentsSection({ caseFile }: { caseFile: CaseFile }) {
  const { t, i18n } = useTranslation('cases');
  const titleId = useId();
  // After a save, focus goes to the saved appointment in the list; after a cancel, back where it started.
  const {
    editing,
    open: setEditing,
    close,
    returnFocusTo,
    sectionRef,
  } = useInlineEditor<Appointment>();
  const remove = useRemoveAppointment(caseFile.id);
  const appointments = sortAppointments(caseFile.appointments ?? []);
  const describe = (appointment: Appointment) =>
    t('appointments.when', {
      kind: t(`appointments.kinds.${appointment.kind}`),
      date: formatPlainDate(appointment.on, i18n.language),
      time: appointment.at,
    });

  return (
    <section id="case-appointments" className="panel" aria-labelledby={titleId} ref={sectionRef}>
      <h2 id={titleId}>{t('appointments.title')}</h2>
      {editing === 'new' ? (
        <AppointmentEditor caseFile={caseFile} onDone={close} />
      ) : (
        <button
          type="button"
          className="button button-primary"
          data-focus-key="add"
          onClick={() => setEditing('new')}
        >
          {t('appointments.add')}
        </button>
      )}
      {appointments.length === 0 ? <p className="empty">{t('appointments.empty')}</p> : null}
      <ul className="timeline appointments">
        {appointments.map((appointment) => (
          <li key={appointment.id}>
            {editing !== 'new' && editing?.id === appointment.id ? (
              <AppointmentEditor caseFile={caseFile} appointment={editing} onDone={close} />
            ) : (
              <>
                <time dateTime={`${appointment.on}T${appointment.at}`}>
                  {formatPlainDate(appointment.on, i18n.language)} · {appointment.at}
                </time>
                <span className="timeline-what">
                  {t(`appointments.kinds.${appointment.kind}`)}
                  {appointment.place ? ` · ${appointment.place}` : ''}
                </span>
                {appointment.interpreterLanguage ? (
                  <span className="timeline-note">
                    {t('appointments.interpreter', {
                      language: nameLanguage(appointment.interpreterLanguage, i18n.language),
                    })}
                  </span>
                ) : null}
                {appointment.note ? (
                  <span className="timeline-note">{appointment.note}</span>
                ) : null}
                <span className="timeline-actions">
                  <button
                    type="button"
                    className="button button-small"
                    data-focus-key={appointment.id}
                    onClick={() => setEditing(appointment)}
                    aria-label={t('appointments.editLabel', { appointment: describe(appointment) })}
                  >
                    {t('appointments.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button-small button-danger"
                    aria-label={t('appointments.deleteLabel', {
                      appointment: describe(appointment),
                    })}
                    onClick={() => {
                      if (window.confirm(t('appointments.deleteConfirm'))) {
                        returnFocusTo('add');
                        remove.mutate(appointment.id);
                      }
                    }}
                  >
                    {t('appointments.delete')}
                  </button>
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
