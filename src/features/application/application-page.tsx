import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { z } from 'zod';
import {
  ApplicationDetailsSchema,
  assessFilingReadiness,
  contentOf,
  toCaseReference,
  type ApplicationDetails,
  type CaseFile,
  type FilingField,
} from '../../domain';
import { formatPlainDate } from '../../i18n/format';
import { useValidationMessage } from '../../i18n/use-validation-message';
import { useCaseOverview } from '../../queries/case-overviews';
import {
  caseQueries,
  readAttachment,
  useSaveTimelineEntry,
  useUpdateCase,
} from '../../queries/case-queries';
import { useAutosave } from '../../queries/use-autosave';
import { useRebasedForm } from '../../queries/use-rebased-form';
import { MergeConflictError } from '../../storage/errors';
import { AutosaveFeedback } from '../../ui/autosave-feedback';
import { DateField } from '../../ui/date-field';
import { downloadFile } from '../../ui/download';
import { Field } from '../../ui/field';
import { pruneFormValues, toFormValues, type FormValues } from '../../ui/form-values';
import { PageTitle } from '../../ui/page-title';
import { useToday } from '../../ui/use-today';
import { useAttachmentCounts } from './use-attachment-counts';
import { useFieldText } from './use-field-text';
import { buildZip, nameAttachments } from './zip-attachments';
import './application.css';

type DetailsFormValues = FormValues<ApplicationDetails>;
const toDetailsValues = (caseFile: CaseFile): DetailsFormValues =>
  toFormValues(ApplicationDetailsSchema, caseFile.application);
/** The stored details' schema; the code may be typed with spaces (FR-C1: its 22 digits count). */
const DetailsFormSchema = z.preprocess(
  (values: DetailsFormValues) =>
    pruneFormValues({ ...values, ephotoCode: values.ephotoCode.replace(/\s/g, '') }),
  ApplicationDetailsSchema,
);

function ReadinessList({ items }: { items: FilingField[] }) {
  const { t } = useTranslation('application');
  const show = useFieldText();
  return (
    <ul className="readiness">
      {items.map((item) => (
        <li key={item.code} className={item.ready ? 'is-ready' : 'is-missing'}>
          <span className="readiness-label">{t(`fields.${item.code}`)}</span>
          <span className="readiness-value">{show(item)}</span>
          <span className="readiness-state">
            {item.optional && !item.value ? t('optional') : item.ready ? t('ready') : t('missing')}
          </span>
        </li>
      ))}
    </ul>
  );
}

function StepState({ items }: { items: { ready: boolean }[] }) {
  const { t } = useTranslation('application');
  const missing = items.filter((item) => !item.ready).length;
  return (
    <p className={`step-state ${missing === 0 ? 'is-ready' : 'is-missing'}`}>
      {missing === 0 ? t('stepReady') : t('stepMissing', { count: missing })}
    </p>
  );
}

