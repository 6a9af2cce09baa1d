import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFileSize, formatInstant } from '../../i18n/format';
import { useCaseFieldTexts } from '../../i18n/use-case-field-texts';
import type { CaseFile } from '../../domain';
import type {
  AttachmentReview,
  BackupChoices,
  BackupReview,
  CaseReview,
  FieldDifference,
} from '../../storage/storage';
import { ValueChoice } from '../../ui/value-choice';

type Side = 'here' | 'backup';

/** A difference's key among the review's choices: its case and its path. */
const keyOf = (caseId: string, path: readonly string[]) => JSON.stringify([caseId, ...path]);

/** Every difference set to one side: the bulk buttons, and the start (this device's values). */
function allTo(review: BackupReview, side: Side): Record<string, Side> {
  const choices: Record<string, Side> = {};
  for (const { caseId, differences } of review.cases)
    for (const { path } of differences) choices[keyOf(caseId, path)] = side;
  for (const { attachmentId } of review.attachments) choices[attachmentId] = side;
  return choices;
}

function toChoices(review: BackupReview, chosen: Record<string, Side>): BackupChoices {
  return {
    fromBackup: review.cases.flatMap(({ caseId, differences }) =>
      differences
        .filter(({ path }) => chosen[keyOf(caseId, path)] === 'backup')
        .map(({ path }) => ({ caseId, path })),
    ),
    attachmentsFromBackup: review.attachments
      .filter(({ attachmentId }) => chosen[attachmentId] === 'backup')
      .map(({ attachmentId }) => attachmentId),
  };
}

/**
 * The one screen of a backup's import where records differ (decision 018): for each case, every
 * differing field with this device's value and the backup's side by side, and a choice; then the
 * scans that differ. This device's values are preselected: confirming without a change alters
 * nothing here. Nothing is written until "Restore with these choices"; Cancel writes nothing.
 */
