/**
 * What the pages laid out for paper share (the application dossier, the appeal sheet): the screen's
 * back link, title and print button, which never print, and the cover of the printed pages.
 */
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { toCaseReference, type CaseFile } from '../../domain';
import { formatPlainDate } from '../../i18n/format';
import { caseQueries } from '../../queries/case-queries';
import { PageTitle } from '../../ui/page-title';

export function PrintPage({
  title,
  intro,
  printLabel,
  backTo,
  children,
}: {
  title: string;
  intro?: string;
  printLabel: string;
  /** Where the back link leads, from the case's id. */
  backTo: (caseId: string) => string;
  children: (caseFile: CaseFile) => ReactNode;
}) {
  const { t } = useTranslation(['application', 'common']);
  const { caseId = '' } = useParams();
  const caseFile = useQuery(caseQueries.detail(caseId));
  if (caseFile.isPending) return <p>{t('common:loading')}</p>;
  if (!caseFile.data) return <p>{t('common:notFound.title')}</p>;
  return (
    <article>
      <div className="no-print">
        <Link to={backTo(caseId)} className="back-link">
          {t('back')}
        </Link>
        <PageTitle appName={t('common:appName')}>{title}</PageTitle>
        {intro ? <p>{intro}</p> : null}
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => window.print()}>
            {printLabel}
          </button>
        </div>
      </div>
      {children(caseFile.data)}
    </article>
  );
}

/** The printed pages' cover: what it is, whose case (its label only), when, and that it is confidential. */
export function PrintCover({
  kicker,
  caseFile,
  today,
}: {
  kicker: string;
  caseFile: CaseFile;
  today: string;
}) {
  const { t, i18n } = useTranslation(['application', 'common']);
  return (
    <section className="dossier-cover">
      <p className="dossier-kicker">{kicker}</p>
      <p className="dossier-case">
        {t('dossier.caseNumber')} <strong>{caseFile.label}</strong>
      </p>
      <p>{t('dossier.referenceLine', { reference: toCaseReference(caseFile.id) })}</p>
      <p>{t('dossier.pathwayLine', { pathway: t(`common:pathway.${caseFile.pathway}`) })}</p>
      <p>{t('dossier.preparedOn', { date: formatPlainDate(today, i18n.language) })}</p>
      <p className="dossier-confidential">{t('dossier.confidential')}</p>
    </section>
  );
}
