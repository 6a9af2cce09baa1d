import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../i18n/format';
import { profileQueries } from '../../queries/profile-queries';
import { syncNow, syncQueries, useStartTeam, useSyncState } from '../../queries/sync-runner';
import { SetAsideChanges } from './set-aside-changes';
import {
  cancelJoin,
  useAnswerJoin,
  useJoinProgress,
  usePendingJoin,
  useRemoveDevice,
  useRequestToJoin,
  useTeamDevices,
  useWaitingDevices,
  type TeamDevice,
  type WaitingDevice,
} from '../../queries/team-queries';
import { DemoColleagueSwitch, type DemoColleagueControl } from './demo-colleague-switch';

/**
 * Sharing with the team (issue 14): the association's first device starts the team here; another
 * device asks to join and shows its code; a device of the team lists those requests, and the
 * worker admits one after comparing its code with the one on the colleague's screen.
 */
export function TeamSection({
  demoColleague,
}: {
  demoColleague?: DemoColleagueControl | undefined;
}) {
  const { t } = useTranslation('settings');
  const inTeam = useQuery(syncQueries.team()).data;
  const { status } = useSyncState();
  return (
    <section className="panel" aria-labelledby="team-title">
      <h2 id="team-title">{t('team.title')}</h2>
      <p>{t('team.intro')}</p>
      {inTeam === false ? <NotInTeam /> : null}
      {inTeam && status?.kind === 'signed-out' ? <NotInTeam removed /> : null}
      {inTeam && status?.kind !== 'signed-out' ? (
        <>
          <p>{t('team.active')}</p>
          <div className="actions">
            <button
              type="button"
              className="button"
              disabled={status?.kind === 'syncing'}
              onClick={() => void syncNow()}
            >
              {t('team.syncNow')}
            </button>
          </div>
          {/* The demo only: gone from the production bundle with `__DEMO__` (decision 019). */}
          {__DEMO__ && demoColleague ? <DemoColleagueSwitch control={demoColleague} /> : null}
          <SetAsideChanges />
          <WaitingDevices />
          <TeamDevices />
        </>
      ) : null}
    </section>
  );
}

