import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDeleteCase, useExportCaseData } from '../../queries/case-queries';
import { downloadFile } from '../../ui/download';

/** The person's rights over their data: a readable copy of everything, and erasure for good. */
export function CaseDataActions({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  const navigate = useNavigate();
  const deleteCase = useDeleteCase();
  const exportCaseData = useExportCaseData();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);

  const onExport = async () => {
    setExportFailed(false);
    try {
      // The file name carries no name: only a short part of the case's id.
      downloadFile(
        `passerelle-dossier-${caseId.slice(-8)}.json`,
        await exportCaseData.mutateAsync(caseId),
        'application/json',
      );
    } catch {
      setExportFailed(true);
    }
  };

  return (
    <section className="panel" aria-labelledby="case-data-title">
      <h2 id="case-data-title">{t('data.title')}</h2>
      <p>{t('data.exportIntro')}</p>
      <button type="button" className="button" onClick={() => void onExport()}>
        {t('data.export')}
      </button>
      {exportFailed ? (
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
