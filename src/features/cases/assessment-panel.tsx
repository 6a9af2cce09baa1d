import { useTranslation } from 'react-i18next';
import {
  dateOfEvent,
  isAppealDeadline,
  isMilestone,
  type CaseEvent,
  type CaseFile,
} from '../../domain';
import { formatPlainDate } from '../../i18n/format';
import { useDeadlineTexts } from '../../i18n/use-deadline-texts';
import { useCaseOverview } from '../../queries/case-overviews';
import { useToday } from '../../ui/use-today';
import { RuleBasis } from './rule-basis';

/** Events that can answer a deadline (a step taken), in the order a worker would name them. */
const ANSWERING_EVENTS: readonly CaseEvent['type'][] = [
  'complaint-filed',
  'testimony-given',
  'application-filed',
  'complement-answered',
  'appeal-filed',
  'decision',
  'permit-issued',
  'prolongation-issued',
];

/** The step on the timeline that answered a deadline on `on`: the day and the kind of event. */
function findAnsweringEvent(caseFile: CaseFile, on: string): CaseEvent['type'] | undefined {
  const that = new Set(
    caseFile.timeline.filter((entry) => dateOfEvent(entry.event) === on).map((e) => e.event.type),
  );
  return ANSWERING_EVENTS.find((type) => that.has(type));
}

/** "Plainte déposée" inside a sentence: "plainte déposée" (proper nouns further on kept). */
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);

/** The verdict, each finding in plain words, and every deadline, each with its rules. */
export function AssessmentPanel({ caseFile }: { caseFile: CaseFile }) {
  const { t, i18n } = useTranslation(['assessment', 'cases']);
  const today = useToday();
  const describe = useDeadlineTexts();
  const { assessed, deadlines } = useCaseOverview(caseFile, today);
  if (!assessed.ok) {
    return (
      <section id="case-assessment" className="panel" aria-labelledby="assessment-title">
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
  const textsOf = (deadline: (typeof shown)[number]) => {
    const answering = deadline.answeredOn
      ? findAnsweringEvent(caseFile, deadline.answeredOn)
      : undefined;
    return describe({
      ...deadline,
      milestone: isMilestone(deadline.code),
      answeredBy: answering ? lowerFirst(t(`cases:timeline.types.${answering}`)) : undefined,
    });
  };
  // An overdue deadline is never left beside "nothing to flag": the screen says it.
  const overdue = shown.filter(
    (deadline) => deadline.status === 'overdue' && !isMilestone(deadline.code),
  );
  return (
    <section id="case-assessment" className="panel assessment" aria-labelledby="assessment-title">
      <h2 id="assessment-title">{t('title')}</h2>
      <p className={`verdict verdict-${assessment.verdict}`}>
        <span className="verdict-label">{t('verdict.label')}</span>{' '}
        <strong>{t(`verdict.${assessment.verdict}`)}</strong>
      </p>
      <p className="field-hint">
        {t('computedOn', { date: formatPlainDate(today, i18n.language) })}
      </p>
      <h3>{t('findingsTitle')}</h3>
      {assessment.findings.length === 0 && overdue.length === 0 ? <p>{t('noFinding')}</p> : null}
      {assessment.findings.length === 0 && overdue.length > 0 ? (
        <p className="finding finding-overdue">
          {t('overdueUnflagged', {
            count: overdue.length,
            titles: overdue.map((deadline) => textsOf(deadline).title).join(', '),
          })}
        </p>
      ) : null}
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
          const texts = textsOf(deadline);
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
