/**
 * One interview as it happens (issue 15): each visible section, then one row per question with the
 * worker's language and the person's side by side (stacked on a phone), the answer control under
 * it, in the worker's language. Each change is saved at once, with the script's version and the
 * language the person's column actually showed. The address and the title carry no personal data.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  ANSWER_LIMITS,
  INTERVIEW_LANGUAGE_INFO,
  findInterviewScript,
  interviewText,
  visibleSections,
  type AnswerLimit,
  type AnswerValue,
  type InterviewAnswer,
  type InterviewLanguage,
  type InterviewScript,
  type InterviewText,
  type InterviewTexts,
  type Question,
} from '../../domain';
import { listCountries } from '../../i18n/countries';
import { listLanguages } from '../../i18n/languages-list';
import { interviewQueries, useSaveAnswer } from '../../queries/interview-queries';
import type { StoredInterview } from '../../storage/storage';
import { DateField } from '../../ui/date-field';
import { PageTitle } from '../../ui/page-title';
import { InterviewProposals } from './interview-proposals';
import { InterviewSessionPanel } from './interview-session-panel';
import { InterviewTextView } from './interview-text-view';
import { interviewTextsQuery, useWorkerLanguage } from './interview-texts-query';
import { PersonModeButton } from './person-mode';
import { ReadAloudButton } from './read-aloud-button';
import { loadScriptFont } from './script-fonts';
import { TranscriptLinks } from './transcript-links';
import './interview-page.css';

export function InterviewPage() {
  const { t } = useTranslation(['interviews', 'common']);
  const { caseId = '', interviewId = '' } = useParams();
  const interview = useQuery(interviewQueries.detail(interviewId));
  return (
    <article className="interview-page">
      <Link to={`/cases/${caseId}`} className="back-link">
        {t('page.back')}
      </Link>
      <PageTitle appName={t('common:appName')}>{t('page.title')}</PageTitle>
      <TranscriptLinks caseId={caseId} interviewId={interviewId} />
      {interview.isPending ? (
        <p role="status">{t('page.loading')}</p>
      ) : interview.isError || interview.data === null || interview.data.caseId !== caseId ? (
        <p role="alert">{t('page.notFound')}</p>
      ) : (
        <InterviewView interview={interview.data} />
      )}
    </article>
  );
}

function InterviewView({ interview }: { interview: StoredInterview }) {
  const { t } = useTranslation('interviews');
  const workerLanguage = useWorkerLanguage();
  // The questions as they were when the interview started (records of before: version 1).
  const script = findInterviewScript(interview.scriptId, interview.scriptVersion ?? 1);
  const personTexts = useQuery(interviewTextsQuery(interview.scriptId, interview.language));
  const workerTexts = useQuery(interviewTextsQuery(interview.scriptId, workerLanguage));

  useEffect(() => {
    void loadScriptFont(interview.language);
  }, [interview.language]);

  if (script === undefined) return <p role="alert">{t('page.unknownScript')}</p>;
  if (personTexts.isError || workerTexts.isError) return <p role="alert">{t('page.textsError')}</p>;
  if (personTexts.isPending || workerTexts.isPending)
    return <p role="status">{t('page.loading')}</p>;
  const texts: BothTexts = {
    worker: { texts: workerTexts.data, language: workerLanguage },
    person: { texts: personTexts.data, language: interview.language },
  };
  return (
    <>
      <PersonModeButton interview={interview} script={script} texts={personTexts.data} />
      <InterviewSessionPanel interview={interview} />
      <InterviewSections interview={interview} script={script} texts={texts} />
      <InterviewProposals
        interview={interview}
        script={script}
        questionText={(questionId) => textIn(texts.worker, `question.${questionId}`).text}
      />
    </>
  );
}

interface ColumnTexts {
  texts: InterviewTexts;
  language: InterviewLanguage;
}
interface BothTexts {
  worker: ColumnTexts;
  person: ColumnTexts;
}

function textIn(column: ColumnTexts, textId: string): InterviewText {
  return interviewText(column.texts, textId, column.language);
}

function InterviewSections({
  interview,
  script,
  texts,
}: {
  interview: StoredInterview;
  script: InterviewScript;
  texts: BothTexts;
}) {
  const sections = visibleSections(script, interview.answers, interview.heldOn);
  const answers = useMemo(
    () => new Map(interview.answers.map((answer) => [answer.questionId, answer])),
    [interview.answers],
  );
  return (
    <>
      {sections.map(({ section, questions }) => (
        <section key={section.id} className="interview-section">
          <div className="interview-row__cells interview-row__cells--title">
            <div className="interview-cell">
              <InterviewTextView
                text={textIn(texts.worker, `section.${section.id}.title`)}
                as="h2"
              />
            </div>
            <div className="interview-cell interview-cell--person">
              <InterviewTextView text={textIn(texts.person, `section.${section.id}.title`)} />
            </div>
          </div>
          {(section.statements ?? []).map((statement) => {
            const id = `section.${section.id}.statement.${statement}`;
            return (
              <div key={id} className="interview-row__cells">
                <div className="interview-cell">
                  <InterviewTextView text={textIn(texts.worker, id)} />
                </div>
                <div className="interview-cell interview-cell--person">
                  <InterviewTextView text={textIn(texts.person, id)} />
                </div>
              </div>
            );
          })}
          {questions.map((question) => (
            <QuestionRow
              key={question.id}
              interview={interview}
              script={script}
              question={question}
              answer={answers.get(question.id)}
              texts={texts}
            />
          ))}
        </section>
      ))}
    </>
  );
}

type GivenAnswer = { status: 'answered'; value: AnswerValue } | { status: 'declined' };

function QuestionRow({
  interview,
  script,
  question,
  answer,
  texts,
}: {
  interview: StoredInterview;
  script: InterviewScript;
  question: Question;
  answer: InterviewAnswer | undefined;
  texts: BothTexts;
}) {
  const { t } = useTranslation('interviews');
  const labelId = useId();
  const save = useSaveAnswer(interview.id);
  const personText = textIn(texts.person, `question.${question.id}`);
  const shownLanguage = personText.outcome === 'missing' ? interview.language : personText.language;

  const give = (given: GivenAnswer, limit: AnswerLimit | undefined = answer?.limit) =>
    save.mutate([
      {
        ...given,
        questionId: question.id,
        scriptVersion: script.version,
        shownLanguage,
        answeredAt: new Date().toISOString(),
        ...(limit === undefined ? {} : { limit }),
      },
    ]);
  const isConsentQuestion = Object.values(script.consent).includes(question.id);
  const isDeclined = answer?.status === 'declined';
  const value = answer?.status === 'answered' ? answer.value : undefined;

  return (
    <div role="group" aria-labelledby={labelId} className="interview-row">
      <div className="interview-row__cells">
        <div className="interview-cell" id={labelId}>
          <InterviewTextView text={textIn(texts.worker, `question.${question.id}`)} />
        </div>
        <div className="interview-cell interview-cell--person">
          <InterviewTextView text={personText} />
          <ReadAloudButton language={interview.language} texts={[personText]} />
        </div>
      </div>
      {question.guidance ? (
        <details className="interview-guidance">
          <summary>{t('page.guidance')}</summary>
          <InterviewTextView text={textIn(texts.worker, `guidance.${question.id}`)} />
        </details>
      ) : null}
      <div className="interview-answer">
        <AnswerControl
          question={question}
          value={value}
          texts={texts}
          onAnswer={(next) => give({ status: 'answered', value: next })}
        />
        <label className="choice interview-declined">
          <input
            type="checkbox"
            checked={isDeclined}
            onChange={(event) =>
              // Unticked: no answer any more (a blank value counts as none), not "declined".
              give(
                event.target.checked ? { status: 'declined' } : { status: 'answered', value: '' },
              )
            }
          />
          {t('page.declined')}
        </label>
        {answer?.status === 'answered' && !isConsentQuestion ? (
          <AnswerLimitField
            limit={answer.limit}
            onChange={(limit) => give({ status: 'answered', value: answer.value }, limit)}
          />
        ) : null}
        {save.isError ? <p role="alert">{t('page.saveFailed')}</p> : null}
      </div>
    </div>
  );
}

function AnswerControl({
  question,
  value,
  texts,
  onAnswer,
}: {
  question: Question;
  value: AnswerValue | undefined;
  texts: BothTexts;
  onAnswer: (value: AnswerValue) => void;
}) {
  const { t, i18n } = useTranslation('interviews');
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  const name = useId();
  const inputId = useId();
  const label = t('page.answer');

  const choice = (code: string, textId: string, input: 'radio' | 'checkbox', checked: boolean) => {
    const person = textIn(texts.person, textId);
    return (
      <label key={code} className="choice">
        <input
          type={input}
          name={name}
          value={code}
          checked={checked}
          onChange={(event) => {
            if (input === 'radio') {
              // A yes-no question's value is a boolean; a choice is its code, even one named 'yes'.
              onAnswer(question.type === 'yes-no' ? code === 'yes' : code);
              return;
            }
            const current = Array.isArray(value) ? value : [];
            onAnswer(
              event.target.checked
                ? [...current.filter((item) => item !== code), code]
                : current.filter((item) => item !== code),
            );
          }}
        />
        {textIn(texts.worker, textId).text}
        {person.outcome === 'missing' || person.language === texts.worker.language ? null : (
          <span
            className="interview-choice__person"
            lang={person.language}
            dir={person.dir}
            data-script={INTERVIEW_LANGUAGE_INFO[person.language].script}
          >
            {person.text}
          </span>
        )}
      </label>
    );
  };

  switch (question.type) {
    case 'yes-no':
      return (
        <fieldset className="interview-choices">
          <legend>{label}</legend>
          {choice('yes', 'common.yes', 'radio', value === true)}
          {choice('no', 'common.no', 'radio', value === false)}
        </fieldset>
      );
    case 'single-choice':
    case 'multiple-choice': {
      const isMultiple = question.type === 'multiple-choice';
      return (
        <fieldset className="interview-choices">
          <legend>{label}</legend>
          {(question.choices ?? []).map((code) =>
            choice(
              code,
              `choice.${question.id}.${code}`,
              isMultiple ? 'checkbox' : 'radio',
              isMultiple ? Array.isArray(value) && value.includes(code) : value === code,
            ),
          )}
        </fieldset>
      );
    }
    case 'text':
    case 'number': {
      const shown = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
      return (
        <div className="field">
          <label htmlFor={inputId}>{label}</label>
          <input
            id={inputId}
            // A value saved elsewhere (another tab, a colleague) replaces what the field shows.
            key={shown}
            type={question.type === 'number' ? 'number' : 'text'}
            {...(question.type === 'number' ? { min: 0, inputMode: 'numeric' as const } : {})}
            defaultValue={shown}
            onBlur={(event) => {
              const typed = event.target.value.trim();
              if (typed === shown) return;
              if (question.type === 'text' || typed === '') onAnswer(typed);
              else if (Number.isFinite(Number(typed))) onAnswer(Number(typed));
            }}
          />
        </div>
      );
    }
    case 'date':
      return (
        <DateAnswer
          label={label}
          value={typeof value === 'string' ? value : ''}
          onAnswer={onAnswer}
        />
      );
    case 'country':
      return (
        <div className="field">
          <label htmlFor={inputId}>{label}</label>
          <select
            id={inputId}
            value={typeof value === 'string' ? value : ''}
            onChange={(event) => onAnswer(event.target.value)}
          >
            <option value="">{t('page.notAnswered')}</option>
            {listCountries(uiLanguage).map(({ code, name: country }) => (
              <option key={code} value={code}>
                {country}
              </option>
            ))}
          </select>
        </div>
      );
    case 'language': {
      const languages = listLanguages(uiLanguage);
      return (
        <div className="field">
          <label htmlFor={inputId}>{label}</label>
          {question.multiple ? (
            <select
              id={inputId}
              multiple
              value={Array.isArray(value) ? value : []}
              onChange={(event) =>
                onAnswer([...event.target.selectedOptions].map((option) => option.value))
              }
            >
              {languages.map(({ code, name: language }) => (
                <option key={code} value={code}>
                  {language}
                </option>
              ))}
            </select>
          ) : (
            <select
              id={inputId}
              value={typeof value === 'string' ? value : ''}
              onChange={(event) => onAnswer(event.target.value)}
            >
              <option value="">{t('page.notAnswered')}</option>
              {languages.map(({ code, name: language }) => (
                <option key={code} value={code}>
                  {language}
                </option>
              ))}
            </select>
          )}
        </div>
      );
    }
  }
}

/**
 * A date answer is saved when the worker leaves the field, not at each digit: every digit of a
 * year typed makes a full date ('0002-09-14'), and saving it would write it back into the field
 * while the next digit is typed.
 */
