import { useTranslation } from 'react-i18next';
import {
  dateOfEvent,
  findDeparturePeriodEnd,
  getRule,
  isAppealDeadline,
  type CaseEvent,
  type CaseFile,
  type TimelineEntry,
} from '../../domain';
import { formatPlainDate } from '../../i18n/format';
import { useDeadlineTexts } from '../../i18n/use-deadline-texts';
import { useRuleBasisText } from '../../i18n/use-rule-basis-text';
import { useCaseOverview } from '../../queries/case-overviews';
import { useToday } from '../../ui/use-today';
import { PrintCover, PrintPage } from './print-page';
import { useAttachmentCounts } from './use-attachment-counts';
import './application.css';

const DECISIONS = new Set<CaseEvent['type']>([
  'decision',
  'oqtf-notified',
  'order-to-leave-notified',
]);

/** Dated events in a table, oldest first, or a sentence saying there are none. */
function EventTable({
  title,
  empty,
  entries,
  describe,
}: {
  title: string;
  empty: string;
  entries: readonly TimelineEntry[];
  describe: (event: CaseEvent) => string;
}) {
  const { i18n } = useTranslation('application');
  return (
    <section>
      <h2>{title}</h2>
      {entries.length === 0 ? <p>{empty}</p> : null}
      <table className="table">
        <tbody>
          {entries.map(({ id, event }) => (
            <tr key={id}>
              <th scope="row">{formatPlainDate(dateOfEvent(event), i18n.language)}</th>
              <td>{describe(event)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

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
  // FR-A10: the departure period of the latest OQTF, when one was granted.
  const lastOqtf = decisions.findLast(({ event }) => event.type === 'oqtf-notified')?.event;
  const departureEnd =
    lastOqtf?.type === 'oqtf-notified' && lastOqtf.departurePeriod === true
      ? findDeparturePeriodEnd(lastOqtf.on)
      : undefined;
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
      <PrintCover kicker={t('appealSheet.title')} caseFile={caseFile} today={today} />
      <EventTable
        title={t('appealSheet.decisions')}
        empty={t('appealSheet.noDecision')}
        entries={decisions}
        describe={describeEvent}
      />
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
        {departureEnd ? (
          <p>{t('assessment:appeals.departurePeriod', { date: date(departureEnd) })}</p>
        ) : null}
        <p>{t('assessment:appeals.notificationPrevails')}</p>
        <p>{t('assessment:appeals.conservative')}</p>
      </section>
      <EventTable
        title={t('appealSheet.appeals')}
        empty={t('appealSheet.noAppealFiled')}
        entries={appealsFiled}
        describe={describeEvent}
      />
      <section>
        <h2>{t('appealSheet.documents')}</h2>
        {held.length === 0 ? <p>{t('appealSheet.noDocument')}</p> : null}
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
  const { t } = useTranslation('application');
  return (
    <PrintPage
      title={t('appealSheet.title')}
      intro={t('appealSheet.intro')}
      printLabel={t('appealSheet.print')}
      backTo={(caseId) => `/cases/${caseId}`}
    >
      {(caseFile) => <AppealSheet caseFile={caseFile} />}
    </PrintPage>
  );
}
