import { useTranslation } from 'react-i18next';
import { isAppealDeadline, isMilestone, type CaseFile } from '../../domain';
import { formatPlainDate } from '../../i18n/format';
import { useDeadlineTexts } from '../../i18n/use-deadline-texts';
import { useCaseOverview } from '../../queries/case-overviews';
import { useToday } from '../../ui/use-today';
import { RuleBasis } from './rule-basis';

/** The verdict, each finding in plain words, and every deadline, each with its rules. */
export function AssessmentPanel({ caseFile }: { caseFile: CaseFile }) {
  const { t, i18n } = useTranslation('assessment');
  const today = useToday();
  const describe = useDeadlineTexts();
  const { assessed, deadlines } = useCaseOverview(caseFile, today);
  if (!assessed.ok) {
    return (
      <section className="panel" aria-labelledby="assessment-title">
        <h2 id="assessment-title">{t('title')}</h2>
        <p role="alert" className="banner banner-error">
          {t('invalid', { field: assessed.error.field })}
        </p>
      </section>
    );
  }
  const { assessment } = assessed;
  // The appeal deadlines have their own panel, first on the case (appeals-panel.tsx).
  const shown = deadlines.filter((deadline) => !isAppealDeadline(deadline.code));
  return (
    <section className="panel assessment" aria-labelledby="assessment-title">
      <h2 id="assessment-title">{t('title')}</h2>
      <p className={`verdict verdict-${assessment.verdict}`}>
        <span className="verdict-label">{t('verdict.label')}</span>{' '}
        <strong>{t(`verdict.${assessment.verdict}`)}</strong>
      </p>
      <p className="field-hint">
        {t('computedOn', { date: formatPlainDate(today, i18n.language) })}
      </p>
      <h3>{t('findingsTitle')}</h3>
      {assessment.findings.length === 0 ? <p>{t('noFinding')}</p> : null}
      <ul className="findings">
        {assessment.findings.map((finding) => (
          <li key={finding.code} className={`finding finding-${finding.effect}`}>
            <span className="effect">{t(`effect.${finding.effect}`)}</span>
            <p>{t(`finding.${finding.code}`)}</p>
            <RuleBasis ids={finding.basis} today={today} />
          </li>
        ))}
      </ul>
      <h3>{t('deadlinesTitle')}</h3>
      {shown.length === 0 ? <p>{t('noDeadline')}</p> : null}
      <ul className="deadlines">
        {shown.map((deadline) => {
          const milestone = isMilestone(deadline.code);
          const texts = describe({ ...deadline, milestone });
          return (
            <li
              key={deadline.code}
              className={`deadline deadline-${milestone && deadline.status !== 'met' ? 'milestone' : deadline.status}`}
            >
              <span className="deadline-title">{texts.title}</span>
              <span className="deadline-dates">{texts.dates}</span>
              <span className="deadline-remaining">{texts.remaining}</span>
              <RuleBasis ids={deadline.basis} today={today} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
