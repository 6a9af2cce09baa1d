import { useTranslation } from 'react-i18next';
import { Link, isRouteErrorResponse, useRouteError } from 'react-router';

/** Shown in place of a page that failed: never the error's text, which may carry case data. */
export function RouteError() {
  const { t } = useTranslation('common');
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <section>
        <h1>{t('notFound.title')}</h1>
        <Link to="/cases">{t('notFound.back')}</Link>
      </section>
    );
  }
  return (
    <section role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </button>
    </section>
  );
}
