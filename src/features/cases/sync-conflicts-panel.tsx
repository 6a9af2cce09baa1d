import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant, formatPlainDate } from '../../i18n/format';
import {
  useCaseSyncConflicts,
  useSettleSyncConflict,
  type CaseConflict,
  type ConflictClash,
  type ConflictSide,
} from '../../queries/conflict-queries';

/** The case form's labels, by path, for the fields a clash names (others are named generically). */
const FIELD_LABELS = {
  label: 'form.identity.label',
  worker: 'form.identity.worker',
  'identity.givenNames': 'form.identity.givenNames',
  'identity.birthNames': 'form.identity.birthNames',
  'identity.usualName': 'form.identity.usualName',
  'identity.sex': 'form.identity.sex',
  'identity.birthPlace': 'form.identity.birthPlace',
  'identity.birthCountry': 'form.identity.birthCountry',
  'identity.nationality': 'form.identity.nationality',
  'person.birthDate': 'form.identity.birthDate',
  'person.arrivedOn': 'form.housing.arrivedOn',
  'housing.address': 'form.housing.address',
  'housing.hostName': 'form.housing.hostName',
  'contact.phone': 'form.contact.phone',
  'contact.email': 'form.contact.email',
  'proceedings.court': 'form.proceedings.court',
  'proceedings.prosecutorReference': 'form.proceedings.prosecutorReference',
  'proceedings.lawyer': 'form.proceedings.lawyer',
  plannedFilingOn: 'form.plannedFilingOn',
  notes: 'form.notes',
} as const;

function isLabelled(path: string): path is keyof typeof FIELD_LABELS {
  return path in FIELD_LABELS;
}

/**
 * The conflicts of this case with a colleague's version (issue 14): each clash with both values,
 * who made each and when; the worker chooses, and the choice goes to every colleague's device.
 * Nothing is chosen for them; the case can be edited as usual afterwards.
 */
export function SyncConflictsPanel({ caseId }: { caseId: string }) {
  const conflicts = useCaseSyncConflicts(caseId);
  if (conflicts.length === 0) return null;
  return (
    <>
      {conflicts.map((conflict) => (
        <ConflictForm key={conflict.key} conflict={conflict} />
      ))}
    </>
  );
}

function ConflictForm({ conflict }: { conflict: CaseConflict }) {
  const { t } = useTranslation('cases');
  const titleId = useId();
  const settle = useSettleSyncConflict();
  const [chosen, setChosen] = useState<Record<string, 0 | 1>>({});
  const [missing, setMissing] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const choices = conflict.clashes.map((clash) => {
      const side = chosen[clash.path.join('.')];
      return side === undefined ? undefined : { path: clash.path, value: clash.sides[side].value };
    });
    if (choices.some((choice) => choice === undefined)) {
      setMissing(true);
      return;
    }
    setMissing(false);
    settle.mutate({ conflict, choices: choices.filter((choice) => choice !== undefined) });
  };
  return (
    <section className="panel sync-conflict" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('syncConflict.title', { count: conflict.clashes.length })}</h2>
      <p>
        {conflict.origin === 'here'
          ? t('syncConflict.introHere')
          : t('syncConflict.introColleague', {
              who: conflict.foundBy ?? t('syncConflict.someone'),
            })}
      </p>
      <form noValidate onSubmit={onSubmit}>
        {conflict.clashes.map((clash) => (
          <ClashChoiceField
            key={clash.path.join('.')}
            clash={clash}
            chosen={chosen[clash.path.join('.')]}
            onChoose={(side) => setChosen((now) => ({ ...now, [clash.path.join('.')]: side }))}
          />
        ))}
        {missing ? (
          <p role="alert" className="field-error">
            {t('syncConflict.chooseEach')}
          </p>
        ) : null}
        {settle.isError ? (
          <p role="alert" className="banner banner-error">
            {t('syncConflict.failed')}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={settle.isPending}>
            {t('syncConflict.keep')}
          </button>
        </div>
      </form>
    </section>
  );
}

function ClashChoiceField({
  clash,
  chosen,
  onChoose,
}: {
  clash: ConflictClash;
  chosen: 0 | 1 | undefined;
  onChoose: (side: 0 | 1) => void;
}) {
  const { t } = useTranslation('cases');
  const name = useId();
  const path = clash.path.join('.');
  const label =
    clash.path.length === 0
      ? t('syncConflict.wholeCase')
      : isLabelled(path)
        ? t(FIELD_LABELS[path])
        : t('syncConflict.otherField', { path: clash.path.join(' › ') });
  return (
    <fieldset className="sync-conflict-clash">
      <legend>{label}</legend>
      <div className="sync-conflict-sides">
        {clash.sides.map((side, index) => (
          <div key={index} className="choice sync-conflict-side">
            <input
              id={`${name}-${String(index)}`}
              type="radio"
              name={name}
              checked={chosen === index}
              onChange={() => onChoose(index === 0 ? 0 : 1)}
            />
            <label htmlFor={`${name}-${String(index)}`}>
              <strong className="sync-conflict-value">
                <ShownValue side={side} whole={clash.path.length === 0} />
              </strong>{' '}
              <span className="field-hint">
                <Author side={side} />
              </span>
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function ShownValue({ side, whole }: { side: ConflictSide; whole: boolean }) {
  const { t, i18n } = useTranslation('cases');
  if (whole) return side.deleted ? t('syncConflict.deleted') : t('syncConflict.kept');
  const { value } = side;
  if (value === undefined || value === null || value === '') return t('syncConflict.empty');
  if (typeof value === 'boolean') return value ? t('syncConflict.yes') : t('syncConflict.no');
  if (typeof value === 'string')
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatPlainDate(value, i18n.language) : value;
  if (typeof value === 'number') return new Intl.NumberFormat(i18n.language).format(value);
  return t('syncConflict.changed');
}

function Author({ side }: { side: ConflictSide }) {
  const { t, i18n } = useTranslation('cases');
  const who = side.here ? t('syncConflict.you') : (side.changedBy ?? t('syncConflict.someone'));
  return side.changedAt
    ? t('syncConflict.by', { who, when: formatInstant(side.changedAt, i18n.language) })
    : t('syncConflict.byOnly', { who });
}
