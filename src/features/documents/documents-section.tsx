import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useId, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import {
  DocumentLineSchema,
  LINE_STATUSES,
  UPLOAD_LIMITS,
  checkUpload,
  findDocumentCheck,
  findFilingDate,
  getRule,
  trackDocuments,
  contentOf,
  type CaseFile,
  type DocumentLine,
  type TrackedLine,
  type UploadRefusal,
} from '../../domain';
import { formatFileSize, formatPlainDate } from '../../i18n/format';
import { useRuleBasisText } from '../../i18n/use-rule-basis-text';
import { useValidationMessage } from '../../i18n/use-validation-message';
import { useCaseOverview } from '../../queries/case-overviews';
import {
  caseQueries,
  useAttachFile,
  useRemoveAttachment,
  useUpdateCase,
} from '../../queries/case-queries';
import { useAutosave } from '../../queries/use-autosave';
import { useRebasedForm } from '../../queries/use-rebased-form';
import { MergeConflictError } from '../../storage/errors';
import { AutosaveFeedback } from '../../ui/autosave-feedback';
import type { AttachmentMeta } from '../../storage/storage';
import { FormDateField } from '../../ui/date-field';
import { Field } from '../../ui/field';
import { pruneFormValues, toFormValues, type FormValues } from '../../ui/form-values';
import { useToday } from '../../ui/use-today';
import { FilePreview } from './file-preview';
import { hasMatchingSignature, readFileHeader } from './has-matching-signature';
import './documents.css';

const ACCEPT = UPLOAD_LIMITS.extensions.map((extension) => `.${extension}`).join(',');

/** What the line's form edits, from the stored line's schema (the dates of requests and receipts are set by the app). */
const LineSchema = DocumentLineSchema.pick({
  status: true,
  variant: true,
  issuedOn: true,
  validUntil: true,
  translationNeeded: true,
  translationDone: true,
  note: true,
});
type LineValues = z.output<typeof LineSchema>;
type LineFormValues = FormValues<LineValues>;
/** Empty fields and unticked boxes mean "not recorded". */
const LineFormSchema = z.preprocess(
  (values: LineFormValues) => pruneFormValues(values),
  LineSchema,
);

function toLineForm(record: DocumentLine | undefined): LineFormValues {
  return toFormValues(LineSchema, record ?? { status: 'missing' });
}

