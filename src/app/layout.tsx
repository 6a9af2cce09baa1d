import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { LanguageSelect } from '../features/settings/language-select';
import { LockButton } from '../features/vault/lock-button';
import { VaultGate } from '../features/vault/vault-gate';
import { useStorageBridge } from '../queries/storage-bridge';
import { useSyncRunner } from '../queries/sync-runner';
import { vaultQueries } from '../queries/vault-queries';
import { lazyNamed } from '../ui/lazy-named';
import { useStorageAlerts } from './storage-alerts';
import { OfflineIndicator } from './offline-indicator';
import { SyncIndicator } from './sync-indicator';
import { StorageBanners } from './storage-banners';
import { UpdateBanner } from './update-banner';
import './layout.css';

/*
 * Parts of the shell that read decrypted data (and run the rules) load once the vault is unlocked;
 * the association's name, from the server, once the database has opened (after the first screen,
 * which on a new device shows before the database's code is fetched): neither delays it.
 */
const DeadlineBadge = lazyNamed(
  () => import('../features/deadlines/deadline-badge'),
  'DeadlineBadge',
);
const BackupReminder = lazyNamed(
  () => import('../features/settings/backup-reminder'),
  'BackupReminder',
);
const PendingDeletions = lazyNamed(
  () => import('../features/cases/pending-deletions'),
  'PendingDeletions',
);
const AssociationName = lazyNamed(
  () => import('../features/settings/association-name'),
  'AssociationName',
);

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
  const vaultState = useQuery(vaultQueries.state()).data;
  const unlocked = vaultState === 'unlocked';
  // Sharing with the team runs while unlocked, on a device in a team.
  useSyncRunner(unlocked);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-name">{t('appName')}</span>
          {vaultState ? (
            <Suspense fallback={null}>
              <AssociationName />
            </Suspense>
          ) : null}
        </div>
        <nav aria-label={t('nav.label')} className="nav">
          <NavLink to="/cases">{t('nav.cases')}</NavLink>
          <NavLink to="/deadlines">
            {t('nav.deadlines')}{' '}
            {unlocked ? (
              <Suspense fallback={null}>
                <DeadlineBadge />
              </Suspense>
            ) : null}
          </NavLink>
          <NavLink to="/settings">{t('nav.settings')}</NavLink>
        </nav>
        <OfflineIndicator />
        <SyncIndicator />
        <LanguageSelect />
        <LockButton />
      </header>
      {__DEMO__ ? <p className="demo-banner">{t('demoBanner')}</p> : null}
      <UpdateBanner />
      <StorageBanners />
      {/* The database is closed once a newer version has it: nothing to back up from this page. */}
      {newerVersion || !unlocked ? null : (
        <Suspense fallback={null}>
          <BackupReminder />
          <PendingDeletions />
        </Suspense>
      )}
      <main id="main" className="main" inert={newerVersion}>
        <Suspense fallback={<p>{t('loading')}</p>}>
          <VaultGate demoPassphrase={demoPassphrase}>
            <Outlet />
          </VaultGate>
        </Suspense>
      </main>
    </div>
  );
}
