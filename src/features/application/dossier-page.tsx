import { useTranslation } from 'react-i18next';
import { assessFilingReadiness, dateOfEvent, type CaseFile } from '../../domain';
import { formatPlainDate } from '../../i18n/format';
import { useCaseOverview } from '../../queries/case-overviews';
import { useToday } from '../../ui/use-today';
import { PrintCover, PrintPage } from './print-page';
import { useAttachmentCounts } from './use-attachment-counts';
import { useFieldText } from './use-field-text';
import './application.css';

function Dossier({ caseFile }: { caseFile: CaseFile }) {
  const { t, i18n } = useTranslation(['application', 'documents', 'cases', 'assessment', 'common']);
  const today = useToday();
  const { counts } = useAttachmentCounts(caseFile.id);
  const { assessed, deadlines } = useCaseOverview(caseFile, today);
  const readiness = assessFilingReadiness(caseFile, assessed, counts, today);
  const date = (value: string) => formatPlainDate(value, i18n.language);
  const show = useFieldText();
  const timeline = [...caseFile.timeline].sort((a, b) =>
    dateOfEvent(a.event).localeCompare(dateOfEvent(b.event)),
  );

  return (
    <div className="dossier">
      <PrintCover kicker={t('dossier.title')} caseFile={caseFile} today={today} />
      <section>
        <h2>{t('dossier.facts')}</h2>
        <table className="table">
          <tbody>
            {[
              ...readiness.personal,
              ...readiness.reason,
              readiness.ephoto,
              ...readiness.filing,
            ].map((item) => (
              <tr key={item.code}>
                <th scope="row">{t(`fields.${item.code}`)}</th>
                <td>{show(item)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2>{t('dossier.checklist')}</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('dossier.document')}</th>
              <th scope="col">{t('dossier.status')}</th>
              <th scope="col">{t('dossier.files')}</th>
            </tr>
          </thead>
          <tbody>
            {readiness.documents.map((line) => (
              <tr key={line.item.code}>
                <th scope="row">
                  {t(`documents:lines.${line.item.code}.label` as 'documents:lines.ephoto.label', {
                    defaultValue: line.item.code,
                  })}
                </th>
                <td>
                  {t(`documents:status.${line.shown}`)}
                  {line.record?.issuedOn ? ` · ${date(line.record.issuedOn)}` : ''}
                </td>
                <td>{line.attachmentCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2>{t('dossier.timeline')}</h2>
        {timeline.length === 0 ? <p>{t('dossier.noTimeline')}</p> : null}
        <table className="table">
          <tbody>
            {timeline.map((entry) => (
              <tr key={entry.id}>
                <th scope="row">{date(dateOfEvent(entry.event))}</th>
                <td>
                  {t(`cases:timeline.types.${entry.event.type}`)}
                  {/* Beside the contract: the ANEF application number, the récépissé's or card's. */}
                  {'anefNumber' in entry.event && entry.event.anefNumber
                    ? ` · ${t('dossier.number', { label: t('cases:timeline.anefNumber'), number: entry.event.anefNumber })}`
                    : ''}
                  {'documentNumber' in entry.event && entry.event.documentNumber
                    ? ` · ${t('dossier.number', { label: t('cases:timeline.documentNumber'), number: entry.event.documentNumber })}`
                    : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2>{t('dossier.deadlines')}</h2>
        {deadlines.length === 0 ? <p>{t('dossier.noDeadline')}</p> : null}
        <table className="table">
          <tbody>
            {deadlines.map((deadline) => (
              <tr key={deadline.code}>
                <th scope="row">{t(`assessment:deadline.${deadline.code}`)}</th>
                <td>
                  {date(deadline.due)} · {t(`assessment:status.${deadline.status}`)} ·{' '}
                  {deadline.basis.join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

/** The application dossier, laid out for paper: the browser prints it or saves it as PDF. */
export function DossierPage() {
  const { t } = useTranslation('application');
  return (
    <PrintPage
      title={t('dossier.title')}
      printLabel={t('dossier.print')}
      backTo={(caseId) => `/cases/${caseId}/application`}
    >
      {(caseFile) => <Dossier caseFile={caseFile} />}
    </PrintPage>
  );
}
