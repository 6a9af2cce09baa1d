/**
 * The interview as it happens (issue 15): where it stands (in progress, on a break, paused to be
 * resumed another day, finished) with the one or two things the worker may do next, the log of its
 * breaks and pauses with their times, and who interpreted (in person, by phone or video; their
 * language and organisation). Everything is saved at once, merged like the answers.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INTERPRETER_MODES,
  interviewState,
  mergeSessionLogs,
  nextSessionEvents,
  type Interpreter,
  type SessionEventKind,
} from '../../domain';
import { formatInstant } from '../../i18n/format';
import { listLanguages } from '../../i18n/languages-list';
import { useSaveInterviewChanges } from '../../queries/interview-queries';
import type { StoredInterview } from '../../storage/storage';

type InterpreterChoice = 'none' | (Interpreter['mode'] & string);

export function InterviewSessionPanel({ interview }: { interview: StoredInterview }) {
  const { t, i18n } = useTranslation('interviews');
  const language = i18n.resolvedLanguage ?? i18n.language;
  const save = useSaveInterviewChanges(interview.id);
  const state = interviewState(interview.log);
  const log = mergeSessionLogs(interview.log, []);
  const statusId = useId();

  const logEvent = (kind: SessionEventKind) =>
    save.mutate({ log: [{ id: crypto.randomUUID(), kind, at: new Date().toISOString() }] });

  return (
    <section className="interview-session" aria-labelledby={statusId}>
      <p id={statusId} className="interview-session__state" role="status">
        {t(`session.state.${state}`)}
      </p>
      <div className="actions">
        {nextSessionEvents(state).map((kind) => (
          <button
            key={kind}
            type="button"
            className={kind === 'finish' ? 'button' : 'button button-primary'}
            disabled={save.isPending}
            onClick={() => logEvent(kind)}
          >
            {t(`session.do.${kind}`)}
          </button>
        ))}
      </div>
      {log.length > 0 ? (
        <details className="interview-session__log">
          <summary>{t('session.log', { count: log.length })}</summary>
          <ol>
            {log.map((event) => (
              <li key={event.id}>
                {t(`session.done.${event.kind}`, { at: formatInstant(event.at, language) })}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      <InterpreterFields
        interview={interview}
        onSave={(interpreter) => save.mutate({ interpreter })}
      />
      {save.isError ? <p role="alert">{t('page.saveFailed')}</p> : null}
    </section>
  );
}

function InterpreterFields({
  interview,
  onSave,
}: {
  interview: StoredInterview;
  onSave: (interpreter: Interpreter) => void;
}) {
  const { t, i18n } = useTranslation('interviews');
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  const name = useId();
  const languageId = useId();
  const organisationId = useId();
  const current = interview.interpreter;
  const choice: InterpreterChoice | '' =
    current === undefined ? '' : current.present ? (current.mode ?? 'in-person') : 'none';
  const [organisation, setOrganisation] = useState(current?.organisation ?? '');

  const saveWith = (changes: Partial<Omit<Interpreter, 'setAt'>>) => {
    const next = {
      present: current?.present ?? true,
      ...(current?.mode ? { mode: current.mode } : {}),
      language: current?.language ?? interview.language,
      ...(current?.organisation ? { organisation: current.organisation } : {}),
      ...changes,
      setAt: new Date().toISOString(),
    };
    onSave(next);
  };

  return (
    <fieldset className="interview-interpreter">
      <legend>{t('session.interpreter.legend')}</legend>
      <div className="interview-choices">
        {(['none', ...INTERPRETER_MODES] as const).map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name={name}
              value={option}
              checked={choice === option}
              onChange={() =>
                saveWith(option === 'none' ? { present: false } : { present: true, mode: option })
              }
            />
            {t(`session.interpreter.${option}`)}
          </label>
        ))}
      </div>
      {current?.present ? (
        <>
          <div className="field">
            <label htmlFor={languageId}>{t('session.interpreter.language')}</label>
            <select
              id={languageId}
              value={current.language ?? interview.language}
              onChange={(event) => saveWith({ language: event.target.value })}
            >
              {listLanguages(uiLanguage).map(({ code, name: languageName }) => (
                <option key={code} value={code}>
                  {languageName}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={organisationId}>{t('session.interpreter.organisation')}</label>
            <input
              id={organisationId}
              type="text"
              maxLength={200}
              autoComplete="off"
              value={organisation}
              onChange={(event) => setOrganisation(event.target.value)}
              onBlur={() => {
                const typed = organisation.trim();
                if (typed !== (current.organisation ?? ''))
                  saveWith(typed === '' ? { organisation: undefined } : { organisation: typed });
              }}
            />
          </div>
        </>
      ) : null}
    </fieldset>
  );
}
