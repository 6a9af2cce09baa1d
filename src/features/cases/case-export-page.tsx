/**
 * Subject access (GDPR art. 15), readable: everything the JSON export holds about the person (the
 * case file and its attachments' details), each field named in words in the UI language, to print
 * or save as PDF and hand over. No internal code is shown, only the case's short reference.
 */
import { useQuery } from '@tanstack/react-query';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  dateOfEvent,
  toCaseReference,
  type Appointment,
  type CaseEvent,
  type CaseFile,
  type DocumentLine,
  type TimelineEntry,
} from '../../domain';
import { formatFileSize, formatInstant, formatPlainDate } from '../../i18n/format';
import { nameLanguage } from '../../i18n/languages-list';
import { caseQueries } from '../../queries/case-queries';
import { PrintLayout } from '../../ui/print-layout';
import { useToday } from '../../ui/use-today';
import { SITUATION_FLAGS } from './case-facts-values';
import { useDownloadCaseData } from './use-download-case-data';

/** A field in words: its label and its value, already written out. */
interface Row {
  label: string;
  value: string;
}

/** How values read: dates, countries, languages and yes/no in the UI language. */
function useValueText() {
  const { t, i18n } = useTranslation('cases');
  const language = i18n.language;
  const regions = new Intl.DisplayNames([language], { type: 'region' });
  const missing = t('export.notProvided');
  return {
    missing,
    text: (value: string | undefined) => (value ? value : missing),
    date: (value: string | undefined) => (value ? formatPlainDate(value, language) : missing),
    country: (value: string | undefined) => (value ? (regions.of(value) ?? value) : missing),
    language: (value: string | undefined) => (value ? nameLanguage(value, language) : missing),
    yesNo: (value: boolean | undefined) =>
      value === undefined ? missing : t(value ? 'form.yes' : 'form.no'),
  };
}

