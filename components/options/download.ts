/**
 * Exports are saved as ordinary downloads through a Blob URL and an <a download>, which needs
 * no `downloads` permission.
 */
export type ExportFormat = 'json' | 'csv' | 'ics';

const MIME_TYPES: Record<ExportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
};

/** "ban-radar-2026-11-26.json": dated with the local day, so several exports sort by day. */
export function exportFileName(format: ExportFormat, now: Date): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  return `ban-radar-${day}.${format}`;
}

export function downloadText(fileName: string, text: string, format: ExportFormat): void {
  const url = URL.createObjectURL(new Blob([text], { type: MIME_TYPES[format] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Firefox reads the URL after click() returns; revoke once the download has started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
