import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

/** One field changed here and saved differently elsewhere, ready to show. */
export interface ShownConflict {
  key: string;
  label: string;
  /** What the user typed here. */
  ours: string;
  /** What is saved (another tab, or another device). */
  theirs: string;
}

/**
 * The fields saved differently elsewhere while the user was typing here: both values side by
 * side, and the user chooses which one stays. Nothing is saved until every one is settled.
 */
export function ConflictPanel({
  conflicts,
  onChoose,
  ref,
}: {
  conflicts: readonly ShownConflict[];
  onChoose: (key: string, side: 'ours' | 'theirs') => void;
  ref?: Ref<HTMLDivElement>;
}) {
  const { t } = useTranslation('common');
  if (conflicts.length === 0) return null;
  return (
    <div
      ref={ref}
      role="alert"
      className="banner banner-warning conflict-panel"
      tabIndex={-1}
      aria-labelledby="conflict-panel-title"
    >
      <p id="conflict-panel-title">
        <strong>{t('conflict.title', { count: conflicts.length })}</strong>
      </p>
      <p>{t('conflict.intro')}</p>
      <ul>
        {conflicts.map((conflict) => (
          <li key={conflict.key}>
            <p className="conflict-field">{conflict.label}</p>
            <dl className="conflict-values">
              <div>
                <dt>{t('conflict.theirs')}</dt>
                <dd>{conflict.theirs || t('conflict.empty')}</dd>
              </div>
              <div>
                <dt>{t('conflict.ours')}</dt>
                <dd>{conflict.ours || t('conflict.empty')}</dd>
              </div>
            </dl>
            <div className="actions">
              <button
                type="button"
                className="button button-small"
                onClick={() => onChoose(conflict.key, 'theirs')}
                aria-label={t('conflict.keepTheirsFor', { field: conflict.label })}
              >
                {t('conflict.keepTheirs')}
              </button>
              <button
                type="button"
                className="button button-small"
                onClick={() => onChoose(conflict.key, 'ours')}
                aria-label={t('conflict.keepOursFor', { field: conflict.label })}
              >
                {t('conflict.keepOurs')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
