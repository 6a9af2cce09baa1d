import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useScheduleDeletion } from '../../queries/case-deletion';
import { syncQueries } from '../../queries/sync-runner';
import { useDownloadCaseData } from './use-download-case-data';

/** The person's rights over their data: a readable copy of everything, and erasure for good. */
export function CaseDataActions({ caseId, label }: { caseId: string; label: string }) {
  const { t } = useTranslation('cases');
  const navigate = useNavigate();
  const scheduleDeletion = useScheduleDeletion();
  const shared = useQuery(syncQueries.team()).data === true;
  const download = useDownloadCaseData(caseId);
  const [confirmDelete, setConfirmDelete] = useState(false);

  return (
    <section id="case-data" className="panel" aria-labelledby="case-data-title">
      <h2 id="case-data-title">{t('data.title')}</h2>
      <p>{t('data.exportIntro')}</p>
      <div className="actions data-actions">
        <Link to={`/cases/${caseId}/export`} className="button button-primary">
          {t('data.readable')}
        </Link>
        <button type="button" className="button" onClick={() => void download.start()}>
          {t('data.export')}
        </button>
      </div>
      {download.failed ? (
        <p role="alert" className="banner banner-error">
          {t('data.exportFailed')}
        </p>
      ) : null}
      <h3>{t('data.deleteTitle')}</h3>
      <p>{t(shared ? 'data.deleteIntroShared' : 'data.deleteIntro')}</p>
      <label className="choice">
        <input
          type="checkbox"
          checked={confirmDelete}
          onChange={(event) => setConfirmDelete(event.target.checked)}
        />
        {t('data.deleteConfirm')}
      </label>
      <button
        type="button"
        className="button button-danger"
        disabled={!confirmDelete}
        onClick={() => {
          scheduleDeletion(caseId, label);
          void navigate('/cases', { replace: true });
        }}
      >
        {t('data.delete')}
      </button>
    </section>
  );
}
