import { ConflictPanel, type ShownConflict } from './conflict-panel';

/** Where a form saved as the user goes stands (queries/use-autosave.ts reports it). */
export type AutosaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'invalid' | 'failed';

/**
 * What a form saved as the user goes says about its saves: "saving…" then "saved" in a status
 * line, the fields another tab changed too (both values, the user chooses), and an alert when a
 * field must be corrected first or when the save failed. The words come from the form's feature.
 */
export function AutosaveFeedback({
  state,
  conflicts,
  onChoose,
  texts,
}: {
  state: AutosaveState;
  conflicts: readonly ShownConflict[];
  onChoose: (key: string, side: 'ours' | 'theirs') => void;
  texts: { saving: string; saved: string; invalid: string; failed: string };
}) {
  return (
    <>
      <p role="status" className="autosave-state">
        {state === 'saving' || state === 'pending'
          ? texts.saving
          : state === 'saved'
            ? texts.saved
            : ''}
      </p>
      <ConflictPanel conflicts={conflicts} onChoose={onChoose} />
      {state === 'invalid' ? (
        <p role="alert" className="banner banner-error">
          {texts.invalid}
        </p>
      ) : null}
      {state === 'failed' && conflicts.length === 0 ? (
        <p role="alert" className="banner banner-error">
          {texts.failed}
        </p>
      ) : null}
    </>
  );
}
