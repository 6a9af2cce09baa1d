import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatInstant } from '../../i18n/format';
import type { CaseFile } from '../../domain';
import { caseQueries } from '../../queries/case-queries';
import { PageTitle } from '../../ui/page-title';
import { AppealsPanel } from './appeals-panel';
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
  const { t, i18n } = useTranslation(['cases', 'common']);
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
  const { label, pathway, createdAt, updatedAt } = caseFile.data;
  return (
    <article>
      <Link to="/cases" className="back-link">
        {t('detail.back')}
      </Link>
      <PageTitle appName={t('common:appName')}>{label}</PageTitle>
      <dl className="facts">
        <dt>{t('detail.pathway')}</dt>
        <dd>{t(`common:pathway.${pathway}`)}</dd>
        <dt>{t('detail.createdAt')}</dt>
        <dd>{formatInstant(createdAt, i18n.language)}</dd>
        <dt>{t('detail.updatedAt')}</dt>
        <dd>{formatInstant(updatedAt, i18n.language)}</dd>
      </dl>
      <p className="actions">
        <Link to={`/cases/${caseFile.data.id}/application`} className="button button-primary">
          {t('detail.application')}
        </Link>
      </p>
      <AppealsPanel caseFile={caseFile.data} />
      <div className="case-columns">
        <div>
          <AssessmentPanel caseFile={caseFile.data} />
          <TimelineSection caseFile={caseFile.data} />
        </div>
        <div>
          <CaseFactsForm key={caseFile.data.id} caseFile={caseFile.data} />
        </div>
      </div>
      {renderSections?.(caseFile.data)}
      <CaseDataActions caseId={caseFile.data.id} />
    </article>
  );
}
