/**
 * The attachments as one ZIP, made on the device: each file named after its checklist line, in the
 * checklist's order (01-…, 02-…), ready to upload line by line on the online filing.
 */
import { zipSync } from 'fflate';
import type { AttachmentMeta } from '../../storage/storage';

/** A file-system-safe name: no accents, no spaces, nothing a filing system would refuse. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot >= 0 ? fileName.slice(dot + 1).toLowerCase() : 'bin';
}

export interface ZipLine {
  code: string;
  label: string;
}

/** The name each attachment gets in the ZIP: line number, line label, and the file's rank on the line. */
export function nameAttachments(
  lines: readonly ZipLine[],
  files: readonly AttachmentMeta[],
): { file: AttachmentMeta; name: string }[] {
  const named: { file: AttachmentMeta; name: string }[] = [];
  lines.forEach((line, index) => {
    const onLine = files.filter((file) => file.lineCode === line.code);
    onLine.forEach((file, rank) => {
      const suffix = onLine.length > 1 ? `-${rank + 1}` : '';
      named.push({
        file,
        name: `${String(index + 1).padStart(2, '0')}-${slugify(line.label)}${suffix}.${extensionOf(file.fileName)}`,
      });
    });
  });
  return named;
}

export async function buildZip(
  named: readonly { file: AttachmentMeta; name: string }[],
  read: (id: string) => Promise<Blob>,
): Promise<Uint8Array> {
  const entries: Record<string, Uint8Array> = {};
  for (const { file, name } of named)
    entries[name] = new Uint8Array(await (await read(file.id)).arrayBuffer());
  // Scans are already compressed: store them as they are (level 0) rather than spend time.
  return zipSync(entries, { level: 0 });
}
