/**
 * An interview's printed transcript (issue 15, decision 021), saved as PDF from the browser's print
 * dialog. Two copies: the bilingual one for the case file (the worker's language beside the
 * person's, a confidential answer withheld) and the person's own, in their language and direction
 * alone, every answer of theirs in it. The address carries ids and a fixed word; the title names no
 * one.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  mergeSessionLogs,
  INTERVIEW_LANGUAGE_INFO,
  buildTranscript,
  findInterviewScript,
  interviewText,
  listTranscriptVersions,
  toCaseReference,
  type InterviewLanguage,
  type InterviewScript,
  type InterviewText,
  type TranscriptCopy,
} from '../../domain';
import { formatInstant, formatNumber, formatPlainDate } from '../../i18n/format';
import { nameLanguage } from '../../i18n/languages-list';
import { interviewQueries } from '../../queries/interview-queries';
import type { StoredInterview } from '../../storage/storage';
import { PrintLayout } from '../../ui/print-layout';
import { useToday } from '../../ui/use-today';
import { interviewTextsQuery, useWorkerLanguage } from './interview-texts-query';
import { loadScriptFont } from './script-fonts';
import {
  listDraftLanguages,
  listDrafts,
  printColumn,
  writePlainDate,
  type ColumnRole,
  type ColumnTexts,
  type PrintedAnswer,
  type PrintedNote,
  type PrintedValue,
  type TranscriptColumn,
} from './transcript-column';
import './interview-text.css';
import './transcript.css';

/** The bilingual transcript, for the case file. */
export function InterviewTranscriptPage() {
  return <TranscriptRoute copy="bilingual" />;
}

/** The person's copy, in their language alone. */
export function InterviewPersonCopyPage() {
  return <TranscriptRoute copy="person" />;
}

function TranscriptRoute({ copy }: { copy: TranscriptCopy }) {
  const { t } = useTranslation(['interviews', 'common']);
  const { caseId = '', interviewId = '' } = useParams();
  const interview = useQuery(interviewQueries.detail(interviewId));
  const interviewPath = `/cases/${caseId}/interviews/${interviewId}`;
  const isBilingual = copy === 'bilingual';
  return (
    <PrintLayout
      title={isBilingual ? t('transcript.title') : t('transcript.personTitle')}
      appName={t('common:appName')}
      intro={isBilingual ? t('transcript.intro') : t('transcript.personIntro')}
      backTo={interviewPath}
      backLabel={t('transcript.back')}
      printLabel={t('transcript.print')}
      actions={
        <Link
          className="button"
          to={isBilingual ? `${interviewPath}/transcript/person` : `${interviewPath}/transcript`}
        >
          {isBilingual ? t('transcript.toPersonCopy') : t('transcript.toTranscript')}
        </Link>
      }
    >
      {interview.isPending ? (
        <p role="status">{t('page.loading')}</p>
      ) : interview.isError || interview.data === null || interview.data.caseId !== caseId ? (
        <p role="alert">{t('page.notFound')}</p>
      ) : (
        <TranscriptView interview={interview.data} copy={copy} />
      )}
    </PrintLayout>
  );
}

function TranscriptView({ interview, copy }: { interview: StoredInterview; copy: TranscriptCopy }) {
  const { t } = useTranslation('interviews');
  const workerLanguage = useWorkerLanguage();
  const script = findInterviewScript(interview.scriptId, interview.scriptVersion ?? 1);
  const personTexts = useQuery(interviewTextsQuery(interview.scriptId, interview.language));
  const workerTexts = useQuery(interviewTextsQuery(interview.scriptId, workerLanguage));

  // The app's own Arabic and Ethiopic faces, so that the PDF is written with them.
  useEffect(() => {
    void loadScriptFont(interview.language);
  }, [interview.language]);

  if (script === undefined) return <p role="alert">{t('page.unknownScript')}</p>;
  if (personTexts.isError || workerTexts.isError) return <p role="alert">{t('page.textsError')}</p>;
  if (personTexts.isPending || workerTexts.isPending)
    return <p role="status">{t('page.loading')}</p>;
  const person = { texts: personTexts.data, language: interview.language };
  return copy === 'bilingual' ? (
    <BilingualTranscript
      interview={interview}
      script={script}
      worker={{ texts: workerTexts.data, language: workerLanguage }}
      person={person}
    />
  ) : (
    <PersonCopy interview={interview} script={script} person={person} />
  );
}

