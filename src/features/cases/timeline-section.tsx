import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  APPEAL_COURTS,
  APPLICATION_KINDS,
  DECISION_OUTCOMES,
  OQTF_SITUATIONS,
  USUAL_VALIDITY,
  dateOfEvent,
  isPlainDate,
  suggestLastValidDay,
  type CaseEvent,
  type CaseFile,
  type TimelineEntry,
} from '../../domain';
import { formatPlainDate } from '../../i18n/format';
import { useValidationMessage } from '../../i18n/use-validation-message';
import { useRemoveTimelineEntry, useSaveTimelineEntry } from '../../queries/case-queries';
import { useRebasedForm } from '../../queries/use-rebased-form';
import { MergeConflictError } from '../../storage/errors';
import { useInlineEditor } from '../../ui/use-inline-editor';
import { useSourceText } from './fact-sources';
import { ConflictPanel } from '../../ui/conflict-panel';
import { FormDateField } from '../../ui/date-field';
import { useLeaveGuard } from '../../ui/leave-guard';
import { Field } from '../../ui/field';
import { SelectField } from '../../ui/select-field';
import { useToday } from '../../ui/use-today';
import {
  EVENT_FIELDS,
  appealTargetsFor,
  buildEventFormSchema,
  eventTypesFor,
  permitKindsFor,
  toCaseEvent,
  toEventForm,
  type EventForm,
} from './event-form-schema';

const DEPARTURE_PERIODS = ['', 'yes', 'no'] as const;

