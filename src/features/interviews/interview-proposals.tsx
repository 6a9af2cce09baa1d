/**
 * What the interview proposes to change in the case (issue 15), each by the worker's decision:
 * "Date of arrival: 14 September 2026 (the case says: not recorded)", with the question it answers,
 * and "Put in the case file" or "Leave out". Accepted, the case holds the value with the interview as
 * its source; rejected, the same proposal is not asked again (a corrected answer is a new one).
 * Without the person's consent to use the answers for the file, it says so and proposes nothing.
 */
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  HOUSING,
  PARENTAL_AUTHORITY,
  decisionOn,
  pendingProposals,
  proposalTarget,
  proposeChanges,
  readConsent,
  type CaseFieldTarget,
  type InterviewScript,
  type ProposedChange,
} from '../../domain';
import { caseQueries } from '../../queries/case-queries';
import { useDecideProposal } from '../../queries/interview-queries';
import type { StoredInterview } from '../../storage/storage';
import { formatPlainDate } from '../../i18n/format';
import { nameLanguage } from '../../i18n/languages-list';

/** The case form's label of each field an interview may fill (namespace `cases`). */
const FIELD_LABELS = {
  'person.birthDate': 'form.identity.birthDate',
  'person.arrivedOn': 'form.housing.arrivedOn',
  'person.housing': 'form.housing.kind',
  'person.parentalAuthority': 'form.minor.parentalAuthority',
  'identity.birthCountry': 'form.identity.birthCountry',
  'identity.birthPlace': 'form.identity.birthPlace',
  'identity.nationality': 'form.identity.nationality',
  'situation.contactWithPerpetrators': 'form.situation.contactWithPerpetrators',
  'family.dependentChildren': 'form.family.dependentChildren',
  'languages.spoken': 'form.languages.spoken',
  'contact.safeContactNote': 'form.contact.safeContactNote',
} as const satisfies Record<CaseFieldTarget, string>;

export function InterviewProposals({
  interview,
  script,
  questionText,
}: {
  interview: StoredInterview;
  script: InterviewScript;
  /** The question as the worker reads it, to say which answer a proposal comes from. */
  questionText: (questionId: string) => string;
}) {
  const { t } = useTranslation('interviews');
  const headingId = useId();
  const caseFile = useQuery(caseQueries.detail(interview.caseId));
  const decide = useDecideProposal(interview.caseId, interview.id);

  let body;
  if (!readConsent(script, interview.answers).useForFile) {
    body = <p>{t('proposals.noConsent')}</p>;
  } else if (caseFile.data === undefined || caseFile.data === null) {
    body = <p role="status">{t('page.loading')}</p>;
  } else {
    const proposals = proposeChanges(script, interview, caseFile.data);
    const pending = pendingProposals(proposals, interview.decisions);
    const rejected = proposals.filter(
      (proposal) => decisionOn(proposal, interview.decisions)?.decision === 'rejected',
    );
    const list = (shown: readonly ProposedChange[], acceptOnly: boolean) => (
      <ul className="interview-proposals__list">
        {shown.map((proposal) => (
          <ProposalItem
            key={`${proposal.source.questionId}/${proposalTarget(proposal)}`}
            proposal={proposal}
            question={questionText(proposal.source.questionId)}
            busy={decide.isPending}
            onDecide={(decision) => decide.mutate({ proposal, decision })}
            acceptOnly={acceptOnly}
          />
        ))}
      </ul>
    );
    body = (
      <>
        {pending.length === 0 ? <p>{t('proposals.none')}</p> : null}
        {list(pending, false)}
        {rejected.length > 0 ? (
          <details>
            <summary>{t('proposals.rejected', { count: rejected.length })}</summary>
            {list(rejected, true)}
          </details>
        ) : null}
      </>
    );
  }
  return (
    <section className="interview-proposals" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('proposals.title')}</h2>
      <p className="field-hint">{t('proposals.intro')}</p>
      {body}
      {decide.isError ? <p role="alert">{t('proposals.failed')}</p> : null}
    </section>
  );
}

function ProposalItem({
  proposal,
  question,
  busy,
  onDecide,
  acceptOnly = false,
}: {
  proposal: ProposedChange;
  question: string;
  busy: boolean;
  onDecide: (decision: 'accepted' | 'rejected') => void;
  acceptOnly?: boolean;
}) {
  const { t } = useTranslation('interviews');
  const { t: tc } = useTranslation('cases');
  const show = useProposalValue();
  const labelId = useId();
  const what =
    proposal.kind === 'field'
      ? tc(FIELD_LABELS[proposal.field])
      : tc(`timeline.types.${proposal.event.type}`);
  const value =
    proposal.kind === 'field' ? show(proposal.field, proposal.value) : show.date(proposal.event.on);
  return (
    <li className="interview-proposal">
      <div role="group" aria-labelledby={labelId}>
        <p id={labelId}>
          <strong>{t('proposals.item', { what, value })}</strong>
        </p>
        {proposal.kind === 'field' ? (
          <p className="field-hint">
            {t('proposals.current', {
              value:
                proposal.current === undefined
                  ? t('proposals.notRecorded')
                  : show(proposal.field, proposal.current),
            })}
          </p>
        ) : (
          <p className="field-hint">{t('proposals.newEvent')}</p>
        )}
        <p className="field-hint">{t('proposals.from', { question })}</p>
        <div className="actions">
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => onDecide('accepted')}
          >
            {t('proposals.accept')}
          </button>
          {acceptOnly ? null : (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => onDecide('rejected')}
            >
              {t('proposals.reject')}
            </button>
          )}
        </div>
      </div>
    </li>
  );
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** A proposed value in words, in the UI language, as the case page would show it. */
function useProposalValue() {
  const { t, i18n } = useTranslation('cases');
  const language = i18n.resolvedLanguage ?? i18n.language;
  const regions = new Intl.DisplayNames([language], { type: 'region' });
  const date = (value: string) => formatPlainDate(value, language);
  const show = (field: CaseFieldTarget, value: unknown): string => {
    if (typeof value === 'boolean') return t(value ? 'form.yes' : 'form.no');
    if (Array.isArray(value))
      return new Intl.ListFormat(language, { type: 'conjunction' }).format(
        value.map((code) => nameLanguage(String(code), language)),
      );
    const text = String(value);
    switch (field) {
      case 'person.birthDate':
      case 'person.arrivedOn':
        return date(text);
      case 'identity.birthCountry':
      case 'identity.nationality':
        return regions.of(text) ?? text;
      case 'person.housing':
        return isOneOf(HOUSING, text) ? t(`form.housing.kinds.${text}`) : text;
      case 'person.parentalAuthority':
        return isOneOf(PARENTAL_AUTHORITY, text) ? t(`form.minor.authorities.${text}`) : text;
      default:
        return text;
    }
  };
  return Object.assign(show, { date });
}