function Fields({ rows }: { rows: readonly Row[] }) {
  return (
    <dl className="print-fields">
      {rows.map(({ label, value }, index) => (
        <Fragment key={index}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** The facts of the case file, group by group, as the case form names them. */
function useFactGroups(
  caseFile: CaseFile,
): { title: string; rows: Row[]; withChildren?: boolean }[] {
  const { t, i18n } = useTranslation(['cases', 'application', 'common']);
  const show = useValueText();
  const { identity, contact, person, housing, family, languages, situation, proceedings } =
    caseFile;
  const option = <T extends string>(value: T | undefined, word: (value: T) => string) =>
    value ? word(value) : show.missing;
  return [
    {
      title: t('export.file'),
      rows: [
        { label: t('export.reference'), value: toCaseReference(caseFile.id) },
        { label: t('form.identity.label'), value: caseFile.label },
        { label: t('detail.pathway'), value: t(`common:pathway.${caseFile.pathway}`) },
        { label: t('form.identity.worker'), value: show.text(caseFile.worker) },
        { label: t('detail.createdAt'), value: formatInstant(caseFile.createdAt, i18n.language) },
        { label: t('detail.updatedAt'), value: formatInstant(caseFile.updatedAt, i18n.language) },
      ],
    },
    {
      title: t('form.identity.legend'),
      rows: [
        { label: t('form.identity.givenNames'), value: show.text(identity.givenNames) },
        { label: t('form.identity.birthNames'), value: show.text(identity.birthNames) },
        { label: t('form.identity.usualName'), value: show.text(identity.usualName) },
        {
          label: t('form.identity.sex'),
          value: option(identity.sex, (sex) => t(`form.identity.sexes.${sex}`)),
        },
        { label: t('form.identity.birthDate'), value: show.date(person.birthDate) },
        { label: t('form.identity.birthPlace'), value: show.text(identity.birthPlace) },
        { label: t('form.identity.birthCountry'), value: show.country(identity.birthCountry) },
        { label: t('form.identity.nationality'), value: show.country(identity.nationality) },
      ],
    },
    {
      title: t('form.contact.legend'),
      rows: [
        { label: t('form.contact.phone'), value: show.text(contact.phone) },
        { label: t('form.contact.email'), value: show.text(contact.email) },
        { label: t('form.contact.safeContactNote'), value: show.text(contact.safeContactNote) },
      ],
    },
    {
      title: t('form.housing.legend'),
      rows: [
        {
          label: t('form.housing.kind'),
          value: option(person.housing, (kind) => t(`form.housing.kinds.${kind}`)),
        },
        { label: t('form.housing.address'), value: show.text(housing.address) },
        { label: t('form.housing.hostName'), value: show.text(housing.hostName) },
        { label: t('export.housingSince'), value: show.date(housing.since) },
        { label: t('form.housing.arrivedOn'), value: show.date(person.arrivedOn) },
      ],
    },
    {
      title: t('form.family.legend'),
      withChildren: true,
      rows: [
        {
          label: t('form.family.status'),
          value: option(family.status, (status) => t(`form.family.statuses.${status}`)),
        },
        { label: t('form.family.unionDate'), value: show.date(family.unionDate) },
        { label: t('form.family.unionCountry'), value: show.country(family.unionCountry) },
        { label: t('form.family.dependentChildren'), value: show.yesNo(family.dependentChildren) },
      ],
    },
    {
      title: t('form.languages.legend'),
      rows: [
        {
          label: t('export.spoken'),
          value:
            languages.spoken.length > 0
              ? languages.spoken.map((code) => show.language(code)).join(', ')
              : show.missing,
        },
        {
          label: t('form.languages.interpreterNeeded'),
          value: show.yesNo(languages.interpreterNeeded),
        },
        {
          label: t('form.languages.interpreterLanguage'),
          value: show.language(languages.interpreterLanguage),
        },
      ],
    },
    {
      title: t('form.minor.legend'),
      rows: [
        { label: t('form.minor.emancipated'), value: show.yesNo(person.emancipated) },
        {
          label: t('form.minor.parentalAuthority'),
          value: option(person.parentalAuthority, (value) => t(`form.minor.authorities.${value}`)),
        },
      ],
    },
    {
      title: t('form.situation.legend'),
      rows: [
        {
          label: t('form.situation.euCitizenOrFamily'),
          value: show.yesNo(person.euCitizenOrFamily),
        },
        ...SITUATION_FLAGS.map((flag) => ({
          label: t(`form.situation.${flag}`),
          value: show.yesNo(situation[flag]),
        })),
      ],
    },
    {
      title: t('form.proceedings.legend'),
      rows: [
        {
          label: t('form.proceedings.stage'),
          value: option(situation.proceedings, (stage) => t(`form.proceedings.stages.${stage}`)),
        },
        { label: t('form.proceedings.court'), value: show.text(proceedings.court) },
        {
          label: t('form.proceedings.prosecutorReference'),
          value: show.text(proceedings.prosecutorReference),
        },
        { label: t('form.proceedings.lawyer'), value: show.text(proceedings.lawyer) },
      ],
    },
    {
      title: t('export.followUp'),
      rows: [
        { label: t('form.plannedFilingOn'), value: show.date(caseFile.plannedFilingOn) },
        { label: t('form.notes'), value: show.text(caseFile.notes) },
      ],
    },
    {
      title: t('export.application'),
      rows: [
        {
          label: t('application:fields.ephotoCode'),
          value: show.text(caseFile.application.ephotoCode),
        },
        {
          label: t('application:fields.swornNeedsPermit'),
          value: show.yesNo(caseFile.application.swornNeedsPermit),
        },
        {
          label: t('application:fields.swornAwareOfPenalties'),
          value: show.yesNo(caseFile.application.swornAwareOfPenalties),
        },
        {
          label: t('application:fields.observations'),
          value: show.text(caseFile.application.observations),
        },
      ],
    },
  ];
}

/** Every attribute of a timeline event, in words (the event's type is the entry's heading). */
function useEventRows(): (event: CaseEvent) => Row[] {
  const { t } = useTranslation('cases');
  const show = useValueText();
  return (event) => {
    switch (event.type) {
      case 'reflection-granted':
      case 'complaint-filed':
      case 'testimony-given':
      case 'complement-answered':
      case 'final-conviction':
      case 'legal-aid-requested':
        return [{ label: t('timeline.on'), value: show.date(event.on) }];
      case 'permit-issued':
        return [
          { label: t('timeline.permit'), value: t(`timeline.permits.${event.permit}`) },
          { label: t('timeline.validFrom'), value: show.date(event.validFrom) },
          { label: t('timeline.validUntil'), value: show.date(event.validUntil) },
        ];
      case 'prolongation-issued':
        return [
          { label: t('timeline.validFrom'), value: show.date(event.validFrom) },
          { label: t('timeline.validUntil'), value: show.date(event.validUntil) },
        ];
      case 'application-filed':
        return [
          { label: t('timeline.on'), value: show.date(event.on) },
          {
            label: t('timeline.application'),
            value: t(`timeline.applications.${event.application}`),
          },
        ];
      case 'complement-requested':
        return [{ label: t('timeline.openedOn'), value: show.date(event.openedOn) }];
      case 'decision':
        return [
          { label: t('timeline.on'), value: show.date(event.on) },
          { label: t('timeline.outcome'), value: t(`timeline.outcomes.${event.outcome}`) },
        ];
      case 'oqtf-notified':
        return [
          { label: t('timeline.notifiedOn'), value: show.date(event.on) },
          { label: t('timeline.situation'), value: t(`timeline.situations.${event.situation}`) },
          {
            label: t('timeline.departurePeriod'),
            value: t(
              `timeline.departurePeriods.${event.departurePeriod === undefined ? '' : event.departurePeriod ? 'yes' : 'no'}`,
            ),
          },
          { label: t('timeline.at'), value: show.text(event.at) },
        ];
      case 'order-to-leave-notified':
        return [
          { label: t('timeline.notifiedOn'), value: show.date(event.on) },
          { label: t('timeline.detained'), value: show.yesNo(event.detained) },
        ];
      case 'appeal-filed':
        return [
          { label: t('timeline.on'), value: show.date(event.on) },
          { label: t('timeline.against'), value: t(`timeline.targets.${event.against}`) },
          { label: t('timeline.court'), value: t(`timeline.courts.${event.court}`) },
        ];
    }
  };
}

function TimelineEntries({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t, i18n } = useTranslation('cases');
  const eventRows = useEventRows();
  const sorted = [...entries].sort((a, b) =>
    dateOfEvent(a.event).localeCompare(dateOfEvent(b.event)),
  );
  if (sorted.length === 0) return <p>{t('export.timeline.none')}</p>;
  return (
    <ul className="print-entries">
      {sorted.map((entry) => (
        <li key={entry.id}>
          <h3>
            {formatPlainDate(dateOfEvent(entry.event), i18n.language)} —{' '}
            {t(`timeline.types.${entry.event.type}`)}
          </h3>
          <Fields
            rows={[
              ...eventRows(entry.event),
              ...(entry.note ? [{ label: t('timeline.note'), value: entry.note }] : []),
              {
                label: t('export.timeline.recordedAt'),
                value: formatInstant(entry.recordedAt, i18n.language),
              },
            ]}
          />
        </li>
      ))}
    </ul>
  );
}

/** A document line's name in words; a code this version does not know is "another document". */
function useLineLabel(): (code: string) => string {
  const { t } = useTranslation(['documents', 'cases']);
  return (code) =>
    t(`lines.${code}.label` as 'lines.ephoto.label', {
      defaultValue: t('cases:export.documents.other'),
    });
}

function DocumentLines({ documents }: { documents: Record<string, DocumentLine> }) {
  const { t } = useTranslation(['cases', 'documents']);
  const show = useValueText();
  const lineLabel = useLineLabel();
  const lines = Object.entries(documents);
  if (lines.length === 0) return <p>{t('export.documents.none')}</p>;
  const rowsOf = (line: DocumentLine): Row[] => {
    const rows: Row[] = [
      { label: t('documents:status.label'), value: t(`documents:status.${line.status}`) },
    ];
    const date = (label: string, value: string | undefined) => {
      if (value) rows.push({ label, value: show.date(value) });
    };
    if (line.variant)
      rows.push({
        label: t('documents:variant'),
        value: t(`documents:variants.${line.variant}` as 'documents:variants.passport', {
          defaultValue: t('export.documents.other'),
        }),
      });
    date(t('documents:issuedOn'), line.issuedOn);
    date(t('documents:validUntil'), line.validUntil);
    date(t('documents:requestedOn'), line.requestedOn);
    date(t('documents:receivedOn'), line.receivedOn);
    if (line.translationNeeded !== undefined)
      rows.push({
        label: t('export.documents.translation'),
        value: show.yesNo(line.translationNeeded),
      });
    if (line.translationDone !== undefined)
      rows.push({ label: t('documents:translationDone'), value: show.yesNo(line.translationDone) });
    if (line.note) rows.push({ label: t('documents:note'), value: line.note });
    return rows;
  };
  return (
    <ul className="print-entries">
      {lines.map(([code, line]) => (
        <li key={code}>
          <h3>{lineLabel(code)}</h3>
          <Fields rows={rowsOf(line)} />
        </li>
      ))}
    </ul>
  );
}

function Appointments({ appointments }: { appointments: readonly Appointment[] }) {
  const { t, i18n } = useTranslation('cases');
  const show = useValueText();
  const sorted = [...appointments].sort((a, b) =>
    `${a.on} ${a.at}`.localeCompare(`${b.on} ${b.at}`),
  );
  if (sorted.length === 0) return <p>{t('appointments.empty')}</p>;
  return (
    <ul className="print-entries">
      {sorted.map((appointment) => (
        <li key={appointment.id}>
          <h3>
            {t('appointments.when', {
              kind: t(`appointments.kinds.${appointment.kind}`),
              date: formatPlainDate(appointment.on, i18n.language),
              time: appointment.at,
            })}
          </h3>
          <Fields
            rows={[
              { label: t('appointments.place'), value: show.text(appointment.place) },
              {
                label: t('appointments.interpreterLanguage'),
                value: appointment.interpreterLanguage
                  ? show.language(appointment.interpreterLanguage)
                  : t('appointments.noInterpreter'),
              },
              ...(appointment.note
                ? [{ label: t('appointments.note'), value: appointment.note }]
                : []),
            ]}
          />
        </li>
      ))}
    </ul>
  );
}

function Attachments({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation(['cases', 'common']);
  const attachments = useQuery(caseQueries.attachments(caseId));
  const lineLabel = useLineLabel();
  if (attachments.isPending) return <p>{t('common:loading')}</p>;
  const files = attachments.data ?? [];
  if (files.length === 0) return <p>{t('export.attachments.none')}</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{t('export.attachments.name')}</th>
          <th scope="col">{t('export.attachments.size')}</th>
          <th scope="col">{t('export.attachments.addedOn')}</th>
          <th scope="col">{t('export.attachments.document')}</th>
        </tr>
      </thead>
      <tbody>
        {files.map((file) => (
          <tr key={file.id}>
            <th scope="row">{file.fileName}</th>
            <td>{formatFileSize(file.size, i18n.language)}</td>
            <td>{formatInstant(file.createdAt, i18n.language)}</td>
            <td>{lineLabel(file.lineCode)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Children({ caseFile }: { caseFile: CaseFile }) {
  const { t } = useTranslation('cases');
  const show = useValueText();
  return (
    <Section title={t('export.children.title')}>
      {caseFile.family.children.length === 0 ? (
        <p>{t('export.children.none')}</p>
      ) : (
        <ul className="print-entries">
          {caseFile.family.children.map((child) => (
            <li key={child.id}>
              <Fields
                rows={[
                  { label: t('export.children.givenName'), value: show.text(child.givenName) },
                  { label: t('export.children.birthDate'), value: show.date(child.birthDate) },
                  {
                    label: t('export.children.livesWithPerson'),
                    value: show.yesNo(child.livesWithPerson),
                  },
                ]}
              />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function ReadableCopy({ caseFile }: { caseFile: CaseFile }) {
  const { t, i18n } = useTranslation('cases');
  const today = useToday();
  const groups = useFactGroups(caseFile);
  return (
    <div className="print-sheet">
      <section className="print-cover">
        <p className="print-kicker">{t('export.kicker')}</p>
        <p>{t('export.referenceIs', { reference: toCaseReference(caseFile.id) })}</p>
        <p>{t('export.preparedOn', { date: formatPlainDate(today, i18n.language) })}</p>
        <p>{t('export.rights')}</p>
        <p className="print-confidential">{t('export.confidential')}</p>
      </section>
      {groups.map((group) => (
        <Fragment key={group.title}>
          <Section title={group.title}>
            <Fields rows={group.rows} />
          </Section>
          {/* The children come with the family situation. */}
          {group.withChildren ? <Children caseFile={caseFile} /> : null}
        </Fragment>
      ))}
      <Section title={t('export.timeline.title')}>
        <TimelineEntries entries={caseFile.timeline} />
      </Section>
      <Section title={t('appointments.title')}>
        <Appointments appointments={caseFile.appointments ?? []} />
      </Section>
      <Section title={t('export.documents.title')}>
        <DocumentLines documents={caseFile.documents} />
      </Section>
      <Section title={t('export.attachments.title')}>
        <Attachments caseId={caseFile.id} />
      </Section>
    </div>
  );
}

/** The readable copy of the person's data, with the JSON file beside it for machines. */
export function CaseExportPage() {
  const { t } = useTranslation(['cases', 'common']);
  const { caseId = '' } = useParams();
  const caseFile = useQuery(caseQueries.detail(caseId));
  const download = useDownloadCaseData(caseId);
  if (caseFile.isPending) return <p>{t('common:loading')}</p>;
  if (!caseFile.data) return <p>{t('common:notFound.title')}</p>;
  return (
    <PrintLayout
      title={t('export.title')}
      appName={t('common:appName')}
      intro={t('export.intro')}
      backTo={`/cases/${caseId}`}
      backLabel={t('export.back')}
      printLabel={t('export.print')}
      actions={
        <button type="button" className="button" onClick={() => void download.start()}>
          {t('export.json')}
        </button>
      }
    >
      {download.failed ? (
        <p role="alert" className="banner banner-error no-print">
          {t('data.exportFailed')}
        </p>
      ) : null}
      <ReadableCopy caseFile={caseFile.data} />
    </PrintLayout>
  );
}