/** A text of the script in its own language: `lang`, `dir` and font from the language table. */
function ContentText({
  text,
  as: Element = 'p',
  className,
  id,
}: {
  text: InterviewText;
  as?: 'p' | 'span' | 'h2' | 'dt';
  className?: string;
  id?: string;
}) {
  const classes = ['transcript-content', className].filter(Boolean).join(' ');
  if (text.outcome === 'missing') {
    // A text id, shown so the gap is seen and reported: no language at all (`zxx`).
    return (
      <Element id={id} className={classes} lang="zxx" dir="ltr" translate="no">
        {text.text}
      </Element>
    );
  }
  return (
    <Element
      id={id}
      className={classes}
      lang={text.language}
      dir={text.dir}
      data-script={INTERVIEW_LANGUAGE_INFO[text.language].script}
    >
      {text.text}
    </Element>
  );
}

/** Words of the worker's, in the UI language and its direction, whatever the column's. */
function WorkerWords({ children, className }: { children: ReactNode; className: string }) {
  const { i18n } = useTranslation();
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  return (
    <span className={className} lang={uiLanguage} dir={i18n.dir(uiLanguage)}>
      {children}
    </span>
  );
}

/**
 * Where a text is not in the column's language, or a value not written in it, the filed copy says
 * so in the worker's words: a reader must know what the person actually read. Drafts are not
 * marked here: one footnote says it for the whole column.
 */
function WorkerMark({ text }: { text: InterviewText }) {
  const { t, i18n } = useTranslation('interviews');
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  if (text.outcome === 'missing')
    return (
      <WorkerWords className="transcript-mark">
        {t('mark.missing', { requested: nameLanguage(text.requested, uiLanguage) })}
      </WorkerWords>
    );
  if (text.outcome === 'own') return null;
  return (
    <WorkerWords className="transcript-mark">
      {t('transcript.mark.fallback', {
        shown: nameLanguage(text.language, uiLanguage),
        requested: nameLanguage(text.requested, uiLanguage),
      })}
    </WorkerWords>
  );
}

/** In the person's copy, a text not in their language says so in their language. */
function PersonMark({ text, column }: { text: InterviewText; column: ColumnTexts }) {
  if (text.outcome !== 'fallback') return null;
  return (
    <ContentText
      as="span"
      className="transcript-mark"
      text={interviewText(column.texts, 'transcript.fallback', column.language)}
    />
  );
}

function Marked({
  text,
  copy,
  column,
  as,
  className,
  id,
}: {
  text: InterviewText;
  copy: TranscriptCopy;
  column: ColumnTexts;
  as?: 'p' | 'h2';
  className?: string;
  id?: string;
}) {
  return (
    <>
      <ContentText
        text={text}
        {...(as === undefined ? {} : { as })}
        {...(className === undefined ? {} : { className })}
        {...(id === undefined ? {} : { id })}
      />
      {copy === 'bilingual' ? (
        <WorkerMark text={text} />
      ) : (
        <PersonMark text={text} column={column} />
      )}
    </>
  );
}

function ValueView({ value }: { value: PrintedValue }) {
  switch (value.kind) {
    case 'content':
      return <ContentText as="span" text={value.text} />;
    case 'typed':
      // As typed, in a language we cannot name (`lang=""`); its direction read from its letters.
      return (
        <span className="transcript-typed" lang="" dir="auto">
          {value.text}
        </span>
      );
    case 'written':
      return (
        <span
          lang={value.language}
          dir={INTERVIEW_LANGUAGE_INFO[value.language].dir}
          data-script={INTERVIEW_LANGUAGE_INFO[value.language].script}
        >
          {value.text}
        </span>
      );
  }
}

/**
 * What an answer's words are not in the column's language, said once for the answer (a list of
 * five languages named in English is one mark, not five): in the worker's words in the filed
 * copy, in the person's language in theirs.
 */
function AnswerMarks({
  values,
  copy,
  column,
}: {
  values: PrintedValue[];
  copy: TranscriptCopy;
  column: ColumnTexts;
}) {
  const { t, i18n } = useTranslation('interviews');
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  if (copy === 'person') {
    const hasFallback = values.some(
      (value) => value.kind === 'content' && value.text.outcome === 'fallback',
    );
    return hasFallback ? (
      <ContentText
        as="span"
        className="transcript-mark"
        text={interviewText(column.texts, 'transcript.fallback', column.language)}
      />
    ) : null;
  }
  const name = (language: InterviewLanguage) => nameLanguage(language, uiLanguage);
  const marks = new Set<string>();
  for (const value of values) {
    if (value.kind === 'content' && value.text.outcome === 'fallback')
      marks.add(
        t('transcript.mark.fallback', {
          shown: name(value.text.language),
          requested: name(value.text.requested),
        }),
      );
    if (value.kind === 'content' && value.text.outcome === 'missing')
      marks.add(t('mark.missing', { requested: name(value.text.requested) }));
    if (value.kind === 'written' && value.language !== value.requested)
      marks.add(
        t('transcript.mark.written', {
          shown: name(value.language),
          requested: name(value.requested),
        }),
      );
  }
  return [...marks].map((mark) => (
    <WorkerWords key={mark} className="transcript-mark">
      {mark}
    </WorkerWords>
  ));
}

