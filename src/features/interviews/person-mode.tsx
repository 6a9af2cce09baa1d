/**
 * "Show to the person" (issue 15): the device is handed over, and the person reads the interview in
 * their own language only, one screen at a time, large enough at arm's length, and answers the
 * yes/no and choice questions themselves, or says they prefer not to answer. Each answer is saved
 * as the interview page saves it (script version, language shown, instant). Questions answered in
 * words, dates, numbers, countries or languages are left to the worker: the device may have no
 * keyboard for the person's script, and the page's date, country and language controls speak the
 * worker's language; the person reads the question and is told the worker will write the answer.
 * Nothing else of the app can be reached meanwhile (use-hand-over.ts); leaving asks for the
 * passphrase (person-mode-leave.tsx).
 */
import { useEffect, useId, useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import {
  INTERVIEW_LANGUAGE_INFO,
  interviewText,
  visibleSections,
  type AnswerValue,
  type InterviewAnswer,
  type InterviewLanguage,
  type InterviewScript,
  type InterviewText,
  type InterviewTexts,
  type Question,
} from '../../domain';
import { nameLanguage } from '../../i18n/languages-list';
import { useSaveAnswer } from '../../queries/interview-queries';
import type { StoredInterview } from '../../storage/storage';
import { findStep, listPersonModeSteps, type PersonModeStep } from './person-mode-steps';
import { PersonModeLeave } from './person-mode-leave';
import { ReadAloudButton } from './read-aloud-button';
import {
  requestFullScreen,
  useHandOverLayer,
  useLeaveFullScreenOnEnd,
  useRefuseNavigation,
} from './use-hand-over';
import './interview-text.css';
import './person-mode.css';

interface PersonModeProps {
  interview: StoredInterview;
  script: InterviewScript;
  /** The texts of the person's language and of its fallbacks (the page has loaded them). */
  texts: InterviewTexts;
}

/** The interview page's button, with what it does in a line under it, and the mode once opened. */
export function PersonModeButton(props: PersonModeProps) {
  const { t, i18n } = useTranslation('interviews');
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  const [isOpen, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const hintId = useId();

  // Back on the page: the focus returns to the button that opened the mode.
  useEffect(() => {
    if (wasOpen.current && !isOpen) button.current?.focus();
    wasOpen.current = isOpen;
  }, [isOpen]);

  return (
    <div className="person-mode-launch">
      <button
        ref={button}
        type="button"
        className="button button-primary"
        aria-describedby={hintId}
        onClick={() => {
          requestFullScreen();
          setOpen(true);
        }}
      >
        {t('personMode.open')}
      </button>
      <p id={hintId} className="field-hint">
        {t('personMode.openHint', {
          language: nameLanguage(props.interview.language, uiLanguage),
        })}
      </p>
      {isOpen ? <PersonMode {...props} onLeave={() => setOpen(false)} /> : null}
    </div>
  );
}

type GivenAnswer = { status: 'answered'; value: AnswerValue } | { status: 'declined' };

function PersonMode({
  interview,
  script,
  texts,
  onLeave,
}: PersonModeProps & { onLeave: () => void }) {
  const { t, i18n } = useTranslation('interviews');
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  const layer = useHandOverLayer();
  useRefuseNavigation();
  useLeaveFullScreenOnEnd();

  const language = interview.language;
  const text = (id: string) => interviewText(texts, id, language);
  const answers = useMemo(
    () => new Map(interview.answers.map((answer) => [answer.questionId, answer])),
    [interview.answers],
  );
  const steps = listPersonModeSteps(visibleSections(script, interview.answers, interview.heldOn));
  const [at, setAt] = useState({ key: steps[0]?.key ?? 'end', index: 0 });
  const position = findStep(steps, at);
  const step = steps[position] ?? { key: 'end', kind: 'end' };
  const goTo = (index: number) => {
    const next = steps[index];
    if (next !== undefined) setAt({ key: next.key, index });
  };
  const [isLeaving, setLeaving] = useState(false);

  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Each new screen is announced and read from its heading, as a page of its own.
  useEffect(() => {
    if (!isLeaving) heading.current?.focus({ preventScroll: true });
  }, [step.key, isLeaving]);

  const save = useSaveAnswer(interview.id);
  const give = (question: Question, given: GivenAnswer) => {
    const shown = text(`question.${question.id}`);
    const previous = answers.get(question.id);
    const answer: InterviewAnswer = {
      ...given,
      questionId: question.id,
      scriptVersion: script.version,
      shownLanguage: shown.outcome === 'missing' ? language : shown.language,
      answeredAt: new Date().toISOString(),
      ...(previous?.limit === undefined ? {} : { limit: previous.limit }),
    };
    save.mutate([answer]);
  };

  const progress = text('person-mode.progress');
  const workerWords = { lang: uiLanguage, dir: i18n.dir(uiLanguage) };

  return createPortal(
    <div
      className="person-mode"
      role="dialog"
      aria-modal="true"
      aria-labelledby={headingId}
      lang={language}
      dir={INTERVIEW_LANGUAGE_INFO[language].dir}
    >
      <div className="person-mode__bar">
        <progress
          className="person-mode__progress"
          max={steps.length}
          value={position + 1}
          aria-label={progress.text}
          {...languageOf(progress)}
        />
        {isLeaving ? null : (
          <button
            type="button"
            className="button button-small person-mode__leave"
            {...workerWords}
            onClick={() => setLeaving(true)}
          >
            {t('personMode.leave')}
          </button>
        )}
      </div>
      {isLeaving ? (
        <div className="person-mode__screen">
          <PersonModeLeave
            headingId={headingId}
            onLeave={onLeave}
            onCancel={() => setLeaving(false)}
          />
        </div>
      ) : (
        <>
          <div className="person-mode__screen" key={step.key}>
            <StepView
              step={step}
              language={language}
              text={text}
              answer={step.kind === 'question' ? answers.get(step.question.id) : undefined}
              onAnswer={give}
              heading={{ id: headingId, ref: heading }}
            />
            {save.isError ? (
              <p role="alert" className="banner banner-error" {...workerWords}>
                {t('personMode.saveFailed')}
              </p>
            ) : null}
          </div>
          <div className="person-mode__nav">
            {position > 0 ? (
              <button type="button" className="button" onClick={() => goTo(position - 1)}>
                <Words text={text('person-mode.previous')} />
              </button>
            ) : null}
            {step.kind === 'end' ? null : (
              <button
                type="button"
                className="button button-primary person-mode__next"
                onClick={() => goTo(position + 1)}
              >
                <Words text={text('person-mode.next')} />
              </button>
            )}
          </div>
        </>
      )}
    </div>,
    layer,
  );
}

/** `lang` and `dir` of a text that fell back to another language (on its own element). */
function languageOf(text: InterviewText): { lang: string; dir: 'ltr' | 'rtl' } {
  return text.outcome === 'missing'
    ? { lang: 'zxx', dir: 'ltr' }
    : { lang: text.language, dir: text.dir };
}

type ContentElement = 'p' | 'span' | 'h2';

/**
 * A piece of content in its own language and its script's font. No marks here: they are in the
 * worker's language, and the worker sees them on the page.
 */
function Words({
  text,
  as: Element = 'span',
  id,
  headingRef,
  className,
}: {
  text: InterviewText;
  as?: ContentElement;
  id?: string;
  headingRef?: Ref<HTMLHeadingElement>;
  className?: string;
}) {
  const script =
    text.outcome === 'missing' ? undefined : INTERVIEW_LANGUAGE_INFO[text.language].script;
  const classes = ['interview-text__content', className].filter(Boolean).join(' ');
  const shared = { ...languageOf(text), className: classes, 'data-script': script, id };
  if (Element === 'h2') {
    return (
      <h2 {...shared} ref={headingRef} tabIndex={-1}>
        {text.text}
      </h2>
    );
  }
  return <Element {...shared}>{text.text}</Element>;
}

function StepView({
  step,
  language,
  text,
  answer,
  onAnswer,
  heading,
}: {
  step: PersonModeStep;
  language: InterviewLanguage;
  text: (id: string) => InterviewText;
  answer: InterviewAnswer | undefined;
  onAnswer: (question: Question, given: GivenAnswer) => void;
  heading: { id: string; ref: Ref<HTMLHeadingElement> };
}) {
  const labels = {
    read: text('person-mode.read-aloud').text,
    stop: text('person-mode.stop-reading').text,
  };
  const readAloud = (spoken: readonly InterviewText[]) => (
    <ReadAloudButton
      language={language}
      texts={spoken}
      labels={labels}
      className="button person-mode__read-aloud"
    />
  );

  switch (step.kind) {
    case 'end':
      return (
        <Words
          as="h2"
          text={text('person-mode.give-back')}
          id={heading.id}
          headingRef={heading.ref}
          className="person-mode__question"
        />
      );
    case 'statements': {
      const title = text(`section.${step.section.id}.title`);
      const statements = (step.section.statements ?? []).map((statement) =>
        text(`section.${step.section.id}.statement.${statement}`),
      );
      return (
        <>
          <Words
            as="h2"
            text={title}
            id={heading.id}
            headingRef={heading.ref}
            className="person-mode__title"
          />
          {readAloud([title, ...statements])}
          {statements.map((statement) => (
            <Words
              key={statement.textId}
              as="p"
              text={statement}
              className="person-mode__statement"
            />
          ))}
        </>
      );
    }
    case 'question': {
      const question = text(`question.${step.question.id}`);
      return (
        <>
          <Words
            as="p"
            text={text(`section.${step.section.id}.title`)}
            className="person-mode__section"
          />
          <Words
            as="h2"
            text={question}
            id={heading.id}
            headingRef={heading.ref}
            className="person-mode__question"
          />
          {readAloud([question])}
          <AnswerChoices
            question={step.question}
            labelledBy={heading.id}
            text={text}
            answer={answer}
            onAnswer={(given) => onAnswer(step.question, given)}
          />
        </>
      );
    }
  }
}

/**
 * The person's own answer: large choices (yes and no, or the script's choices), then "I prefer not
 * to answer", apart. Native radios and checkboxes: their keyboard and their reading need nothing of
 * ours. A question the worker notes shows that line, and the choice not to answer.
 */
function AnswerChoices({
  question,
  labelledBy,
  text,
  answer,
  onAnswer,
}: {
  question: Question;
  labelledBy: string;
  text: (id: string) => InterviewText;
  answer: InterviewAnswer | undefined;
  onAnswer: (given: GivenAnswer) => void;
}) {
  const name = useId();
  const value = answer?.status === 'answered' ? answer.value : undefined;
  const isDeclined = answer?.status === 'declined';

  const choice = (
    code: string,
    textId: string,
    checked: boolean,
    onChange: (on: boolean) => void,
    type: 'radio' | 'checkbox',
  ) => (
    <label key={code} className="person-mode__choice">
      <input
        type={type}
        name={name}
        value={code}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <Words text={text(textId)} />
    </label>
  );

  let choices: ReactNode;
  switch (question.type) {
    case 'yes-no':
      choices = [
        choice(
          'yes',
          'common.yes',
          value === true,
          () => onAnswer({ status: 'answered', value: true }),
          'radio',
        ),
        choice(
          'no',
          'common.no',
          value === false,
          () => onAnswer({ status: 'answered', value: false }),
          'radio',
        ),
      ];
      break;
    case 'single-choice':
      choices = (question.choices ?? []).map((code) =>
        choice(
          code,
          `choice.${question.id}.${code}`,
          value === code,
          () => onAnswer({ status: 'answered', value: code }),
          'radio',
        ),
      );
      break;
    case 'multiple-choice': {
      const current = Array.isArray(value) ? value : [];
      choices = (question.choices ?? []).map((code) =>
        choice(
          code,
          `choice.${question.id}.${code}`,
          current.includes(code),
          (on) =>
            onAnswer({
              status: 'answered',
              value: on
                ? [...current.filter((item) => item !== code), code]
                : current.filter((item) => item !== code),
            }),
          'checkbox',
        ),
      );
      break;
    }
    case 'text':
    case 'number':
    case 'date':
    case 'country':
    case 'language':
      choices = (
        <Words
          as="p"
          text={text('person-mode.worker-notes')}
          className="person-mode__worker-notes"
        />
      );
      break;
  }

  return (
    <fieldset className="person-mode__choices" aria-labelledby={labelledBy}>
      {choices}
      <label className="person-mode__choice person-mode__choice--declined">
        <input
          type="checkbox"
          checked={isDeclined}
          onChange={(event) =>
            // Unticked: no answer any more (a blank value counts as none), as on the page.
            onAnswer(
              event.target.checked ? { status: 'declined' } : { status: 'answered', value: '' },
            )
          }
        />
        <Words text={text('common.declined')} />
      </label>
    </fieldset>
  );
}
