/**
 * The interview page's way to its printed transcript and to the person's copy (decision 021):
 * shown once the interview is found and belongs to the case, read from the interview's query.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { interviewQueries } from '../../queries/interview-queries';
import './transcript.css';

export function TranscriptLinks({ caseId, interviewId }: { caseId: string; interviewId: string }) {
  const { t } = useTranslation('interviews');
  const interview = useQuery(interviewQueries.detail(interviewId));
  if (!interview.data || interview.data.caseId !== caseId) return null;
  const transcriptPath = `/cases/${caseId}/interviews/${interviewId}/transcript`;
  return (
    <p className="actions transcript-links">
      <Link to={transcriptPath}>{t('transcript.open')}</Link>
      <Link to={`${transcriptPath}/person`}>{t('transcript.openPersonCopy')}</Link>
    </p>
  );
}
