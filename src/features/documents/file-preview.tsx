import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readAttachment } from '../../queries/case-queries';
import { SyncNotRunningError } from '../../queries/sync-runner';
import { CorruptAttachmentError } from '../../storage/errors';
import { SyncUnavailableError } from '../../sync/engine';

type Failure = 'offline' | 'not-shared' | 'corrupt' | 'failed';

function failureOf(error: unknown): Failure {
  if (error instanceof SyncUnavailableError) return 'offline';
  if (error instanceof SyncNotRunningError) return 'not-shared';
  if (error instanceof CorruptAttachmentError) return 'corrupt';
  return 'failed';
}

/**
 * Shows a decrypted scan in the page (image or PDF). The object URL lives only while the preview
 * is open and is revoked when it closes: nothing is written to a cache. A colleague's scan not on
 * this device yet is fetched first, which says so, and says why when it cannot be.
 */
export function FilePreview({
  attachmentId,
  fileName,
  mediaType,
  onDevice,
  onClose,
}: {
  attachmentId: string;
  fileName: string;
  mediaType: string;
  onDevice: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('documents');
  const [url, setUrl] = useState<string | undefined>();
  const [failure, setFailure] = useState<Failure | undefined>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let objectUrl: string | undefined;
    let cancelled = false;
    readAttachment(attachmentId).then(
      (blob) => {
        if (cancelled) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      },
      (error: unknown) => {
        if (!cancelled) setFailure(failureOf(error));
      },
    );
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [attachmentId, attempt]);
  const label = t('files.previewLabel', { name: fileName });
  return (
    <div className="file-preview" role="group" aria-label={label}>
      {!url && !failure && !onDevice ? (
        <p role="status" className="field-hint">
          {t('files.fetching')}
        </p>
      ) : null}
      {failure ? (
        <div role="alert" className="form-error">
          <p>{t(`files.fetchFailed.${failure}`)}</p>
          {failure === 'offline' || failure === 'failed' ? (
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                setFailure(undefined);
                setAttempt((count) => count + 1);
              }}
            >
              {t('files.retry')}
            </button>
          ) : null}
        </div>
      ) : null}
      {url && mediaType.startsWith('image/') && mediaType !== 'image/tiff' ? (
        <img src={url} alt={label} />
      ) : null}
      {url && mediaType === 'application/pdf' ? <iframe src={url} title={label} /> : null}
      <button type="button" className="button button-small" onClick={onClose}>
        {t('files.closePreview')}
      </button>
    </div>
  );
}
