import { useState } from 'react';
import { toCaseReference } from '../../domain';
import { useExportCaseData } from '../../queries/case-queries';
import { downloadFile } from '../../ui/download';

/** The person's data as a JSON file, for machines (the readable copy is its own page). */
export function useDownloadCaseData(caseId: string) {
  const exportCaseData = useExportCaseData();
  const [failed, setFailed] = useState(false);
  const start = async () => {
    setFailed(false);
    try {
      // The file name carries no name: only the case's short reference.
      downloadFile(
        `passerelle-dossier-${toCaseReference(caseId)}.json`,
        await exportCaseData.mutateAsync(caseId),
        'application/json',
      );
    } catch {
      setFailed(true);
    }
  };
  return { start, failed };
}
