import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatInstant } from '../../i18n/format';
import { PageTitle } from '../../ui/page-title';
import { caseQueries } from './cases-queries';

export function CaseListPage() {
  const { t, i18n } = useTranslation(['cases', 'common']);
  const cases = useQuery(caseQueries.list());

  return (
    <section>
      <div className="page-head">
        <PageTitle appName={t('common:appName')}>{t('list.title')}</PageTitle>
        <Link to="/cases/new" className="button button-primary">
          {t('list.new')}
        </Link>
      </div>
      {cases.isPending ? <p>{t('common:loading')}</p> : null}
      {cases.data && cases.data.length === 0 ? <p className="empty">{t('list.empty')}</p> : null}
      {cases.data && cases.data.length > 0 ? (
        <>
          <p className="count">{t('list.count', { count: cases.data.length })}</p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('list.columns.label')}</th>
                <th scope="col">{t('list.columns.pathway')}</th>
                <th scope="col">{t('list.columns.createdAt')}</th>
              </tr>
            </thead>
            <tbody>
              {cases.data.map((caseFile) => (
                <tr key={caseFile.id}>
                  <th scope="row">
                    <Link to={`/cases/${caseFile.id}`}>{caseFile.label}</Link>
                  </th>
                  <td>{t(`common:pathwayShort.${caseFile.pathway}`)}</td>
                  <td>{formatInstant(caseFile.createdAt, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
