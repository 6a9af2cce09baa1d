import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  getRule,
  isAppealDeadline,
  isMilestone,
  toCaseReference,
  type Urgency,
} from '../../domain';
import { formatPlainDate } from '../../i18n/format';
import { useDeadlineTexts } from '../../i18n/use-deadline-texts';
import { useRuleBasisText } from '../../i18n/use-rule-basis-text';
import { useCaseOverviews } from '../../queries/case-overviews';
import { downloadFile } from '../../ui/download';
import { PageTitle } from '../../ui/page-title';
import { useToday } from '../../ui/use-today';
import { collectAppointments } from './collect-appointments';
import { collectDeadlines, type CaseDeadline } from './collect-deadlines';
import { collectDocumentExpiries } from './collect-document-expiries';
import { buildCalendar, toCalendarDeadlines } from './ics';
import './deadlines.css';

/** The dashboard's groups, in order: the appeals open it; milestones are not tasks. */
const GROUPS = ['appeals', 'overdue', 'week', 'month', 'later', 'milestones', 'met'] as const;
type Group = (typeof GROUPS)[number];

function groupOf(deadline: CaseDeadline): Group {
  if (deadline.status !== 'met' && isAppealDeadline(deadline.code)) return 'appeals';
  if (deadline.status !== 'met' && isMilestone(deadline.code)) return 'milestones';
  return deadline.urgency satisfies Urgency;
}

function rowClassOf(deadline: CaseDeadline): string {
  const milestone = isMilestone(deadline.code) && deadline.status !== 'met';
  return `deadline deadline-${milestone ? 'milestone' : deadline.status}`;
}

/** What a row says: the case, the deadline, its dates, the time left, and its legal basis. */
function DeadlineRowContent({ deadline, today }: { deadline: CaseDeadline; today: string }) {
  const texts = useDeadlineTexts()({ ...deadline, milestone: isMilestone(deadline.code) });
  const ruleBasisText = useRuleBasisText();
  return (
    <>
      <Link to={`/cases/${deadline.caseId}`} className="deadline-case">
        {deadline.caseLabel}
      </Link>
      <span className="deadline-title">{texts.title}</span>
      <span className="deadline-dates">{texts.dates}</span>
      <span className="deadline-remaining">{texts.remaining}</span>
      <span className="rule-basis">
        {ruleBasisText(deadline.basis.map((id) => ({ id, entry: getRule(id, today) }))).join(' — ')}
      </span>
    </>
  );
}

/** Up to this many rows, a group shows them all; past it, only those in view (issue 13). */
const ALL_ROWS_UP_TO = 40;
/** A row's height before it is measured (a title, dates, the time left and the rule: ~4 lines). */
const ESTIMATED_ROW_HEIGHT = 112;

const keyOf = (deadline: CaseDeadline) => `${deadline.caseId}-${deadline.code}`;

/** A short group: every row in the page. */
function AllDeadlineRows({ items, today }: { items: readonly CaseDeadline[]; today: string }) {
  return (
    <ul className="deadlines">
      {items.map((deadline) => (
        <li key={keyOf(deadline)} className={rowClassOf(deadline)}>
          <DeadlineRowContent deadline={deadline} today={today} />
        </li>
      ))}
    </ul>
  );
}

/**
 * A long group (thousands of deadlines across 10,000 cases): it scrolls in a box of its own and
 * puts only the rows in view in the page, each measured as it shows, so the dashboard opens as
 * fast with 3,000 deadlines as with 30.
 */
