/**
 * A case's interviews (issue 15), on the case page: each held on a day, in a language, with how
 * many questions have an answer, and a link to it; and the short form that starts a new one. The
 * addresses carry ids only.
 */
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  INTERVIEW_LANGUAGES,
  INTERVIEW_LANGUAGE_INFO,
  findInterviewScript,
  isInterviewLanguage,
  isPlainDate,
  isValueOfType,
  listQuestions,
  type Interview,
  type InterviewLanguage,
} from '../../domain';
import { formatPlainDate } from '../../i18n/format';
import { nameLanguage } from '../../i18n/languages-list';
import { interviewQueries, useStartInterview } from '../../queries/interview-queries';
import { DateField } from '../../ui/date-field';
import { Field } from '../../ui/field';
import { useToday } from '../../ui/use-today';
import './interview-page.css';

/** The only script so far. */
const SCRIPT_ID = 'screening';

/** A language by its own name, with its name in the worker's language beside: "ትግርኛ — tigrigna". */
export function labelInterviewLanguage(language: InterviewLanguage, uiLanguage: string): string {
  return `${INTERVIEW_LANGUAGE_INFO[language].endonym} — ${nameLanguage(language, uiLanguage)}`;
}

/**
 * The questions answered or declined: an answer emptied again (a blank value, or a value its
 * question no longer takes) counts as none.
 */
function countAnswers({ scriptId, answers }: Pick<Interview, 'scriptId' | 'answers'>): number {
  const script = findInterviewScript(scriptId);
  const questions = new Map(script ? listQuestions(script).map((q) => [q.id, q]) : []);
  return answers.filter((answer) => {
    if (answer.status === 'declined') return true;
    const question = questions.get(answer.questionId);
    return question !== undefined && isValueOfType(question, answer.value);
  }).length;
}

export function InterviewsSection({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('interviews');
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  const interviews = useQuery(interviewQueries.listForCase(caseId));
  const [isStarting, setIsStarting] = useState(false);
  const titleId = useId();
  return (
    <section id="case-interviews" className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('section.title')}</h2>
      {interviews.isPending ? (
        <p role="status">{t('section.loading')}</p>
      ) : interviews.isError ? (
        <p role="alert">{t('section.loadError')}</p>
      ) : interviews.data.length === 0 ? (
        <p>{t('section.none')}</p>
      ) : (
        <ul className="interview-list">
          {interviews.data.map((interview) => {
            const info = INTERVIEW_LANGUAGE_INFO[interview.language];
            return (
              <li key={interview.id}>
                <Link to={`/cases/${caseId}/interviews/${interview.id}`}>
                  {t('section.item', { date: formatPlainDate(interview.heldOn, uiLanguage) })}
                </Link>{' '}
                <span lang={interview.language} dir={info.dir}>
                  {info.endonym}
                </span>{' '}
                <span className="field-hint">
                  {t('section.answers', { count: countAnswers(interview) })}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {isStarting ? (
        <StartInterviewForm caseId={caseId} onCancel={() => setIsStarting(false)} />
      ) : (
        <p className="actions">
          <button type="button" className="button" onClick={() => setIsStarting(true)}>
            {t('section.start')}
          </button>
        </p>
      )}
    </section>
  );
}

function StartInterviewForm({ caseId, onCancel }: { caseId: string; onCancel: () => void }) {
  const { t, i18n } = useTranslation('interviews');
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  const today = useToday();
  const [language, setLanguage] = useState<InterviewLanguage | ''>('');
  const [heldOn, setHeldOn] = useState(today);
  const [errors, setErrors] = useState<{ language?: string; heldOn?: string }>({});
  const start = useStartInterview(caseId);
  const navigate = useNavigate();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      ...(language === '' ? { language: t('start.languageRequired') } : {}),
      ...(isPlainDate(heldOn) ? {} : { heldOn: t('start.dayRequired') }),
    };
    setErrors(found);
    if (language === '' || !isPlainDate(heldOn)) return;
    const started = await start.mutateAsync({
      scriptId: SCRIPT_ID,
      scriptVersion: findInterviewScript(SCRIPT_ID)?.version ?? 1,
      heldOn,
      language,
    });
    await navigate(`/cases/${caseId}/interviews/${started.id}`);
  };

  return (
    <form className="interview-start" noValidate onSubmit={(event) => void submit(event)}>
      <Field label={t('start.language')} error={errors.language}>
        {(controlProps) => (
          <select
            {...controlProps}
            value={language}
            onChange={(event) => {
              const value = event.target.value;
              setLanguage(isInterviewLanguage(value) ? value : '');
            }}
          >
            <option value="">{t('start.chooseLanguage')}</option>
            {INTERVIEW_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {labelInterviewLanguage(code, uiLanguage)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <DateField label={t('start.day')} error={errors.heldOn} value={heldOn} onChange={setHeldOn} />
      {start.isError ? <p role="alert">{t('start.failed')}</p> : null}
      <p className="actions">
        <button type="submit" className="button button-primary" disabled={start.isPending}>
          {t('start.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('start.cancel')}
        </button>
      </p>
    </form>
  );
}
