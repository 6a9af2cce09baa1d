import { useId, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Where the demo's fictional colleague stands (src/mocks/demo-colleague.ts, decision 019). */
export interface DemoColleagueState {
  phase: 'off' | 'waiting' | 'joined' | 'refused' | 'removed';
  /** Its key's code while it waits to be admitted, as its own screen would show it. */
  fingerprint: string | undefined;
  edits: number;
  conflictMade: boolean;
  lastEdit:
    | {
        kind: 'case-note' | 'timeline-note' | 'document' | 'conflict';
        caseId: string;
        label: string | undefined;
      }
    | undefined;
}

/**
 * What the demo hands to Settings (the app passes it down; a feature never imports the mocks):
 * the colleague's name, its state as an external store, and the switch.
 */
export interface DemoColleagueControl {
  readonly name: string;
  subscribe: (listener: () => void) => () => void;
  getView: () => DemoColleagueState;
  switchOn: () => Promise<void>;
  switchOff: () => Promise<void>;
}

/**
 * The demo only (decision 019): switches on a fictional colleague who joins the team through the
 * same admission as a real one, edits demonstration cases now and then, and once makes a conflict
 * for the user to see how it is settled. Off by default.
 */
export function DemoColleagueSwitch({ control }: { control: DemoColleagueControl }) {
  const { t } = useTranslation('settings');
  const titleId = useId();
  const statusId = useId();
  const view = useSyncExternalStore(control.subscribe, control.getView);
  const [busy, setBusy] = useState(false);
  const { name } = control;
  const on = view.phase === 'waiting' || view.phase === 'joined';
  const toggle = (next: boolean) => {
    setBusy(true);
    void (next ? control.switchOn() : control.switchOff()).finally(() => setBusy(false));
  };
  const status = (() => {
    switch (view.phase) {
      case 'off':
        return t('team.demoColleague.off', { name });
      case 'waiting':
        return t('team.demoColleague.waiting', { name, fingerprint: view.fingerprint ?? '' });
      case 'joined':
        return view.conflictMade
          ? t('team.demoColleague.joinedAfterConflict', { name, count: view.edits })
          : t('team.demoColleague.joined', { name, count: view.edits });
      case 'refused':
        return t('team.demoColleague.refused', { name });
      case 'removed':
        return t('team.demoColleague.removed', { name });
    }
  })();
  const { lastEdit } = view;
  return (
    <section className="demo-colleague" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('team.demoColleague.title')}</h3>
      <label className="choice">
        <input
          type="checkbox"
          role="switch"
          checked={on}
          disabled={busy}
          aria-describedby={statusId}
          onChange={(event) => toggle(event.target.checked)}
        />
        {t('team.demoColleague.switch', { name })}
      </label>
      <p id={statusId} className="field-hint" aria-live="polite">
        {status}
      </p>
      {lastEdit ? (
        <p aria-live="polite">
          {t(`team.demoColleague.lastEdit.${lastEdit.kind}`, {
            name,
            label: lastEdit.label ?? '',
          })}{' '}
          <Link to={`/cases/${lastEdit.caseId}`}>
            {t('team.demoColleague.openCase', { label: lastEdit.label ?? '' })}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
