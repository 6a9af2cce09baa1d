/**
 * Saves a file made on the device (backup, export, calendar) through the browser's download.
 * Nothing is uploaded: the object URL lives only until the click has been handled.
 */
export function downloadFile(fileName: string, content: BlobPart, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
