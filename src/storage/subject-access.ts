/**
 * Subject access (GDPR art. 15): everything held about the person of one case, decrypted, in one
 * readable document (the case file holds its timeline and document lines). Attachments come with
 * their content so the file stands on its own.
 */
import { bytesToBase64 } from './base64';
import type { CaseFile } from '../domain';
import { RecordNotFoundError } from './errors';
import type { Repositories } from './repositories';

export interface SubjectData {
  format: 'passerelle-subject-access';
  version: 1;
  exportedAt: string;
  caseFile: CaseFile;
  attachments: {
    fileName: string;
    mediaType: string;
    size: number;
    lineCode: string;
    createdAt: string;
    contentBase64: string;
  }[];
}

export async function collectSubjectData(
  repositories: Repositories,
  caseId: string,
  at: string,
): Promise<SubjectData> {
  const caseFile = await repositories.cases.get(caseId);
  if (!caseFile) throw new RecordNotFoundError('cases', caseId);
  const attachments = [];
  for (const meta of await repositories.attachments.listForCase(caseId)) {
    const bytes = new Uint8Array(
      await (await repositories.attachments.read(meta.id)).arrayBuffer(),
    );
    attachments.push({
      fileName: meta.fileName,
      mediaType: meta.mediaType,
      size: meta.size,
      lineCode: meta.lineCode,
      createdAt: meta.createdAt,
      contentBase64: bytesToBase64(bytes),
    });
  }
  return {
    format: 'passerelle-subject-access',
    version: 1,
    exportedAt: at,
    caseFile,
    attachments,
  };
}
