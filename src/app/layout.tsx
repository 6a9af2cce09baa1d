import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigation } from 'react-router';
import { DeadlineBadge } from '../features/deadlines/deadline-badge';
import { AssociationName } from '../features/settings/association-name';
import { BackupReminder } from '../features/settings/backup-reminder';
import { LanguageSelect } from '../features/settings/language-select';
import { LockButton } from '../features/vault/lock-button';
import { VaultGate } from '../features/vault/vault-gate';
import { useStorageBridge } from '../queries/storage-bridge';
import { useStorageAlerts } from './storage-alerts';
import { OfflineIndicator } from './offline-indicator';
import { StorageBanners } from './storage-banners';
import { UpdateBanner } from './update-banner';
import './layout.css';

export interface LayoutProps {
  /** The demo vault's passphrase, shown on the unlock screen in the demo modes only. */
  demoPassphrase?: string | undefined;
}

export function Layout({ demoPassphrase }: LayoutProps) {
  const { t } = useTranslation('common');
  // Storage events refresh the query cache: committed writes, here or in another tab, and locks.
  useStorageBridge();
  // A newer version took the database: what was typed is kept, and the page takes no more input
  // (nothing typed now could be kept) until it is reloaded.
  const { newerVersion } = useStorageAlerts();
  // A page's chunk loads on its first visit: the page says it is busy meanwhile.
  const loading = useNavigation().state === 'loading';
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
          <NavLink to="/deadlines">
            {t('nav.deadlines')} <DeadlineBadge />
          </NavLink>
          <NavLink to="/settings">{t('nav.settings')}</NavLink>
        </nav>
        <OfflineIndicator />
        <LanguageSelect />
        <LockButton />
      </header>
      {__DEMO__ ? <p className="demo-banner">{t('demoBanner')}</p> : null}
      <UpdateBanner />
      <StorageBanners />
      {/* The database is closed once a newer version has it: nothing to back up from this page. */}
      {newerVersion ? null : <BackupReminder />}
      <div className="route-progress" hidden={!loading} />
      <main id="main" className="main" inert={newerVersion} aria-busy={loading}>
        <Suspense fallback={<p>{t('loading')}</p>}>
          <VaultGate demoPassphrase={demoPassphrase}>
            <Outlet />
          </VaultGate>
        </Suspense>
      </main>
    </div>
  );
}