function LineFiles({
  caseId,
  code,
  files,
}: {
  caseId: string;
  code: string;
  files: AttachmentMeta[];
}) {
  const { t, i18n } = useTranslation('documents');
  const attach = useAttachFile(caseId);
  const remove = useRemoveAttachment(caseId);
  const [refusal, setRefusal] = useState<
    { reason: UploadRefusal | 'content'; name: string; format: string } | undefined
  >();
  const [previewing, setPreviewing] = useState<string | undefined>();
  const inputId = useId();
  const cameraId = useId();

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.item(0);
    input.value = '';
    if (!file) return;
    const refuse = (reason: UploadRefusal | 'content') =>
      setRefusal({
        reason,
        name: file.name,
        format: file.name.slice(file.name.lastIndexOf('.') + 1).toUpperCase(),
      });
    // FR-G7: the online filing's limits, checked before anything is stored: the extension, the
    // size, the count, then the content itself (a text file renamed .png is no PNG).
    const reason =
      checkUpload({ name: file.name, size: file.size }, files.length) ??
      (hasMatchingSignature(file.name, await readFileHeader(file)) ? undefined : 'content');
    if (reason) {
      refuse(reason);
      return;
    }
    setRefusal(undefined);
    attach.mutate({ lineCode: code, file });
  };

  return (
    <div className="line-files">
      <p className="line-files-title">
        {t('files.title', { count: files.length, max: UPLOAD_LIMITS.maxFilesPerLine })}
      </p>
      {files.length > 0 ? (
        <ul className="file-list">
          {files.map((file) => (
            <li key={file.id}>
              <span>{file.fileName}</span>{' '}
              <span className="field-hint">({formatFileSize(file.size, i18n.language)})</span>{' '}
              {file.onDevice ? null : (
                <>
                  <span className="badge">{t('files.onServer')}</span>{' '}
                </>
              )}
              <button
                type="button"
                className="button button-small"
                aria-label={t('files.previewLabel', { name: file.fileName })}
                onClick={() => setPreviewing(file.id)}
              >
                {t('files.preview')}
              </button>{' '}
              <button
                type="button"
                className="button button-small button-danger"
                aria-label={t('files.removeLabel', { name: file.fileName })}
                onClick={() => remove.mutate(file.id)}
              >
                {t('files.remove')}
              </button>
              {previewing === file.id ? (
                <FilePreview
                  attachmentId={file.id}
                  fileName={file.fileName}
                  mediaType={file.mediaType}
                  onDevice={file.onDevice}
                  onClose={() => setPreviewing(undefined)}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="file-inputs">
        <div className="field">
          <label htmlFor={inputId}>{t('files.add')}</label>
          <input
            id={inputId}
            type="file"
            accept={ACCEPT}
            onChange={(event) => void onFile(event.target)}
          />
        </div>
        <div className="field">
          <label htmlFor={cameraId}>{t('files.camera')}</label>
          <input
            id={cameraId}
            type="file"
            accept="image/jpeg,image/png"
            capture="environment"
            onChange={(event) => void onFile(event.target)}
          />
        </div>
      </div>
      <p className="field-hint">{t('files.hint')}</p>
      {refusal ? (
        <p role="alert" className="banner banner-error">
          {t(`files.refused.${refusal.reason}`, { name: refusal.name, format: refusal.format })}
        </p>
      ) : null}
      {attach.isError ? (
        <p role="alert" className="banner banner-error">
          {t('files.failed')}
        </p>
      ) : null}
    </div>
  );
}

/**
 * One line of the checklist: a row (its document, its status, its files) that opens on demand to
 * be edited. What is changed saves as the user goes, merged with what other tabs saved; a field
 * changed on both sides is shown with both values until the user chooses.
 */
function ChecklistLine({
  caseFile,
  line,
  files,
  today,
}: {
  caseFile: CaseFile;
  line: TrackedLine<DocumentLine>;
  files: AttachmentMeta[];
  today: string;
}) {
  const { t, i18n } = useTranslation(['documents', 'assessment', 'cases']);
  const { item } = line;
  const [open, setOpen] = useState(false);
  const label = t(`lines.${item.code}.label` as 'lines.ephoto.label', { defaultValue: item.code });
  const titleId = useId();
  const detailsId = useId();

  return (
    <li className={`checklist-line line-${line.shown}`} aria-labelledby={titleId}>
      <div className="line-head">
        <h3 id={titleId}>{label}</h3>
        <span className={`badge ${item.required ? 'badge-required' : ''}`}>
          {item.required ? t('required') : t('optional')}
        </span>
        <span className={`badge badge-status status-${line.shown}`}>
          {t(`status.${line.shown}`)}
        </span>
        {files.length > 0 ? (
          <span className="badge">{t('files.count', { count: files.length })}</span>
        ) : null}
        <button
          type="button"
          className="button button-small"
          aria-expanded={open}
          aria-controls={detailsId}
          aria-label={t(open ? 'closeLine' : 'openLine', { label })}
          onClick={() => setOpen(!open)}
        >
          {open ? t('close') : t('edit')}
        </button>
      </div>
      {line.validUntil ? (
        <p className="field-hint">
          {line.status === 'expired'
            ? t('expiredAfter', { date: formatPlainDate(line.validUntil, i18n.language) })
            : t('validUntilDate', { date: formatPlainDate(line.validUntil, i18n.language) })}
        </p>
      ) : null}
      {line.staleFrom ? (
        <p className="field-hint">
          {t('staleFrom', { date: formatPlainDate(line.staleFrom, i18n.language) })}
        </p>
      ) : null}
      {line.record?.note ? <p className="field-hint line-note">{line.record.note}</p> : null}
      <div id={detailsId} hidden={!open} className="line-details">
        {open ? <LineDetails caseFile={caseFile} line={line} files={files} today={today} /> : null}
      </div>
    </li>
  );
}

function LineDetails({
  caseFile,
  line,
  files,
  today,
}: {
  caseFile: CaseFile;
  line: TrackedLine<DocumentLine>;
  files: AttachmentMeta[];
  today: string;
}) {
  const { t } = useTranslation(['documents', 'assessment', 'cases']);
  const translateError = useValidationMessage();
  const ruleBasisText = useRuleBasisText();
  const { item } = line;
  const toValues = useCallback(
    (saved: CaseFile) => toLineForm(saved.documents[item.code]),
    [item.code],
  );
  const form = useForm<LineFormValues, unknown, LineValues>({
    resolver: zodResolver(LineFormSchema),
    defaultValues: toValues(caseFile),
    mode: 'onTouched',
  });
  const { register, control, formState } = form;
  const rebased = useRebasedForm(form, caseFile, toValues);
  const save = useUpdateCase(caseFile.id);
  const autosave = useAutosave(`document/${caseFile.id}/${item.code}`, form, async (values) => {
    if (rebased.conflicts.length > 0) throw new Error('Conflicts to settle first');
    const base = rebased.readBase();
    const stored = base.documents[item.code];
    const record: DocumentLine = {
      ...stored,
      status: values.status,
      variant: values.variant,
      issuedOn: values.issuedOn,
      validUntil: values.validUntil,
      // The app dates a request and a receipt the day they are recorded.
      receivedOn: values.status === 'received' ? (stored?.receivedOn ?? today) : stored?.receivedOn,
      requestedOn:
        values.status === 'requested' ? (stored?.requestedOn ?? today) : stored?.requestedOn,
      translationNeeded: values.translationNeeded,
      translationDone: values.translationNeeded && values.translationDone ? true : undefined,
      note: values.note,
    };
    const content = contentOf(base);
    try {
      const saved = await save.mutateAsync({
        content: { ...content, documents: { ...content.documents, [item.code]: record } },
        base: { rev: base.rev, content },
      });
      rebased.markSaved(saved);
    } catch (error) {
      if (error instanceof MergeConflictError) rebased.rebaseOnto(error.current);
      throw error;
    }
  });
  const [translationNeeded, variant] = useWatch({
    control,
    name: ['translationNeeded', 'variant'],
  });
  // An identity document is checked for validity on the filing date, never for its age.
  const checksValidity = findDocumentCheck(item, variant) === 'validity';
  const showValue = (path: string, value: unknown) =>
    typeof value === 'boolean'
      ? t(value ? 'cases:form.yes' : 'cases:form.no')
      : typeof value !== 'string'
        ? ''
        : path === 'status'
          ? t(`status.${value}` as 'status.missing')
          : path === 'variant'
            ? t(`variants.${value}` as 'variants.passport', { defaultValue: value })
            : value;

  return (
    <>
      <p className="line-explanation">
        {t(`lines.${item.code}.explanation` as 'lines.ephoto.explanation', { defaultValue: '' })}
      </p>
      {line.check === 'validity' ? <p className="field-hint">{t('mustBeValid')}</p> : null}
      {item.maxAgeMonths ? (
        <p className="field-hint">{t('maxAge', { count: item.maxAgeMonths })}</p>
      ) : null}
      <p className="rule-basis">
        {ruleBasisText(item.basis.map((id) => ({ id, entry: getRule(id, today) }))).join(' — ')}
      </p>
      <form className="line-form" noValidate onSubmit={(event) => event.preventDefault()}>
        <Field label={t('status.label')}>
          {(controlProps) => (
            <select {...controlProps} {...register('status')}>
              {LINE_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`status.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {item.variants ? (
          <Field label={t('variant')}>
            {(controlProps) => (
              <select {...controlProps} {...register('variant')}>
                <option value="">—</option>
                {item.variants?.map((option) => (
                  <option key={option} value={option}>
                    {t(`variants.${option}` as 'variants.passport', { defaultValue: option })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <FormDateField
          control={control}
          name="issuedOn"
          label={t('issuedOn')}
          error={translateError(formState.errors.issuedOn?.message)}
          max={today}
        />
        {checksValidity ? (
          <FormDateField
            control={control}
            name="validUntil"
            label={t('validUntil')}
            error={translateError(formState.errors.validUntil?.message)}
          />
        ) : null}
        <label className="choice">
          <input type="checkbox" {...register('translationNeeded')} />
          {t('translationNeeded')}
        </label>
        {translationNeeded ? (
          <label className="choice">
            <input type="checkbox" {...register('translationDone')} />
            {t('translationDone')}
          </label>
        ) : null}
        <Field label={t('note')} error={translateError(formState.errors.note?.message)}>
          {(controlProps) => (
            <input {...controlProps} {...register('note')} type="text" autoComplete="off" />
          )}
        </Field>
      </form>
      <AutosaveFeedback
        state={autosave}
        conflicts={rebased.conflicts.map(({ path, ours, theirs }) => ({
          key: path,
          label: t(`fields.${path}` as 'fields.status'),
          ours: showValue(path, ours),
          theirs: showValue(path, theirs),
        }))}
        onChoose={rebased.choose}
        texts={{
          saving: t('autosave.saving'),
          saved: t('autosave.saved'),
          invalid: t('autosave.invalid'),
          failed: t('saveFailed'),
        }}
      />
      <LineFiles caseId={caseFile.id} code={item.code} files={files} />
    </>
  );
}

/** The checklist generated by the rules from the case's facts, each line tracked and documented. */
export function DocumentsSection({ caseFile }: { caseFile: CaseFile }) {
  const { t, i18n } = useTranslation('documents');
  const today = useToday();
  const attachments = useQuery(caseQueries.attachments(caseFile.id));
  const { assessed } = useCaseOverview(caseFile, today);
  const filingOn = findFilingDate(caseFile.plannedFilingOn, today);
  const filesByLine = useMemo(() => groupFiles(attachments.data ?? []), [attachments.data]);
  const lines = useMemo(() => {
    // Invalid facts: no checklist (the assessment panel says which field to correct).
    if (!assessed.ok) return [];
    const counts = Object.fromEntries(
      [...filesByLine].map(([code, files]) => [code, files.length]),
    );
    return trackDocuments(assessed.assessment.checklist, caseFile.documents, counts, filingOn);
  }, [assessed, caseFile.documents, filesByLine, filingOn]);
  const ready = lines.filter((line) => line.ready).length;

  return (
    <section id="case-documents" className="panel" aria-labelledby="documents-title">
      <h2 id="documents-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <p className="field-hint">
        {filingOn !== today
          ? t('filingOn', { date: formatPlainDate(filingOn, i18n.language) })
          : t('filingToday')}
      </p>
      <p role="status" className="count">
        {t('summary', { count: lines.length, ready })}
      </p>
      <p className="actions">
        <Link to={`/cases/${caseFile.id}/documents-to-bring`} className="button">
          {t('toBring.open')}
        </Link>
      </p>
      <ul className="checklist">
        {lines.map((line) => (
          <ChecklistLine
            key={line.item.code}
            caseFile={caseFile}
            line={line}
            files={filesByLine.get(line.item.code) ?? []}
            today={today}
          />
        ))}
      </ul>
    </section>
  );
}

function groupFiles(files: readonly AttachmentMeta[]): Map<string, AttachmentMeta[]> {
  const byLine = new Map<string, AttachmentMeta[]>();
  for (const file of files) byLine.set(file.lineCode, [...(byLine.get(file.lineCode) ?? []), file]);
  return byLine;
}