function EventEditor({
  caseFile,
  entry,
  onDone,
}: {
  caseFile: CaseFile;
  /** The entry being edited, as it was when the editor opened; none for a new one. */
  entry?: TimelineEntry | undefined;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation('cases');
  const translateError = useValidationMessage();
  const today = useToday();
  const { id: caseId, pathway } = caseFile;
  const save = useSaveTimelineEntry(caseId);
  const [failed, setFailed] = useState(false);
  const schema = useMemo(() => buildEventFormSchema(today, pathway), [today, pathway]);
  const form = useForm<EventForm>({
    resolver: zodResolver(schema),
    defaultValues: toEventForm(pathway, entry),
    // A field is checked as it is left, then as it changes.
    mode: 'onTouched',
  });
  const { register, handleSubmit, control, setValue, getFieldState, formState, setFocus } = form;
  // Opening the editor takes the user to its first field.
  useEffect(() => setFocus('type'), [setFocus]);
  const stored = (saved: CaseFile) => saved.timeline.find((item) => item.id === entry?.id);
  // The entry as saved now: another tab's edits flow in; the same field edited on both is settled.
  const toValues = useCallback(
    (saved: CaseFile) =>
      toEventForm(pathway, saved.timeline.find((item) => item.id === entry?.id) ?? entry),
    [pathway, entry],
  );
  const rebased = useRebasedForm(form, caseFile, toValues);
  const deletedElsewhere = entry !== undefined && stored(caseFile) === undefined;
  // An event being typed is not kept as a draft: leaving the page asks first.
  useLeaveGuard(`event-editor/${entry?.id ?? 'new'}`, formState.isDirty);
  const [type, permit, validFrom] = useWatch({ control, name: ['type', 'permit', 'validFrom'] });
  const suggestion =
    type === 'permit-issued' && isPlainDate(validFrom)
      ? suggestLastValidDay(permit, validFrom)
      : undefined;
  const untilTouched = useRef(Boolean(entry));

  // The last valid day follows the start and the kind until the worker types one of their own.
  useEffect(() => {
    if (suggestion && !untilTouched.current && !getFieldState('validUntil').isDirty)
      setValue('validUntil', suggestion);
  }, [suggestion, setValue, getFieldState]);

  const onSubmit = handleSubmit(async (values) => {
    setFailed(false);
    if (rebased.conflicts.length > 0) return;
    try {
      await save.mutateAsync({
        id: entry?.id,
        event: toCaseEvent(values) as CaseEvent,
        note: values.note.trim() || undefined,
        // Deleted elsewhere: saving puts it back, as the notice says; otherwise merged, never overwritten.
        base: deletedElsewhere ? undefined : stored(rebased.base),
      });
      onDone();
    } catch (error) {
      if (error instanceof MergeConflictError) rebased.rebaseOnto(error.current);
      else setFailed(true);
    }
  });
  // Every field of the event form has its label under timeline.<name>.
  const label = (name: string) => t(`timeline.${name}` as 'timeline.note');
  const showValue = (value: unknown) =>
    typeof value === 'boolean'
      ? t(value ? 'form.yes' : 'form.no')
      : typeof value === 'string' && isPlainDate(value)
        ? formatPlainDate(value, i18n.language)
        : typeof value === 'string'
          ? value
          : '';

  const fields = EVENT_FIELDS[type];
  const dateField = (name: 'on' | 'openedOn' | 'validFrom' | 'validUntil') => (
    <FormDateField
      key={name}
      control={control}
      name={name}
      // A decision and a removal order count from the day they were notified (FR-A*, BE-A*).
      label={t(
        name === 'on' &&
          (type === 'decision' || type === 'oqtf-notified' || type === 'order-to-leave-notified')
          ? 'timeline.notifiedOn'
          : `timeline.${name}`,
      )}
      error={translateError(formState.errors[name]?.message)}
      max={name === 'on' || name === 'openedOn' ? today : undefined}
      onUserChange={name === 'validUntil' ? () => (untilTouched.current = true) : undefined}
    />
  );
  const selectField = <
    Name extends
      | 'type'
      | 'permit'
      | 'application'
      | 'outcome'
      | 'situation'
      | 'departurePeriod'
      | 'against'
      | 'court',
  >(
    name: Name,
    label: string,
    options: readonly { value: string; label: string }[],
  ) => (
    <SelectField
      key={name}
      label={label}
      error={translateError(formState.errors[name]?.message)}
      registration={register(name)}
      options={options}
    />
  );

  return (
    <form className="form event-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      {deletedElsewhere ? (
        <p role="alert" className="banner banner-warning">
          {t('timeline.deletedElsewhere')}
        </p>
      ) : null}
      <ConflictPanel
        conflicts={rebased.conflicts.map(({ path, ours, theirs }) => ({
          key: path,
          label: label(path),
          ours: showValue(ours),
          theirs: showValue(theirs),
        }))}
        onChoose={rebased.choose}
      />
      {selectField(
        'type',
        t('timeline.type'),
        eventTypesFor(pathway).map((code) => ({ value: code, label: t(`timeline.types.${code}`) })),
      )}
      {fields.includes('permit')
        ? selectField(
            'permit',
            t('timeline.permit'),
            permitKindsFor(pathway).map((code) => ({
              value: code,
              label: t(`timeline.permits.${code}`),
            })),
          )
        : null}
      {fields.includes('application')
        ? selectField(
            'application',
            t('timeline.application'),
            APPLICATION_KINDS.map((code) => ({
              value: code,
              label: t(`timeline.applications.${code}`),
            })),
          )
        : null}
      {fields.includes('outcome')
        ? selectField(
            'outcome',
            t('timeline.outcome'),
            DECISION_OUTCOMES.map((code) => ({
              value: code,
              label: t(`timeline.outcomes.${code}`),
            })),
          )
        : null}
      {fields.includes('situation')
        ? selectField(
            'situation',
            t('timeline.situation'),
            OQTF_SITUATIONS.map((code) => ({
              value: code,
              label: t(`timeline.situations.${code}`),
            })),
          )
        : null}
      {fields.includes('departurePeriod')
        ? selectField(
            'departurePeriod',
            t('timeline.departurePeriod'),
            DEPARTURE_PERIODS.map((code) => ({
              value: code,
              label: t(`timeline.departurePeriods.${code}`),
            })),
          )
        : null}
      {fields.includes('against')
        ? selectField(
            'against',
            t('timeline.against'),
            appealTargetsFor(pathway).map((code) => ({
              value: code,
              label: t(`timeline.targets.${code}`),
            })),
          )
        : null}
      {fields.includes('court') && !pathway.startsWith('be-')
        ? selectField(
            'court',
            t('timeline.court'),
            APPEAL_COURTS.map((code) => ({ value: code, label: t(`timeline.courts.${code}`) })),
          )
        : null}
      {fields.includes('detained') ? (
        <label className="choice">
          <input type="checkbox" {...register('detained')} />
          {t('timeline.detained')}
        </label>
      ) : null}
      {(['on', 'openedOn', 'validFrom', 'validUntil'] as const)
        .filter((name) => fields.includes(name))
        .map(dateField)}
      {fields.includes('at') ? (
        <Field
          label={t('timeline.at')}
          hint={t('timeline.atHint')}
          error={translateError(formState.errors.at?.message)}
        >
          {(controlProps) => <input {...controlProps} {...register('at')} type="time" />}
        </Field>
      ) : null}
      {(['anefNumber', 'documentNumber'] as const)
        .filter((name) => fields.includes(name))
        .map((name) => (
          <Field
            key={name}
            label={label(name)}
            error={translateError(formState.errors[name]?.message)}
          >
            {(controlProps) => (
              <input {...controlProps} {...register(name)} type="text" autoComplete="off" />
            )}
          </Field>
        ))}
      {type === 'legal-aid-requested' ? (
        <p className="field-hint">{t('timeline.legalAidInfo')}</p>
      ) : null}
      {suggestion ? (
        <p className="field-hint" aria-live="polite">
          {t('timeline.suggested', {
            rule: USUAL_VALIDITY[permit].basis,
            date: formatPlainDate(suggestion, i18n.language),
          })}{' '}
          <button
            type="button"
            className="button button-small"
            onClick={() => setValue('validUntil', suggestion, { shouldValidate: true })}
          >
            {t('timeline.useSuggested')}
          </button>
        </p>
      ) : null}
      <Field label={t('timeline.note')} error={translateError(formState.errors.note?.message)}>
        {(controlProps) => <textarea {...controlProps} {...register('note')} rows={2} />}
      </Field>
      {failed ? (
        <p role="alert" className="banner banner-error">
          {t('timeline.saveFailed')}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
          {t('timeline.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone()}>
          {t('timeline.cancel')}
        </button>
      </div>
    </form>
  );
}

function describeEvent(
  event: CaseEvent,
  t: ReturnType<typeof useTranslation<'cases'>>['t'],
  language: string,
): string {
  const type = t(`timeline.types.${event.type}`);
  // Beside the contract: the number of the application on ANEF, or of the récépissé or card.
  const number =
    'anefNumber' in event && event.anefNumber
      ? ` · ${t('timeline.numbered', { number: event.anefNumber })}`
      : 'documentNumber' in event && event.documentNumber
        ? ` · ${t('timeline.numbered', { number: event.documentNumber })}`
        : '';
  return `${describeEventKind(event, type, t, language)}${number}`;
}

function describeEventKind(
  event: CaseEvent,
  type: string,
  t: ReturnType<typeof useTranslation<'cases'>>['t'],
  language: string,
): string {
  switch (event.type) {
    case 'permit-issued':
      return `${type} · ${t(`timeline.permits.${event.permit}`)} · ${t('timeline.validity', { from: formatPlainDate(event.validFrom, language), until: formatPlainDate(event.validUntil, language) })}`;
    case 'prolongation-issued':
      return `${type} · ${t('timeline.validity', { from: formatPlainDate(event.validFrom, language), until: formatPlainDate(event.validUntil, language) })}`;
    case 'application-filed':
      return `${type} · ${t(`timeline.applications.${event.application}`)}`;
    case 'decision':
      return `${type} · ${t(`timeline.outcomes.${event.outcome}`)}`;
    case 'oqtf-notified':
      return `${type} · ${t(`timeline.situations.${event.situation}`)}${event.at ? ` · ${event.at}` : ''}`;
    case 'appeal-filed':
      return `${type} · ${t(`timeline.targets.${event.against}`)}`;
    default:
      return type;
  }
}

export function TimelineSection({ caseFile }: { caseFile: CaseFile }) {
  const { t, i18n } = useTranslation('cases');
  const titleId = useId();
  // The entry being edited, as it was when its editor opened, or 'new'; focus returns to its
  // Edit button (or Add) when the editor closes.
  const { editing, open: setEditing, close, sectionRef } = useInlineEditor<TimelineEntry>();
  const editingGone =
    editing !== undefined &&
    editing !== 'new' &&
    !caseFile.timeline.some((entry) => entry.id === editing.id);
  const remove = useRemoveTimelineEntry(caseFile.id);
  const sourceText = useSourceText();
  const entries = [...caseFile.timeline].sort((a, b) =>
    dateOfEvent(b.event).localeCompare(dateOfEvent(a.event)),
  );
  return (
    <section id="case-timeline" className="panel" aria-labelledby={titleId} ref={sectionRef}>
      <h2 id={titleId}>{t('timeline.title')}</h2>
      {editing === 'new' ? (
        <EventEditor caseFile={caseFile} onDone={close} />
      ) : editingGone ? (
        // Deleted in another tab while being edited here: the typing stays, with a notice.
        <EventEditor caseFile={caseFile} entry={editing} onDone={close} />
      ) : (
        <button
          type="button"
          className="button button-primary"
          data-focus-key="add"
          onClick={() => setEditing('new')}
        >
          {t('timeline.add')}
        </button>
      )}
      {entries.length === 0 ? <p className="empty">{t('timeline.empty')}</p> : null}
      <ol className="timeline">
        {entries.map((entry) => (
          <li key={entry.id}>
            {editing !== 'new' && editing?.id === entry.id ? (
              <EventEditor caseFile={caseFile} entry={editing} onDone={close} />
            ) : (
              <>
                <time dateTime={dateOfEvent(entry.event)}>
                  {formatPlainDate(dateOfEvent(entry.event), i18n.language)}
                </time>
                <span className="timeline-what">
                  {describeEvent(entry.event, t, i18n.language)}
                </span>
                {entry.note ? <span className="timeline-note">{entry.note}</span> : null}
                {entry.source ? (
                  <Link
                    className="timeline-source"
                    to={`/cases/${caseFile.id}/interviews/${entry.source.interviewId}`}
                  >
                    {sourceText(entry.source)}
                  </Link>
                ) : null}
                <span className="timeline-actions">
                  <button
                    type="button"
                    className="button button-small"
                    data-focus-key={entry.id}
                    onClick={() => setEditing(entry)}
                    aria-label={t('timeline.editLabel', {
                      event: describeEvent(entry.event, t, i18n.language),
                    })}
                  >
                    {t('timeline.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button-small button-danger"
                    aria-label={t('timeline.deleteLabel', {
                      event: describeEvent(entry.event, t, i18n.language),
                    })}
                    onClick={() => {
                      if (window.confirm(t('timeline.deleteConfirm'))) remove.mutate(entry.id);
                    }}
                  >
                    {t('timeline.delete')}
                  </button>
                </span>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