function NoteView({ note }: { note: PrintedNote }) {
  const { t } = useTranslation('interviews');
  if (note.kind === 'content') return <ContentText className="transcript-note" text={note.text} />;
  const words = {
    withheld: t('transcript.answer.withheld'),
    confidential: t('transcript.answer.confidential'),
    'not-for-file': t('transcript.answer.notForFile'),
  }[note.limit];
  return (
    <p className="transcript-note">
      <WorkerWords className="transcript-note__words">{words}</WorkerWords>
    </p>
  );
}

function AnswerView({
  answer,
  copy,
  column,
}: {
  answer: PrintedAnswer;
  copy: TranscriptCopy;
  column: ColumnTexts;
}) {
  const classes = `transcript-answer${answer.isDeclined ? ' transcript-answer--declined' : ''}`;
  return (
    <div className={classes}>
      {answer.values.length === 1 && answer.values[0] !== undefined ? (
        <p className="transcript-value">
          <ValueView value={answer.values[0]} />
        </p>
      ) : answer.values.length > 1 ? (
        <ul className="transcript-values">
          {answer.values.map((value, index) => (
            <li key={index}>
              <ValueView value={value} />
            </li>
          ))}
        </ul>
      ) : null}
      <AnswerMarks values={answer.values} copy={copy} column={column} />
      {answer.notes.map((note, index) => (
        <NoteView key={index} note={note} />
      ))}
    </div>
  );
}

/** One column of the bilingual table: its language's texts, and what it prints. */
interface Column {
  texts: ColumnTexts;
  column: TranscriptColumn;
  /** The languages of the draft translations it prints (a footnote each). */
  drafts: InterviewLanguage[];
}

/**
 * A table, one column per language, one row per question: printed, its head (which column is
 * which language, the case's reference and the day) and its foot (the draft translations) repeat
 * on every page, so a page read alone says what it is.
 */
function BilingualTranscript({
  interview,
  script,
  worker,
  person,
}: {
  interview: StoredInterview;
  script: InterviewScript;
  worker: ColumnTexts;
  person: ColumnTexts;
}) {
  const { t, i18n } = useTranslation('interviews');
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  const notesId = useId();
  const transcript = buildTranscript(script, interview.answers, interview.heldOn, 'bilingual');
  const columnOf = (texts: ColumnTexts, role: ColumnRole): Column => {
    const column = printColumn(transcript, texts, role);
    return { texts, column, drafts: listDraftLanguages(column) };
  };
  // One column when the person's language is the worker's: the same words twice say nothing.
  const columns: Column[] = [
    columnOf(worker, 'worker'),
    ...(person.language === worker.language ? [] : [columnOf(person, 'person')]),
  ];
  const draftLanguages = [...new Set(columns.flatMap((column) => column.drafts))];

  return (
    <div className="print-sheet transcript">
      <TranscriptCover
        interview={interview}
        script={script}
        versions={listTranscriptVersions(transcript)}
      />
      {transcript.length === 0 ? (
        <p>{t('transcript.empty')}</p>
      ) : (
        <table className={`transcript-table transcript-table--${columns.length}`}>
          <thead>
            <tr className="transcript-running">
              <td colSpan={columns.length}>
                {t('transcript.running', {
                  reference: toCaseReference(interview.caseId),
                  date: formatPlainDate(interview.heldOn, uiLanguage),
                })}
              </td>
            </tr>
            <tr>
              {columns.map(({ column, drafts }) => {
                const info = INTERVIEW_LANGUAGE_INFO[column.language];
                return (
                  <th
                    key={column.language}
                    scope="col"
                    className="transcript-column-name"
                    lang={column.language}
                    dir={info.dir}
                    data-script={info.script}
                    {...(drafts.length > 0 ? { 'aria-describedby': notesId } : {})}
                  >
                    {info.endonym}
                    {drafts.length > 0 ? <span aria-hidden="true"> *</span> : null}
                  </th>
                );
              })}
            </tr>
          </thead>
          {transcript.map((printed, sectionIndex) => (
            <BilingualSection
              key={printed.section.id}
              columns={columns}
              sectionIndex={sectionIndex}
            />
          ))}
          {draftLanguages.length > 0 ? (
            <tfoot>
              <tr>
                <td colSpan={columns.length}>
                  <DraftNotes id={notesId} languages={draftLanguages} />
                </td>
              </tr>
            </tfoot>
          ) : null}
        </table>
      )}
    </div>
  );
}

