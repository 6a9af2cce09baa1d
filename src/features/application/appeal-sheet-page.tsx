import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  dateOfEvent,
  getRule,
  isAppealDeadline,
  type CaseEvent,
  type CaseFile,
} from '../../domain';
import { formatPlainDate } from '../../i18n/format';
import { useDeadlineTexts } from '../../i18n/use-deadline-texts';
import { useRuleBasisText } from '../../i18n/use-rule-basis-text';
import { useCaseOverview } from '../../queries/case-overviews';
import { caseQueries } from '../../queries/case-queries';
import { PageTitle } from '../../ui/page-title';
import { useToday } from '../../ui/use-today';
import { useAttachmentCounts } from './use-attachment-counts';
import './application.css';

const DECISIONS = new Set<CaseEvent['type']>([
  'decision',
  'oqtf-notified',
  'order-to-leave-notified',
]);

/** One page for the lawyer: the decisions, the appeal deadlines and their rules, what is held. */
function AppealSheet({ caseFile }: { caseFile: CaseFile }) {
  const { t, i18n } = useTranslation(['application', 'cases', 'assessment', 'documents', 'common']);
  const today = useToday();
  const describe = useDeadlineTexts();
  const ruleBasisText = useRuleBasisText();
  const { assessed, deadlines } = useCaseOverview(caseFile, today);
  const { counts } = useAttachmentCounts(caseFile.id);
  const date = (value: string) => formatPlainDate(value, i18n.language);
  const byDate = [...caseFile.timeline].sort((a, b) =>
    dateOfEvent(a.event).localeCompare(dateOfEvent(b.event)),
  );
  const decisions = byDate.filter(({ event }) => DECISIONS.has(event.type));
  const appealsFiled = byDate.filter(({ event }) => event.type === 'appeal-filed');
  const appeals = deadlines.filter((deadline) => isAppealDeadline(deadline.code));
  const held = assessed.ok
    ? assessed.assessment.checklist.filter(
        (item) =>
          caseFile.documents[item.code]?.status === 'received' || (counts[item.code] ?? 0) > 0,
      )
    : [];
  const describeEvent = (event: CaseEvent) => {
    const type = t(`cases:timeline.types.${event.type}`);
    if (event.type === 'decision')
      return `${type} · ${t(`cases:timeline.outcomes.${event.outcome}`)}`;
    if (event.type === 'oqtf-notified')
      return [
        type,
        t(`cases:timeline.situations.${event.situation}`),
        event.departurePeriod === undefined
          ? undefined
          : `${t('cases:timeline.departurePeriod')} — ${t(`cases:timeline.departurePeriods.${event.departurePeriod ? 'yes' : 'no'}`)}`,
        event.at,
      ]
        .filter(Boolean)
        .join(' · ');
    if (event.type === 'appeal-filed')
      return `${type} · ${t(`cases:timeline.targets.${event.against}`)} · ${t(`cases:timeline.courts.${event.court}`)}`;
    return type;
  };

  return (
    <div className="dossier">
      <section className="dossier-cover">
        <p className="dossier-kicker">{t('appealSheet.title')}</p>
        <p className="dossier-case">
          {t('dossier.caseNumber')} <strong>{caseFile.label}</strong>
        </p>
        <p>{t(`common:pathway.${caseFile.pathway}`)}</p>
        <p>{t('dossier.preparedOn', { date: date(today) })}</p>
        <p className="dossier-confidential">{t('dossier.confidential')}</p>
      </section>
      <section>
        <h2>{t('appealSheet.decisions')}</h2>
        {decisions.length === 0 ? <p>{t('appealSheet.none')}</p> : null}
        <table className="table">
          <tbody>
            {decisions.map(({ id, event }) => (
              <tr key={id}>
                <th scope="row">{date(dateOfEvent(event))}</th>
                <td>{describeEvent(event)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2>{t('appealSheet.deadlines')}</h2>
        {appeals.length === 0 ? <p>{t('appealSheet.noAppeal')}</p> : null}
        <table className="table">
          <tbody>
            {appeals.map((deadline) => {
              const texts = describe(deadline);
              return (
                <tr key={deadline.code}>
                  <th scope="row">{texts.title}</th>
                  <td>
                    {texts.dates} · {texts.remaining}
                    <br />
                    {ruleBasisText(
                      deadline.basis.map((id) => ({ id, entry: getRule(id, today) })),
                    ).join(' — ')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p>{t('assessment:appeals.notificationPrevails')}</p>
        <p>{t('assessment:appeals.conservative')}</p>
      </section>
      <section>
        <h2>{t('appealSheet.appeals')}</h2>
        {appealsFiled.length === 0 ? <p>{t('appealSheet.none')}</p> : null}
        <table className="table">
          <tbody>
            {appealsFiled.map(({ id, event }) => (
              <tr key={id}>
                <th scope="row">{date(dateOfEvent(event))}</th>
                <td>{describeEvent(event)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2>{t('appealSheet.documents')}</h2>
        {held.length === 0 ? <p>{t('appealSheet.none')}</p> : null}
        <ul>
          {held.map((item) => (
            <li key={item.code}>
              {t(`documents:lines.${item.code}.label` as 'documents:lines.ephoto.label', {
                defaultValue: item.code,
              })}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** The appeal sheet, laid out for paper: the browser prints it or saves it as PDF. */
export function AppealSheetPage() {
  const { t } = useTranslation(['application', 'common']);
  const { caseId = '' } = useParams();
  const caseFile = useQuery(caseQueries.detail(caseId));
  if (caseFile.isPending) return <p>{t('common:loading')}</p>;
  if (!caseFile.data) return <p>{t('common:notFound.title')}</p>;
  return (
    <article>
      <div className="no-print">
        <Link to={`/cases/${caseId}`} className="back-link">
          {t('back')}
        </Link>
        <PageTitle appName={t('common:appName')}>{t('appealSheet.title')}</PageTitle>
        <p>{t('appealSheet.intro')}</p>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => window.print()}>
            {t('appealSheet.print')}
          </button>
        </div>
      </div>
      <AppealSheet caseFile={caseFile.data} />
    </article>
  );
}
