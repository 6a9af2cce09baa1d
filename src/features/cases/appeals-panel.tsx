import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  findAppealInformation,
  findDeparturePeriodEnd,
  isAppealDeadline,
  type CaseEvent,
  type CaseFile,
} from '../../domain';
import { formatPlainDate } from '../../i18n/format';
import { useDeadlineTexts } from '../../i18n/use-deadline-texts';
import { useCaseOverview } from '../../queries/case-overviews';
import { useToday } from '../../ui/use-today';
import { RuleBasis } from './rule-basis';

type OqtfEvent = Extract<CaseEvent, { type: 'oqtf-notified' }>;

/** The latest OQTF notified, whose details (hour, departure period) the appeal line shows. */
function latestOqtf(caseFile: CaseFile): OqtfEvent | undefined {
  let latest: OqtfEvent | undefined;
  for (const { event } of caseFile.timeline)
    if (event.type === 'oqtf-notified' && (!latest || event.on >= latest.on)) latest = event;
  return latest;
}

/**
 * After a refusal or a removal order, the appeal deadline is the first thing on the case: with its
 * rule, the hour in rétention, the departure period, what the app cannot know, and a lawyer to call.
 */
export function AppealsPanel({ caseFile }: { caseFile: CaseFile }) {
  const { t, i18n } = useTranslation('assessment');
  const today = useToday();
  const describe = useDeadlineTexts();
  const { assessed, deadlines } = useCaseOverview(caseFile, today);
  const appeals = deadlines.filter((deadline) => isAppealDeadline(deadline.code));
  if (!assessed.ok || appeals.length === 0) return null;
  const date = (value: string) => formatPlainDate(value, i18n.language);
  const oqtf = latestOqtf(caseFile);
  const inReflection = assessed.assessment.findings.some(
    (finding) => finding.code === 'in-reflection-period',
  );
  const running = appeals.some((deadline) => deadline.status !== 'met');
  return (
    <section
      className={`panel appeals ${running ? 'appeals-running' : ''}`}
      aria-labelledby="appeals-title"
    >
      <h2 id="appeals-title">{t('appeals.title')}</h2>
      <ul className="deadlines">
        {appeals.map((deadline) => {
          const texts = describe(deadline);
          const isOqtf = deadline.code === 'fr.appeal.oqtf' && oqtf !== undefined;
          return (
            <li key={deadline.code} className={`deadline deadline-${deadline.status}`}>
              <span className="deadline-title">{texts.title}</span>
              <span className="deadline-dates">
                {deadline.endsAt
                  ? // FR-A8: 48 hours counted by the hour from the notification.
                    t('appeals.retentionUntil', {
                      time: deadline.endsAt.at,
                      date: date(deadline.endsAt.on),
                    })
                  : texts.dates}
              </span>
              <span className="deadline-remaining">{texts.remaining}</span>
              <RuleBasis ids={deadline.basis} today={today} />
              {isOqtf && oqtf.departurePeriod === true && deadline.status !== 'met' ? (
                <p className="field-hint">
                  {t('appeals.departurePeriod', {
                    date: date(findDeparturePeriodEnd(oqtf.on)),
                  })}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      {running ? (
        <div className="banner banner-warning">
          <p>
            <strong>{t('appeals.lawyer')}</strong>
          </p>
          <p>{t('appeals.notificationPrevails')}</p>
          <p>{t('appeals.conservative')}</p>
        </div>
      ) : null}
      <h3>{t('info.title')}</h3>
      <ul className="findings">
        {findAppealInformation(
          appeals.map((deadline) => deadline.code),
          inReflection,
        ).map((id) => (
          <li key={id} className="finding finding-info">
            <p>{t(`info.${id as 'FR-A2'}`)}</p>
            <RuleBasis ids={[id]} today={today} />
          </li>
        ))}
      </ul>
      <p className="actions">
        <Link to={`/cases/${caseFile.id}/appeal`} className="button">
          {t('appeals.sheet')}
        </Link>
      </p>
    </section>
  );
}