function DraftNotes({ id, languages }: { id: string; languages: InterviewLanguage[] }) {
  const { t, i18n } = useTranslation('interviews');
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  return (
    <div id={id} className="transcript-notes">
      {languages.map((language) => (
        <p key={language}>
          <span aria-hidden="true">* </span>
          {t('transcript.draftNote', { language: nameLanguage(language, uiLanguage) })}
        </p>
      ))}
    </div>
  );
}

/** A section of the script: its title, its statements, its questions asked, a row each. */
function BilingualSection({ columns, sectionIndex }: { columns: Column[]; sectionIndex: number }) {
  const sectionOf = (column: TranscriptColumn) => column.sections[sectionIndex];
  const first = columns[0] === undefined ? undefined : sectionOf(columns[0].column);
  if (first === undefined) return null;
  const row = (
    key: string,
    className: string | undefined,
    content: (column: Column) => ReactNode,
  ) => (
    <tr key={key} {...(className === undefined ? {} : { className })}>
      {columns.map((column) => {
        const info = INTERVIEW_LANGUAGE_INFO[column.column.language];
        return (
          <td
            key={column.column.language}
            className="transcript-cell"
            lang={column.column.language}
            dir={info.dir}
            data-script={info.script}
          >
            {content(column)}
          </td>
        );
      })}
    </tr>
  );
  return (
    <tbody className="transcript-section">
      {row('title', 'transcript-row--title', ({ texts, column }) => {
        const section = sectionOf(column);
        if (section === undefined) return null;
        // The worker's column heads the section for the page's outline; the other is its twin.
        return column === columns[0]?.column ? (
          <Marked text={section.title} copy="bilingual" column={texts} as="h2" />
        ) : (
          <Marked
            text={section.title}
            copy="bilingual"
            column={texts}
            className="transcript-section-title"
          />
        );
      })}
      {first.statements.map((_statement, index) =>
        row(`statement-${index}`, 'transcript-row--statement', ({ texts, column }) => {
          const statement = sectionOf(column)?.statements[index];
          return statement === undefined ? null : (
            <Marked text={statement} copy="bilingual" column={texts} />
          );
        }),
      )}
      {first.entries.map((entry, index) =>
        row(entry.questionId, undefined, ({ texts, column }) => {
          const printed = sectionOf(column)?.entries[index];
          return printed === undefined ? null : (
            <>
              <Marked
                text={printed.question}
                copy="bilingual"
                column={texts}
                className="transcript-question"
              />
              <AnswerView answer={printed.answer} copy="bilingual" column={texts} />
            </>
          );
        }),
      )}
    </tbody>
  );
}