function ApplicationView({ caseFile }: { caseFile: CaseFile }) {
  const { t, i18n } = useTranslation(['application', 'documents', 'cases']);
  const translateError = useValidationMessage();
  const today = useToday();
  const { attachments, counts } = useAttachmentCounts(caseFile.id);
  const { assessed } = useCaseOverview(caseFile, today);
  const readiness = assessFilingReadiness(caseFile, assessed, counts, today);
  const [recordedOn, setRecordedOn] = useState<string | undefined>();
  const [filedOn, setFiledOn] = useState(today);
  const form = useForm<DetailsFormValues, unknown, ApplicationDetails>({
    resolver: zodResolver(DetailsFormSchema),
    defaultValues: toDetailsValues(caseFile),
    // A field is checked as it is left, then as it changes: a wrong code says so at once.
    mode: 'onTouched',
  });
  // Saves elsewhere flow into the untouched fields; the same field changed on both is settled here.
  const rebased = useRebasedForm(form, caseFile, toDetailsValues);
  const saveDetails = useUpdateCase(caseFile.id);
  // Saved as the user goes, merged with what other tabs saved; nothing waits for a button.
  const autosave = useAutosave(`application/${caseFile.id}`, form, async (application) => {
    if (rebased.conflicts.length > 0) throw new Error('Conflicts to settle first');
    const base = rebased.readBase();
    try {
      const saved = await saveDetails.mutateAsync({
        content: { ...contentOf(base), application },
        base: { rev: base.rev, content: contentOf(base) },
      });
      rebased.markSaved(saved);
    } catch (error) {
      if (error instanceof MergeConflictError) rebased.rebaseOnto(error.current);
      throw error;
    }
  });
  const saveEntry = useSaveTimelineEntry(caseFile.id);
  const recordFiling = () =>
    saveEntry.mutate(
      {
        event: { type: 'application-filed', on: filedOn, application: readiness.nextApplication },
      },
      { onSuccess: () => setRecordedOn(filedOn) },
    );

  const downloadZip = async () => {
    const lines = readiness.documents.map((line) => ({
      code: line.item.code,
      label: t(`documents:lines.${line.item.code}.label` as 'documents:lines.ephoto.label', {
        defaultValue: line.item.code,
      }),
    }));
    const named = nameAttachments(lines, attachments.data ?? []);
    const zip = await buildZip(named, readAttachment);
    // Named by the case's short reference, never by the person.
    downloadFile(
      `passerelle-pieces-${toCaseReference(caseFile.id)}.zip`,
      zip.slice().buffer,
      'application/zip',
    );
  };

  const showDetail = (value: unknown) =>
    typeof value === 'boolean'
      ? t(value ? 'cases:form.yes' : 'cases:form.no')
      : typeof value === 'string'
        ? value
        : '';
  const documentsReady = readiness.documents.filter((line) => line.ready).length;
  return (
    <>
      <form noValidate onSubmit={(event) => event.preventDefault()}>
        <ol className="steps" aria-label={t('stepsLabel')}>
          <li className="panel">
            <h2>{t('steps.personal')}</h2>
            <StepState items={readiness.personal} />
            <ReadinessList items={readiness.personal} />
            <p className="field-hint">
              {t('editInCase')} <Link to={`/cases/${caseFile.id}`}>{t('back')}</Link>
            </p>
          </li>
          <li className="panel">
            <h2>{t('steps.reason')}</h2>
            <StepState items={readiness.reason} />
            <ReadinessList
              items={readiness.reason.filter(
                (item) => item.code !== 'swornNeedsPermit' && item.code !== 'swornAwareOfPenalties',
              )}
            />
            {readiness.filedBy === 'anef' ? (
              <>
                <label className="choice">
                  <input type="checkbox" {...form.register('swornNeedsPermit')} />
                  {t('fields.swornNeedsPermit')}
                </label>
                <label className="choice">
                  <input type="checkbox" {...form.register('swornAwareOfPenalties')} />
                  {t('fields.swornAwareOfPenalties')}
                </label>
              </>
            ) : null}
          </li>
          <li className="panel">
            <h2>{t('steps.documents')}</h2>
            <StepState
              items={[
                readiness.ephoto,
                ...readiness.documents.filter((line) => line.item.required),
              ]}
            />
            {readiness.filedBy === 'be-centre' ? (
              <p className="banner banner-warning">{t('beCentre')}</p>
            ) : null}
            {readiness.filedBy === 'anef' ? (
              <Field
                label={t('fields.ephotoCode')}
                error={translateError(form.formState.errors.ephotoCode?.message)}
              >
                {(control) => (
                  <input
                    {...control}
                    {...form.register('ephotoCode')}
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                  />
                )}
              </Field>
            ) : null}
            <p className="count">
              {t('documentsSummary', { count: readiness.documents.length, ready: documentsReady })}
            </p>
            <ul className="readiness">
              {readiness.documents.map((line) => (
                <li
                  key={line.item.code}
                  className={line.ready || !line.item.required ? 'is-ready' : 'is-missing'}
                >
                  <span className="readiness-label">
                    {t(
                      `documents:lines.${line.item.code}.label` as 'documents:lines.ephoto.label',
                      { defaultValue: line.item.code },
                    )}
                  </span>
                  <span className="readiness-value">
                    {t(`documents:status.${line.shown}`)} ·{' '}
                    {t('files', { count: line.attachmentCount })}
                  </span>
                  <span className="readiness-state">
                    {line.ready
                      ? t('ready')
                      : line.item.required
                        ? t('missing')
                        : t('documents:optional')}
                  </span>
                </li>
              ))}
            </ul>
          </li>
          <li className="panel">
            <h2>{t('steps.filing')}</h2>
            <Field
              label={t('fields.observations')}
              error={translateError(form.formState.errors.observations?.message)}
            >
              {(control) => <textarea {...control} {...form.register('observations')} rows={4} />}
            </Field>
            <AutosaveFeedback
              state={autosave}
              conflicts={rebased.conflicts.map(({ path, ours, theirs }) => ({
                key: path,
                label: t(`fields.${path}` as 'fields.ephotoCode'),
                ours: showDetail(ours),
                theirs: showDetail(theirs),
              }))}
              onChoose={rebased.choose}
              texts={{
                saving: t('autosave.saving'),
                saved: t('autosave.saved'),
                invalid: t('autosave.invalid'),
                failed: t('saveFailed'),
              }}
            />
          </li>
        </ol>
      </form>
      <section className="panel" aria-labelledby="record-title">
        <h2 id="record-title">{t('steps.confirmation')}</h2>
        <h3>{t('record.title')}</h3>
        {readiness.isReady ? (
          <p>{t('record.readyText')}</p>
        ) : (
          <p className="banner banner-warning">{t('record.notReady')}</p>
        )}
        <p>
          <Trans
            t={t}
            i18nKey="record.kind"
            values={{ kind: t(`cases:timeline.applications.${readiness.nextApplication}`) }}
            components={{ strong: <strong /> }}
          />
        </p>
        <DateField label={t('record.on')} value={filedOn} max={today} onChange={setFiledOn} />
        <div className="actions">
          <button
            type="button"
            className="button button-primary"
            disabled={!readiness.isReady || saveEntry.isPending || !filedOn}
            onClick={recordFiling}
          >
            {t('record.submit')}
          </button>
        </div>
        {recordedOn ? (
          <p role="status" className="banner banner-success">
            {t('record.done', { date: formatPlainDate(recordedOn, i18n.language) })}
          </p>
        ) : null}
      </section>
      <section className="panel" aria-labelledby="exports-title">
        <h2 id="exports-title">{t('exports.title')}</h2>
        <div className="actions">
          <Link className="button" to={`/cases/${caseFile.id}/dossier`}>
            {t('exports.print')}
          </Link>
          <button
            type="button"
            className="button"
            disabled={(attachments.data ?? []).length === 0}
            onClick={() => void downloadZip()}
          >
            {t('exports.zip')}
          </button>
        </div>
        <p className="field-hint">
          {(attachments.data ?? []).length === 0 ? t('exports.zipEmpty') : t('exports.zipHint')}
        </p>
      </section>
    </>
  );
}

/** The online filing's five steps, prepared from the case file; the filing recorded on the timeline. */
export function ApplicationPage() {
  const { t } = useTranslation(['application', 'common']);
  const { caseId = '' } = useParams();
  const caseFile = useQuery(caseQueries.detail(caseId));
  if (caseFile.isPending) return <p>{t('common:loading')}</p>;
  if (!caseFile.data) return <p>{t('common:notFound.title')}</p>;
  return (
    <article>
      <Link to={`/cases/${caseId}`} className="back-link">
        {t('back')}
      </Link>
      <PageTitle
        appName={t('common:appName')}
        documentTitle={t('documentTitle', { reference: toCaseReference(caseFile.data.id) })}
      >
        {t('title', { label: caseFile.data.label })}
      </PageTitle>
      <p>{t(caseFile.data.pathway === 'be-trafficking' ? 'introBe' : 'intro')}</p>
      <ApplicationView key={`${caseFile.data.id}`} caseFile={caseFile.data} />
    </article>
  );
}
