import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useDeleteCase } from '../../queries/case-queries';
import { useDownloadCaseData } from './use-download-case-data';

/** The person's rights over their data: a readable copy of everything, and erasure for good. */
export function CaseDataActions({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  const navigate = useNavigate();
  const deleteCase = useDeleteCase();
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
      <p>{t('data.deleteIntro')}</p>
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
        disabled={!confirmDelete || deleteCase.isPending}
        onClick={() =>
          deleteCase.mutate(caseId, {
            onSuccess: () => void navigate('/cases', { replace: true }),
          })
        }
      >
        {t('data.delete')}
      </button>
      {deleteCase.isError ? (
        <p role="alert" className="banner banner-error">
          {t('data.deleteFailed')}
        </p>
      ) : null}
    </section>
  );
}