/** What the filed copy is: the case's short reference (never its label), the day, the language, the script. */
function TranscriptCover({
  interview,
  script,
  versions,
}: {
  interview: StoredInterview;
  script: InterviewScript;
  versions: number[];
}) {
  const { t, i18n } = useTranslation('interviews');
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  const today = useToday();
  const info = INTERVIEW_LANGUAGE_INFO[interview.language];
  const shownVersions = versions.length > 0 ? versions : [script.version];
  const scriptName = script.id === 'screening' ? t('transcript.scripts.screening') : script.id;
  const log = mergeSessionLogs(interview.log, []);
  return (
    <section className="print-cover">
      <p className="print-kicker">{t('transcript.kicker')}</p>
      <dl className="print-fields">
        <dt>{t('transcript.reference')}</dt>
        <dd>{toCaseReference(interview.caseId)}</dd>
        <dt>{t('transcript.heldOn')}</dt>
        <dd>{formatPlainDate(interview.heldOn, uiLanguage)}</dd>
        <dt>{t('transcript.language')}</dt>
        <dd>
          <span lang={interview.language} dir={info.dir} data-script={info.script}>
            {info.endonym}
          </span>{' '}
          ({nameLanguage(interview.language, uiLanguage)})
        </dd>
        <dt>{t('transcript.script')}</dt>
        <dd>
          {t('transcript.scriptVersion', {
            name: scriptName,
            versions: new Intl.ListFormat(uiLanguage).format(
              shownVersions.map((version) => formatNumber(version, uiLanguage)),
            ),
            count: shownVersions.length,
          })}
        </dd>
        <dt>{t('session.interpreter.legend')}</dt>
        <dd>
          {interview.interpreter === undefined
            ? t('transcript.interpreterUnknown')
            : interview.interpreter.present
              ? [
                  t(`session.interpreter.${interview.interpreter.mode ?? 'in-person'}`),
                  interview.interpreter.language
                    ? nameLanguage(interview.interpreter.language, uiLanguage)
                    : undefined,
                  interview.interpreter.organisation,
                ]
                  .filter(Boolean)
                  .join(' · ')
              : t('session.interpreter.none')}
        </dd>
        {log.length > 0 ? (
          <>
            <dt>{t('transcript.howItWent')}</dt>
            <dd>
              {log
                .map((event) =>
                  t(`session.done.${event.kind}`, { at: formatInstant(event.at, uiLanguage) }),
                )
                .join(' ; ')}
            </dd>
          </>
        ) : null}
        <dt>{t('transcript.preparedOn')}</dt>
        <dd>{formatPlainDate(today, uiLanguage)}</dd>
      </dl>
      <p>{t('transcript.onlyAsked')}</p>
      <p className="print-confidential">{t('transcript.confidential')}</p>
    </section>
  );
}

/**
 * The person's copy: their language and direction for the whole sheet, its headings from the
 * script's texts. No case reference: it means nothing to the person, and a lost sheet should not
 * lead to a file.
 */
function PersonCopy({
  interview,
  script,
  person,
}: {
  interview: StoredInterview;
  script: InterviewScript;
  person: ColumnTexts;
}) {
  const { t } = useTranslation('interviews');
  const transcript = buildTranscript(script, interview.answers, interview.heldOn, 'person');
  const column = printColumn(transcript, person, 'person');
  const read = (textId: string) => interviewText(person.texts, textId, person.language);
  const header = {
    title: read('transcript.title'),
    heldOn: read('transcript.held-on'),
    keepSafe: read('transcript.keep-safe'),
  };
  const day = writePlainDate(interview.heldOn, person.language);
  const info = INTERVIEW_LANGUAGE_INFO[person.language];
  const drafts = [...listDrafts(Object.values(header)), ...listDraftLanguages(column)];
  const draftNote = read('transcript.draft');

  return (
    <div
      className="print-sheet transcript transcript--person"
      lang={person.language}
      dir={info.dir}
      data-script={info.script}
    >
      <section className="print-cover">
        <ContentText text={header.title} className="print-kicker" />
        <dl className="print-fields">
          <ContentText as="dt" text={header.heldOn} />
          <dd>
            <span lang={day.language} dir={INTERVIEW_LANGUAGE_INFO[day.language].dir}>
              {day.text}
            </span>
          </dd>
        </dl>
        <ContentText text={header.keepSafe} />
      </section>
      {column.sections.length === 0 ? (
        // For the worker, who has nothing to hand over yet: never printed empty.
        <p className="no-print">
          <WorkerWords className="transcript-empty">{t('transcript.empty')}</WorkerWords>
        </p>
      ) : (
        column.sections.map((section) => (
          <PersonSection key={section.sectionId} section={section} column={person} />
        ))
      )}
      {drafts.length > 0 ? (
        <footer className="transcript-notes">
          <ContentText text={draftNote} />
        </footer>
      ) : null}
    </div>
  );
}

function PersonSection({
  section,
  column,
}: {
  section: TranscriptColumn['sections'][number];
  column: ColumnTexts;
}) {
  const titleId = useId();
  return (
    <section className="transcript-section" aria-labelledby={titleId}>
      <Marked text={section.title} copy="person" column={column} as="h2" id={titleId} />
      {section.statements.map((statement) => (
        <div key={statement.textId} className="transcript-statement">
          <Marked text={statement} copy="person" column={column} />
        </div>
      ))}
      {section.entries.map((entry) => (
        <div key={entry.questionId} className="transcript-entry">
          <Marked
            text={entry.question}
            copy="person"
            column={column}
            className="transcript-question"
          />
          <AnswerView answer={entry.answer} copy="person" column={column} />
        </div>
      ))}
    </section>
  );
}
