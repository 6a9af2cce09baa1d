import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readAttachment } from '../../queries/case-queries';

/**
 * Shows a decrypted scan in the page (image or PDF). The object URL lives only while the preview
 * is open and is revoked when it closes: nothing is written to a cache.
 */
export function FilePreview({
  attachmentId,
  fileName,
  mediaType,
  onClose,
}: {
  attachmentId: string;
  fileName: string;
  mediaType: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('documents');
  const [url, setUrl] = useState<string | undefined>();
  useEffect(() => {
    let objectUrl: string | undefined;
    let cancelled = false;
    void readAttachment(attachmentId).then((blob) => {
      if (cancelled) return;
      objectUrl = URL.createObjectURL(blob);
      setUrl(objectUrl);
    });
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [attachmentId]);
  const label = t('files.previewLabel', { name: fileName });
  return (
    <div className="file-preview" role="group" aria-label={label}>
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