/** Outside the team: join it, or start it; `removed`: this device was removed, it may ask again. */
function NotInTeam({ removed = false }: { removed?: boolean }) {
  const { t } = useTranslation('settings');
  const nameId = useId();
  const profileName = useQuery(profileQueries.profile()).data?.worker.displayName;
  const [typed, setTyped] = useState<string | undefined>(undefined);
  const worker = (typed ?? profileName ?? '').trim();
  const startTeam = useStartTeam();
  const requestToJoin = useRequestToJoin();
  const pending = usePendingJoin();
  const progress = useJoinProgress(pending);
  const [missingName, setMissingName] = useState(false);
  const failure =
    startTeam.error?.name === 'TeamExistsError' ? 'exists' : startTeam.error ? 'failed' : undefined;
  const withName = (action: (name: string) => void) => () => {
    setMissingName(worker === '');
    if (worker !== '') action(worker);
  };

  if (pending)
    return (
      <div className="team-join" aria-live="polite">
        <p>{t('team.joinWaiting')}</p>
        <p className="team-fingerprint">
          {t('team.thisDeviceCode')} <strong>{pending.device.fingerprint}</strong>
        </p>
        <p className="field-hint">{t('team.joinCompare')}</p>
        <div className="actions">
          <button type="button" className="button" onClick={cancelJoin}>
            {t('team.joinCancel')}
          </button>
        </div>
      </div>
    );

  return (
    <>
      <p
        role={removed ? 'alert' : undefined}
        className={removed ? 'banner banner-warning' : undefined}
      >
        {t(removed ? 'team.removed' : 'team.none')}
      </p>
      {progress.data === 'refused' ? (
        <p role="alert" className="banner banner-error">
          {t('team.joinRefused')}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={nameId}>{t('team.workerName')}</label>
        <p className="field-hint" id={`${nameId}-hint`}>
          {t('team.workerNameHint')}
        </p>
        <input
          id={nameId}
          type="text"
          autoComplete="name"
          maxLength={80}
          aria-describedby={`${nameId}-hint${missingName ? ` ${nameId}-error` : ''}`}
          aria-invalid={missingName || undefined}
          value={typed ?? profileName ?? ''}
          onChange={(event) => setTyped(event.target.value)}
        />
        {missingName ? (
          <p className="field-error" id={`${nameId}-error`}>
            {t('team.workerNameMissing')}
          </p>
        ) : null}
      </div>
      <h3>{t('team.joinTitle')}</h3>
      <p className="field-hint">{t('team.joinExplain')}</p>
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={requestToJoin.isPending}
          onClick={withName((name) => requestToJoin.mutate(name))}
        >
          {t('team.join')}
        </button>
      </div>
      {requestToJoin.isError ? (
        <p role="alert" className="banner banner-error">
          {t('team.failed')}
        </p>
      ) : null}
      {removed ? null : (
        <>
          <h3>{t('team.startTitle')}</h3>
          <p className="field-hint">{t('team.startExplain')}</p>
          <div className="actions">
            <button
              type="button"
              className="button"
              disabled={startTeam.isPending}
              onClick={withName((name) => startTeam.mutate(name))}
            >
              {t('team.start')}
            </button>
          </div>
          {failure ? (
            <p role="alert" className="banner banner-error">
              {t(`team.${failure}`)}
            </p>
          ) : null}
        </>
      )}
    </>
  );
}

function WaitingDevices() {
  const { t } = useTranslation('settings');
  const waiting = useWaitingDevices();
  const devices = waiting.data ?? [];
  return (
    <>
      <h3>{t('team.waitingTitle')}</h3>
      {devices.length === 0 ? (
        <p className="field-hint">{t('team.waitingNone')}</p>
      ) : (
        <ul className="team-waiting">
          {devices.map((device) => (
            <WaitingDeviceRow key={device.requestId} device={device} />
          ))}
        </ul>
      )}
    </>
  );
}

function WaitingDeviceRow({ device }: { device: WaitingDevice }) {
  const { t, i18n } = useTranslation('settings');
  const [compared, setCompared] = useState(false);
  const answer = useAnswerJoin();
  return (
    <li>
      <p>
        {t('team.waitingAsked', { when: formatInstant(device.requestedAt, i18n.language) })}{' '}
        {t('team.deviceCode')} <strong className="team-fingerprint">{device.fingerprint}</strong>
      </p>
      <label className="choice">
        <input
          type="checkbox"
          checked={compared}
          onChange={(event) => setCompared(event.target.checked)}
        />
        {t('team.compared', { fingerprint: device.fingerprint })}
      </label>
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={!compared || answer.isPending}
          onClick={() => answer.mutate({ device, admit: true })}
        >
          {t('team.admit', { fingerprint: device.fingerprint })}
        </button>
        <button
          type="button"
          className="button"
          disabled={answer.isPending}
          onClick={() => answer.mutate({ device, admit: false })}
        >
          {t('team.refuse', { fingerprint: device.fingerprint })}
        </button>
      </div>
      {answer.isError ? (
        <p role="alert" className="banner banner-error">
          {t('team.failed')}
        </p>
      ) : null}
    </li>
  );
}

function TeamDevices() {
  const { t } = useTranslation('settings');
  const devices = useTeamDevices().data ?? [];
  if (devices.length === 0) return null;
  return (
    <>
      <h3>{t('team.devicesTitle')}</h3>
      <p className="field-hint">{t('team.removeExplain')}</p>
      <ul className="team-devices">
        {devices.map((device) => (
          <TeamDeviceRow key={device.memberId} device={device} />
        ))}
      </ul>
    </>
  );
}

function TeamDeviceRow({ device }: { device: TeamDevice }) {
  const { t, i18n } = useTranslation('settings');
  const [confirming, setConfirming] = useState(false);
  const remove = useRemoveDevice();
  const name = device.fingerprint
    ? t('team.deviceNamed', { fingerprint: device.fingerprint })
    : t('team.firstDevice');
  const inline = device.fingerprint
    ? t('team.deviceInline', { fingerprint: device.fingerprint })
    : t('team.firstInline');
  return (
    <li>
      <p>
        <strong>{name}</strong>
        {device.you ? ` ${t('team.thisDevice')}` : ''}
        <br />
        <span className="field-hint">
          {t('team.admittedOn', { when: formatInstant(device.admittedAt, i18n.language) })}
        </span>
      </p>
      {device.you ? null : confirming ? (
        <div
          className="actions"
          role="group"
          aria-label={t('team.removeConfirmLabel', { name: inline })}
        >
          <p>{t('team.removeConfirm')}</p>
          <button
            type="button"
            className="button button-danger"
            disabled={remove.isPending}
            onClick={() => remove.mutate(device.memberId)}
          >
            {t('team.removeYes', { name: inline })}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('team.removeNo')}
          </button>
        </div>
      ) : (
        <div className="actions">
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t('team.remove', { name: inline })}
          </button>
        </div>
      )}
      {remove.isError ? (
        <p role="alert" className="banner banner-error">
          {t('team.failed')}
        </p>
      ) : null}
    </li>
  );
}
