import { useQuery } from '@tanstack/react-query';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatInstant } from '../../i18n/format';
import type { CaseFile } from '../../domain';
import { isMilestone, toCaseReference } from '../../domain';
import { useDeadlineTexts } from '../../i18n/use-deadline-texts';
import { useCaseOverview } from '../../queries/case-overviews';
import { caseQueries } from '../../queries/case-queries';
import { useToday } from '../../ui/use-today';
import { PageTitle } from '../../ui/page-title';
import { SyncConflictsPanel } from './sync-conflicts-panel';
import { useCaseSharing } from '../../queries/sync-runner';
import { AppealsPanel } from './appeals-panel';
import { AppointmentsSection } from './appointments-section';
import { AssessmentPanel } from './assessment-panel';
import { CaseFactsForm } from './case-facts-form';
import { CaseDataActions } from './case-data-actions';
import { TimelineSection } from './timeline-section';
import './cases.css';

interface CasePageProps {
  /** Sections other features add to the case page (the app composes them). */
  renderSections?: (caseFile: CaseFile) => ReactNode;
}

export function CasePage({ renderSections }: CasePageProps) {
  const { t } = useTranslation(['cases', 'common']);
  const { caseId = '' } = useParams();
  const caseFile = useQuery(caseQueries.detail(caseId));

  if (caseFile.isPending) return <p>{t('common:loading')}</p>;
  if (!caseFile.data) {
    return (
      <section>
        <PageTitle appName={t('common:appName')}>{t('detail.notFound')}</PageTitle>
        <Link to="/cases">{t('detail.back')}</Link>
      </section>
    );
  }
  return <CaseView caseFile={caseFile.data} renderSections={renderSections} />;
}

/** The case's next deadline, right under its name: what a worker opens the case to see first. */
function NextDeadline({ caseFile }: { caseFile: CaseFile }) {
  const { t } = useTranslation('cases');
  const describe = useDeadlineTexts();
  const { next } = useCaseOverview(caseFile, useToday());
  const texts = next ? describe({ ...next, milestone: isMilestone(next.code) }) : undefined;
  return (
    <p className={`case-next urgency-${next?.urgency ?? 'none'}`}>
      <span className="case-next-label">{t('detail.next')}</span>{' '}
      {texts ? (
        <>
          <span>{texts.title}</span> · <strong>{texts.remaining}</strong>
        </>
      ) : (
        <span>{t('list.noDeadline')}</span>
      )}
    </p>
  );
}

/** The case page's sections, in page order, each reachable from the links under the case's name. */
const SECTIONS = [
  ['case-assessment', 'assessment'],
  ['case-timeline', 'timeline'],
  ['case-appointments', 'appointments'],
  ['case-facts', 'facts'],
  ['case-documents', 'documents'],
  ['case-data', 'data'],
] as const;

/**
 * Links to the sections of a long page. Following one moves focus to the section's heading (a
 * keyboard or screen-reader user lands where a sighted one looks), and leaves the address as is.
 */
function SectionLinks({ withDocuments }: { withDocuments: boolean }) {
  const { t } = useTranslation('cases');
  const go = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const heading = document.getElementById(id)?.querySelector<HTMLElement>('h2');
    if (!heading) return;
    event.preventDefault();
    heading.tabIndex = -1;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  };
  return (
    <nav className="section-links" aria-label={t('detail.sections.label')}>
      <ul>
        {SECTIONS.filter(([, key]) => withDocuments || key !== 'documents').map(([id, key]) => (
          <li key={id}>
            <a href={`#${id}`} onClick={(event) => go(event, id)}>
              {t(`detail.sections.${key}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function CaseView({
  caseFile,
  renderSections,
}: {
  caseFile: CaseFile;
  renderSections: CasePageProps['renderSections'];
}) {
  const { t, i18n } = useTranslation(['cases', 'common']);
  const { label, pathway, createdAt, updatedAt } = caseFile;
  const reference = toCaseReference(caseFile.id);
  return (
    <article>
      <Link to="/cases" className="back-link">
        {t('detail.back')}
      </Link>
      <PageTitle
        appName={t('common:appName')}
        documentTitle={t('detail.documentTitle', { reference })}
      >
        {label}
      </PageTitle>
      <p className="field-hint case-reference">{t('detail.reference', { reference })}</p>
      <SyncConflictsPanel caseId={caseFile.id} />
      <NextDeadline caseFile={caseFile} />
      <SectionLinks withDocuments={renderSections !== undefined} />
      <dl className="facts">
        <dt>{t('detail.pathway')}</dt>
        <dd>{t(`common:pathway.${pathway}`)}</dd>
        <dt>{t('detail.createdAt')}</dt>
        <dd>{formatInstant(createdAt, i18n.language)}</dd>
        <dt>{t('detail.updatedAt')}</dt>
        <dd>{formatInstant(updatedAt, i18n.language)}</dd>
        <CaseSharing caseId={caseFile.id} />
      </dl>
      <p className="actions">
        <Link to={`/cases/${caseFile.id}/application`} className="button button-primary">
          {t('detail.application')}
        </Link>
      </p>
      <AppealsPanel caseFile={caseFile} />
      <div className="case-columns">
        <div>
          <AssessmentPanel caseFile={caseFile} />
          <TimelineSection caseFile={caseFile} />
          <AppointmentsSection caseFile={caseFile} />
        </div>
        <div>
          <CaseFactsForm key={caseFile.id} caseFile={caseFile} />
        </div>
      </div>
      {renderSections?.(caseFile)}
      <CaseDataActions caseId={caseFile.id} label={caseFile.label} />
    </article>
  );
}

/** With the team: whether this case's changes are all shared, still waiting, or kept aside. */
function CaseSharing({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  const sharing = useCaseSharing(caseId);
  if (!sharing) return null;
  return (
    <>
      <dt>{t('detail.sharing.label')}</dt>
      <dd>
        {sharing === 'set-aside' ? (
          <Link to="/settings">{t('detail.sharing.set-aside')}</Link>
        ) : (
          t(`detail.sharing.${sharing}`)
        )}
      </dd>
    </>
  );
}
