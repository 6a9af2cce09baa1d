import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../i18n/format';
import { useCaseFieldTexts } from '../../i18n/use-case-field-texts';
import {
  useCaseSyncConflicts,
  useSettleSyncConflict,
  type CaseConflict,
  type ConflictClash,
  type ConflictSide,
} from '../../queries/conflict-queries';
import { ValueChoice } from '../../ui/value-choice';

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
  const texts = useCaseFieldTexts();
  const whole = clash.path.length === 0;
  const name = texts.nameOf(clash.path, []);
  // Paths inside an item (a timeline entry) keep the generic name: the clash holds no item to name.
  const label = whole
    ? t('syncConflict.wholeCase')
    : name?.field && !name.item
      ? name.field
      : t('syncConflict.otherField', { path: clash.path.join(' › ') });
  const shown = (side: ConflictSide) =>
    whole
      ? side.deleted
        ? t('syncConflict.deleted')
        : t('syncConflict.kept')
      : texts.showValue(clash.path, side.value);
  return (
    <ValueChoice
      legend={label}
      sides={clash.sides.map((side) => ({ value: shown(side), hint: <Author side={side} /> }))}
      chosen={chosen}
      onChoose={(side) => onChoose(side === 0 ? 0 : 1)}
    />
  );
}

function Author({ side }: { side: ConflictSide }) {
  const { t, i18n } = useTranslation('cases');
  const who = side.here ? t('syncConflict.you') : (side.changedBy ?? t('syncConflict.someone'));
  return side.changedAt
    ? t('syncConflict.by', { who, when: formatInstant(side.changedAt, i18n.language) })
    : t('syncConflict.byOnly', { who });
}
