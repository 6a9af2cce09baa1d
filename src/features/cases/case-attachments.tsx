import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { attachmentQueries, useAddAttachment } from './cases-queries';

/** Files attached to the case as a whole (documents per checklist line come with the checklist). */
export function CaseAttachments({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('cases');
  const inputId = useId();
  const attachments = useQuery(attachmentQueries.forCase(caseId));
  const add = useAddAttachment(caseId);
  return (
    <section className="panel" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t('attachments.title')}</h2>
      {attachments.data && attachments.data.length === 0 ? (
        <p className="empty">{t('attachments.empty')}</p>
      ) : null}
      {attachments.data && attachments.data.length > 0 ? (
        <ul className="file-list">
          {attachments.data.map((file) => (
            <li key={file.id}>
              {file.fileName}{' '}
              <span className="field-hint">
                (
                {t('attachments.size', {
                  size: formatNumber(Math.ceil(file.size / 1024), i18n.language),
                })}
                )
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="field">
        <label htmlFor={inputId}>{t('attachments.add')}</label>
        <input
          id={inputId}
          type="file"
          onChange={(event) => {
            const file = event.target.files?.item(0);
            if (file)
              add.mutate(
                { lineCode: 'other-document', file },
                { onSettled: () => (event.target.value = '') },
              );
          }}
        />
      </div>
      {add.isError ? (
        <p role="alert" className="banner banner-error">
          {t('attachments.failed')}
        </p>
      ) : null}
    </section>
  );
}