function VirtualDeadlineRows({
  items,
  today,
  label,
}: {
  items: readonly CaseDeadline[];
  today: string;
  label: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app is not built with the React Compiler, and the virtualizer's functions stay in this
  // component (never passed to a memoized child): nothing here can go stale.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 6,
  });
  return (
    <div ref={scrollRef} className="deadlines-scroll" tabIndex={-1}>
      <ul
        className="deadlines deadlines-virtual"
        aria-label={label}
        style={{ blockSize: `${virtualizer.getTotalSize()}px` }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const deadline = items[item.index];
          if (!deadline) return null;
          return (
            <li
              key={keyOf(deadline)}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className={rowClassOf(deadline)}
              aria-setsize={items.length}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <DeadlineRowContent deadline={deadline} today={today} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** One group of the dashboard, its deadlines soonest first, with notes when it has some. */
function DeadlineGroup({
  group,
  items,
  today,
  children,
}: {
  group: Group;
  items: readonly CaseDeadline[];
  today: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation('deadlines');
  return (
    <section className="panel" aria-labelledby={`deadlines-${group}`}>
      <h2 id={`deadlines-${group}`}>{t(`groups.${group}`, { count: items.length })}</h2>
      {children}
      {items.length > ALL_ROWS_UP_TO ? (
        <VirtualDeadlineRows
          items={items}
          today={today}
          label={t(`groups.${group}`, { count: items.length })}
        />
      ) : (
        <AllDeadlineRows items={items} today={today} />
      )}
    </section>
  );
}

export function DeadlinesPage() {
  const { t, i18n } = useTranslation(['deadlines', 'common', 'assessment', 'documents', 'cases']);
  const today = useToday();
  const showMetId = useId();
  const [showMet, setShowMet] = useState(false);
  const cases = useCaseOverviews(today);
  const deadlines = useMemo(
    () => (cases.overviews ? collectDeadlines(cases.overviews) : []),
    [cases.overviews],
  );
  const groups = GROUPS.filter((group) => group !== 'met' || showMet).map((group) => ({
    group,
    items: deadlines.filter((deadline) => groupOf(deadline) === group),
  }));
  const appeals = groups.find(({ group }) => group === 'appeals')?.items ?? [];
  const upcoming = deadlines.filter((deadline) => deadline.status !== 'met');
  const expiries = useMemo(
    () => (cases.overviews ? collectDocumentExpiries(cases.overviews) : []),
    [cases.overviews],
  );

  // Today and later, soonest first: the worker's agenda across cases.
  const appointments = useMemo(
    () => (cases.overviews ? collectAppointments(cases.overviews, today) : []),
    [cases.overviews, today],
  );

  const exportCalendar = () => {
    const calendar = buildCalendar(
      toCalendarDeadlines(upcoming, (deadline, moment) => {
        const kind = t(`assessment:deadline.${deadline.code}`);
        return {
          summary: t('calendar.summary', {
            reference: toCaseReference(deadline.caseId),
            kind: deadline.opens
              ? t(moment === 'opens' ? 'calendar.windowOpens' : 'calendar.windowCloses', { kind })
              : kind,
          }),
          description: t('calendar.description', { rules: deadline.basis.join(', ') }),
        };
      }),
      new Date(),
      // No personal data: the kind and the case reference, never the place, note or interpreter.
      appointments.map((appointment) => ({
        uid: `${appointment.caseId}-appointment-${appointment.id}`,
        on: appointment.on,
        at: appointment.at,
        timeZone: appointment.timeZone,
        summary: t('calendar.summary', {
          reference: appointment.caseReference,
          kind: t('calendar.appointment', {
            kind: t(`cases:appointments.kinds.${appointment.kind}`),
          }),
        }),
        description: t('calendar.appointmentDescription'),
      })),
    );
    downloadFile('passerelle-echeances.ics', calendar, 'text/calendar');
  };

  return (
    <section>
      <div className="page-head">
        <PageTitle appName={t('common:appName')}>{t('title')}</PageTitle>
        <button
          type="button"
          className="button"
          onClick={exportCalendar}
          disabled={upcoming.length === 0 && appointments.length === 0}
        >
          {t('calendar.export')}
        </button>
      </div>
      <p className="field-hint">{t('calendar.privacy')}</p>
      <label className="choice" htmlFor={showMetId}>
        <input
          id={showMetId}
          type="checkbox"
          checked={showMet}
          onChange={(event) => setShowMet(event.target.checked)}
        />
        {t('showMet')}
      </label>
      {cases.isPending ? <p>{t('common:loading')}</p> : null}
      {cases.overviews && upcoming.length === 0 && !showMet ? (
        <p className="empty">{t('empty')}</p>
      ) : null}
      {appeals.length > 0 ? (
        <DeadlineGroup group="appeals" items={appeals} today={today}>
          <div className="banner banner-warning">
            <p>
              <strong>{t('assessment:appeals.lawyer')}</strong>
            </p>
            <p>{t('assessment:appeals.notificationPrevails')}</p>
            <p>{t('assessment:appeals.conservative')}</p>
          </div>
        </DeadlineGroup>
      ) : null}
      {appointments.length > 0 ? (
        <section className="panel" aria-labelledby="deadlines-appointments">
          <h2 id="deadlines-appointments">
            {t('appointments.title', { count: appointments.length })}
          </h2>
          <ul className="deadlines">
            {appointments.map((appointment) => (
              <li key={`${appointment.caseId}-${appointment.id}`} className="deadline">
                <Link to={`/cases/${appointment.caseId}`} className="deadline-case">
                  {t('appointments.case', { reference: appointment.caseReference })}
                </Link>
                <span className="deadline-title">
                  {t(`cases:appointments.kinds.${appointment.kind}`)}
                </span>
                <span className="deadline-dates">
                  <time dateTime={`${appointment.on}T${appointment.at}`}>
                    {t('appointments.when', {
                      date: formatPlainDate(appointment.on, i18n.language),
                      time: appointment.at,
                    })}
                  </time>
                </span>
                {appointment.place ? <span>{appointment.place}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {expiries.length > 0 ? (
        <section className="panel" aria-labelledby="deadlines-documents">
          <h2 id="deadlines-documents">{t('documents.title', { count: expiries.length })}</h2>
          <ul className="deadlines">
            {expiries.map((expiry) => (
              <li key={`${expiry.caseId}-${expiry.code}`} className="deadline deadline-overdue">
                <Link to={`/cases/${expiry.caseId}`} className="deadline-case">
                  {expiry.caseLabel}
                </Link>
                <span className="deadline-title">
                  {t(`documents:lines.${expiry.code}.label` as 'documents:lines.ephoto.label', {
                    defaultValue: expiry.code,
                  })}
                </span>
                <span>
                  {expiry.reason === 'expired' && expiry.validUntil
                    ? t('documents.expiredBeforeFiling', {
                        until: formatPlainDate(expiry.validUntil, i18n.language),
                        filing: formatPlainDate(expiry.filingOn, i18n.language),
                      })
                    : t('documents.staleBeforeFiling', {
                        stale: formatPlainDate(expiry.staleFrom, i18n.language),
                        filing: formatPlainDate(expiry.filingOn, i18n.language),
                      })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {groups.map(({ group, items }) =>
        items.length > 0 && group !== 'appeals' ? (
          <DeadlineGroup key={group} group={group} items={items} today={today} />
        ) : null,
      )}
    </section>
  );
}