function DateAnswer({
  label,
  value,
  onAnswer,
}: {
  label: string;
  value: string;
  onAnswer: (value: AnswerValue) => void;
}) {
  const [typed, setTyped] = useState(value);
  const [shown, setShown] = useState(value);
  // What was typed last, read on leaving: the field empties a half-typed date just before.
  const latest = useRef(value);
  // A value saved elsewhere (another tab, a colleague) replaces what the field shows.
  useEffect(() => {
    latest.current = value;
  }, [value]);
  if (value !== shown) {
    setShown(value);
    setTyped(value);
  }
  return (
    <DateField
      label={label}
      value={typed}
      onChange={(next) => {
        latest.current = next;
        setTyped(next);
      }}
      onBlur={() => {
        if (latest.current !== value) onAnswer(latest.current);
      }}
    />
  );
}

/**
 * How far this answer may go, as the person said (the consent's right to limit how answers are
 * used): with the file and the team as agreed at the start, the team only (nothing proposed to the
 * file), or confidential (stays on this device, proposes nothing).
 */
function AnswerLimitField({
  limit,
  onChange,
}: {
  limit: AnswerLimit | undefined;
  onChange: (limit: AnswerLimit | undefined) => void;
}) {
  const { t } = useTranslation('interviews');
  const id = useId();
  return (
    <div className="field interview-limit">
      <label htmlFor={id}>{t('page.limit.label')}</label>
      <select
        id={id}
        value={limit ?? ''}
        onChange={(event) => {
          const chosen = ANSWER_LIMITS.find((value) => value === event.target.value);
          onChange(chosen);
        }}
      >
        <option value="">{t('page.limit.none')}</option>
        {ANSWER_LIMITS.map((value) => (
          <option key={value} value={value}>
            {t(`page.limit.${value}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
