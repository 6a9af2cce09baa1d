import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { AssociationName } from '../features/settings/association-name';
import { LanguageSelect } from '../features/settings/language-select';

export function Layout() {
  const { t } = useTranslation('common');
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-name">{t('appName')}</span>
          <AssociationName />
        </div>
        <nav aria-label={t('nav.label')} className="nav">
          <NavLink to="/cases">{t('nav.cases')}</NavLink>
          <NavLink to="/deadlines">{t('nav.deadlines')}</NavLink>
          <NavLink to="/settings">{t('nav.settings')}</NavLink>
        </nav>
        <LanguageSelect />
      </header>
      {__DEMO__ ? <p className="demo-banner">{t('demoBanner')}</p> : null}
      <main id="main" className="main">
        <Suspense fallback={<p>{t('loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