export function BackupReviewPanel({
  review,
  busy,
  invalid,
  onConfirm,
  onCancel,
}: {
  review: BackupReview;
  busy: boolean;
  /** Per case id, the paths the schema refused with the last choices. */
  invalid: ReadonlyMap<string, readonly (readonly string[])[]>;
  onConfirm: (choices: BackupChoices) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('settings');
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [chosen, setChosen] = useState<Record<string, Side>>(() => allTo(review, 'here'));
  // The screen replaces the import form: the keyboard and the screen reader start at its title.
  useEffect(() => headingRef.current?.focus(), []);
  const choose = (key: string, side: Side) => setChosen((now) => ({ ...now, [key]: side }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onConfirm(toChoices(review, chosen));
  };
  return (
    <section className="backup-review" aria-labelledby={titleId}>
      <h4 id={titleId} ref={headingRef} tabIndex={-1} className="focus-target">
        {t('backupReview.title')}
      </h4>
      <p>{t('backupReview.intro')}</p>
      {review.added > 0 ? <p>{t('backupReview.added', { count: review.added })}</p> : null}
      <form noValidate onSubmit={onSubmit}>
        <div
          className="actions backup-review-bulk"
          role="group"
          aria-label={t('backupReview.bulk')}
        >
          <span aria-hidden="true">{t('backupReview.bulk')}</span>
          <button
            type="button"
            className="button button-small"
            onClick={() => setChosen(allTo(review, 'here'))}
          >
            {t('backupReview.keepAllHere')}
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={() => setChosen(allTo(review, 'backup'))}
          >
            {t('backupReview.takeAllBackup')}
          </button>
        </div>
        {review.cases.map((caseReview) => (
          <CaseDifferences
            key={caseReview.caseId}
            caseReview={caseReview}
            attachments={review.attachments.filter(({ caseId }) => caseId === caseReview.caseId)}
            chosen={chosen}
            onChoose={choose}
            invalidPaths={invalid.get(caseReview.caseId)}
          />
        ))}
        <OtherAttachments review={review} chosen={chosen} onChoose={choose} />
        {invalid.size > 0 ? (
          <p role="alert" className="banner banner-error">
            {t('backupReview.invalid')}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('backupReview.submit')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={onCancel}>
            {t('backupReview.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

function CaseDifferences({
  caseReview,
  attachments,
  chosen,
  onChoose,
  invalidPaths,
}: {
  caseReview: CaseReview;
  attachments: readonly AttachmentReview[];
  chosen: Record<string, Side>;
  onChoose: (key: string, side: Side) => void;
  invalidPaths: readonly (readonly string[])[] | undefined;
}) {
  const { t, i18n } = useTranslation('settings');
  const titleId = useId();
  const name = useFieldName(caseReview);
  const count = caseReview.differences.length + attachments.length;
  return (
    <section className="backup-review-case" aria-labelledby={titleId}>
      <h5 id={titleId}>
        {t('backupReview.caseTitle', { label: caseReview.here.label })}{' '}
        <span className="field-hint">{t('backupReview.differences', { count })}</span>
      </h5>
      {invalidPaths ? (
        <p role="alert" className="field-error">
          {t('backupReview.invalidCase', {
            fields: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
              invalidPaths.map(name),
            ),
          })}
        </p>
      ) : null}
      {caseReview.differences.map((difference) => {
        const key = keyOf(caseReview.caseId, difference.path);
        return (
          <FieldChoice
            key={key}
            caseReview={caseReview}
            difference={difference}
            chosen={chosen[key]}
            onChoose={(side) => onChoose(key, side)}
          />
        );
      })}
      {attachments.map((attachment) => (
        <AttachmentChoice
          key={attachment.attachmentId}
          attachment={attachment}
          chosen={chosen[attachment.attachmentId]}
          onChoose={(side) => onChoose(attachment.attachmentId, side)}
        />
      ))}
    </section>
  );
}

/** Scans that differ in cases whose content is the same on both sides, under their case's label. */
function OtherAttachments({
  review,
  chosen,
  onChoose,
}: {
  review: BackupReview;
  chosen: Record<string, Side>;
  onChoose: (key: string, side: Side) => void;
}) {
  const listed = new Set(review.cases.map(({ caseId }) => caseId));
  const others = review.attachments.filter(({ caseId }) => !listed.has(caseId));
  const caseIds = [...new Set(others.map(({ caseId }) => caseId))];
  return caseIds.map((caseId) => (
    <CaseAttachments
      key={caseId}
      attachments={others.filter((attachment) => attachment.caseId === caseId)}
      chosen={chosen}
      onChoose={onChoose}
    />
  ));
}

function CaseAttachments({
  attachments,
  chosen,
  onChoose,
}: {
  attachments: readonly AttachmentReview[];
  chosen: Record<string, Side>;
  onChoose: (key: string, side: Side) => void;
}) {
  const { t } = useTranslation('settings');
  const titleId = useId();
  return (
    <section className="backup-review-case" aria-labelledby={titleId}>
      <h5 id={titleId}>
        {t('backupReview.caseTitle', { label: attachments[0]?.caseLabel ?? '' })}{' '}
        <span className="field-hint">
          {t('backupReview.differences', { count: attachments.length })}
        </span>
      </h5>
      {attachments.map((attachment) => (
        <AttachmentChoice
          key={attachment.attachmentId}
          attachment={attachment}
          chosen={chosen[attachment.attachmentId]}
          onChoose={(side) => onChoose(attachment.attachmentId, side)}
        />
      ))}
    </section>
  );
}

/** A field's name on this screen: its item's and its own, from the case form's labels. */
function useFieldName(caseReview: CaseReview): (path: readonly string[]) => string {
  const { t } = useTranslation('settings');
  const texts = useCaseFieldTexts();
  return (path) => {
    const name = texts.nameOf(path, [caseReview.here, caseReview.backup]);
    if (name?.item && name.field)
      return t('backupReview.fieldOf', { item: name.item, field: name.field });
    return name?.field ?? name?.item ?? t('backupReview.otherField', { path: path.join(' › ') });
  };
}

/** When the value last changed on a side: its timeline entry's recording, else the case's save. */
function changedAt(caseFile: CaseFile, path: readonly string[]): ['entry' | 'case', string] {
  const entry =
    path[0] === 'timeline' ? caseFile.timeline.find(({ id }) => id === path[1]) : undefined;
  return entry ? ['entry', entry.recordedAt] : ['case', caseFile.updatedAt];
}

function FieldChoice({
  caseReview,
  difference,
  chosen,
  onChoose,
}: {
  caseReview: CaseReview;
  difference: FieldDifference;
  chosen: Side | undefined;
  onChoose: (side: Side) => void;
}) {
  const { t, i18n } = useTranslation('settings');
  const texts = useCaseFieldTexts();
  const name = useFieldName(caseReview);
  const { path } = difference;
  const isWholeItem = texts.nameOf(path, [caseReview.here, caseReview.backup])?.field === undefined;
  const shown = (side: Side) => {
    const value = difference[side];
    if (value === undefined && isWholeItem)
      return side === 'here' ? t('backupReview.absentHere') : t('backupReview.absentBackup');
    return texts.showValue(path, value);
  };
  const hint = (side: Side) => {
    const [what, at] = changedAt(side === 'here' ? caseReview.here : caseReview.backup, path);
    return t(`backupReview.${side}.${what}`, { when: formatInstant(at, i18n.language) });
  };
  const sides = (['here', 'backup'] as const).map((side) => ({
    value: shown(side),
    hint: hint(side),
    accessibleName:
      side === 'here'
        ? t('backupReview.keepHere', { value: shown(side) })
        : t('backupReview.takeBackup', { value: shown(side) }),
  }));
  return (
    <ValueChoice
      legend={name(path)}
      sides={sides}
      chosen={chosen === 'backup' ? 1 : chosen === 'here' ? 0 : undefined}
      onChoose={(index) => onChoose(index === 1 ? 'backup' : 'here')}
    />
  );
}

function AttachmentChoice({
  attachment,
  chosen,
  onChoose,
}: {
  attachment: AttachmentReview;
  chosen: Side | undefined;
  onChoose: (side: Side) => void;
}) {
  const { t, i18n } = useTranslation(['settings', 'documents']);
  const line = i18n.exists(`documents:lines.${attachment.lineCode}.label`)
    ? t(`documents:lines.${attachment.lineCode}.label` as 'documents:title')
    : attachment.lineCode;
  const sides = (['here', 'backup'] as const).map((side) => {
    const { fileName, size, updatedAt } = attachment[side];
    const value = t('settings:backupReview.fileValue', {
      name: fileName,
      size: formatFileSize(size, i18n.language),
    });
    return {
      value,
      hint: t(`settings:backupReview.${side}.file`, {
        when: formatInstant(updatedAt, i18n.language),
      }),
      accessibleName:
        side === 'here'
          ? t('settings:backupReview.keepHere', { value })
          : t('settings:backupReview.takeBackup', { value }),
    };
  });
  return (
    <ValueChoice
      legend={t('settings:backupReview.file', { line })}
      sides={sides}
      chosen={chosen === 'backup' ? 1 : chosen === 'here' ? 0 : undefined}
      onChoose={(index) => onChoose(index === 1 ? 'backup' : 'here')}
    />
  );
}
