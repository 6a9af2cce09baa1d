/**
 * The list handed to the person: the checklist's lines still to gather (missing, requested, or out
 * of date at the planned filing), one plain sentence each, with the association's name and the
 * case's next appointment (or a blank line to write it in). It carries no name: a lost sheet says
 * nothing about whose it is.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { findFilingDate, trackDocuments, type CaseFile, type TrackedLine } from '../../domain';
import { formatPlainDate } from '../../i18n/format';
import { useCaseOverview } from '../../queries/case-overviews';
import { caseQueries } from '../../queries/case-queries';
import { profileQueries } from '../../queries/profile-queries';
import { PrintLayout } from '../../ui/print-layout';
import { useToday } from '../../ui/use-today';

function ToBringLines({ lines }: { lines: readonly TrackedLine[] }) {
  const { t } = useTranslation('documents');
  return (
    <ul className="print-checklist">
      {lines.map(({ item, status }) => (
        <li key={item.code}>
          <span className="print-box" aria-hidden="true" />
          <span>
            {t(`plain.${item.code}` as 'plain.ephoto')}
            {status === 'requested' || status === 'expired' ? (
              <>
                {' '}
                <em>{t(`toBring.${status}`)}</em>
              </>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

function DocumentsToBring({ caseFile }: { caseFile: CaseFile }) {
  const { t, i18n } = useTranslation('documents');
  const today = useToday();
  const { assessed } = useCaseOverview(caseFile, today);
  const profile = useQuery(profileQueries.profile());
  const filingOn = findFilingDate(caseFile.plannedFilingOn, today);
  // Received (and still fresh or valid) and not-applicable lines are done: the rest is to bring.
  const toBring = assessed.ok
    ? trackDocuments(assessed.assessment.checklist, caseFile.documents, {}, filingOn).filter(
        (line) => !line.ready,
      )
    : [];
  const required = toBring.filter((line) => line.item.required);
  const ifAsked = toBring.filter((line) => !line.item.required);
  const association = profile.data?.association.name;
  // The next appointment recorded on the case, today or later; its kind and place stay off the sheet.
  const next = (caseFile.appointments ?? [])
    .filter((appointment) => appointment.on >= today)
    .sort((a, b) => `${a.on}T${a.at}`.localeCompare(`${b.on}T${b.at}`))[0];

  return (
    <div className="print-sheet">
      <section className="print-cover">
        <p className="print-kicker">{t('toBring.title')}</p>
        <p>
          {t('toBring.association')}{' '}
          {association ? (
            <strong>{association}</strong>
          ) : (
            <span className="print-blank" aria-hidden="true" />
          )}
        </p>
        <p>
          {t('toBring.appointment')}{' '}
          {next ? (
            <strong>
              {formatPlainDate(next.on, i18n.language)} · {next.at}
            </strong>
          ) : (
            <span className="print-blank" aria-hidden="true" />
          )}
        </p>
        <p>{t('toBring.preparedOn', { date: formatPlainDate(today, i18n.language) })}</p>
      </section>
      {!assessed.ok ? (
        <p>{t('toBring.unavailable')}</p>
      ) : toBring.length === 0 ? (
        <p>{t('toBring.none')}</p>
      ) : (
        <>
          <p>{t('toBring.lead')}</p>
          <ToBringLines lines={required} />
          {ifAsked.length > 0 ? (
            <section>
              <h2>{t('toBring.ifAsked')}</h2>
              <ToBringLines lines={ifAsked} />
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}

/** The printable list of documents to bring, in plain words, for the person. */
export function DocumentsToBringPage() {
  const { t } = useTranslation(['documents', 'common']);
  const { caseId = '' } = useParams();
  const caseFile = useQuery(caseQueries.detail(caseId));
  if (caseFile.isPending) return <p>{t('common:loading')}</p>;
  if (!caseFile.data) return <p>{t('common:notFound.title')}</p>;
  return (
    <PrintLayout
      title={t('toBring.title')}
      appName={t('common:appName')}
      intro={t('toBring.intro')}
      backTo={`/cases/${caseId}`}
      backLabel={t('toBring.back')}
      printLabel={t('toBring.print')}
    >
      <DocumentsToBring caseFile={caseFile.data} />
    </PrintLayout>
  );
}
