import { useState } from 'react';
import { t } from '../../i18n/t';
import type { BanRadarDb } from '../../storage/db';
import { exportCsv, exportIcs, exportJson } from '../../storage/exchange';
import { errorMessage } from '../stored-data';
import { downloadText, exportFileName, type ExportFormat } from './download';
import { OptionsSection, SectionStatus } from './OptionsSection';

const EXPORTERS: Record<ExportFormat, (db: BanRadarDb, now: Date) => Promise<string>> = {
  json: exportJson,
  csv: (db) => exportCsv(db),
  ics: exportIcs,
};

const BUTTON_LABELS = { json: 'exportJson', csv: 'exportCsv', ics: 'exportIcs' } as const;

/** Reads the database directly (exports change nothing) and saves a file. */
export function ExportPanel({ db }: { db: BanRadarDb | null }) {
  const [status, setStatus] = useState({ message: '', error: false });

  const run = async (format: ExportFormat) => {
    if (!db) return;
    const now = new Date();
    try {
      const fileName = exportFileName(format, now);
      downloadText(fileName, await EXPORTERS[format](db, now), format);
      setStatus({ message: t('exportDone', fileName), error: false });
    } catch (error) {
      setStatus({ message: t('actionFailed', errorMessage(error)), error: true });
    }
  };

  return (
    <OptionsSection title={t('exportHeading')}>
      <p className="hint">{t('exportHint')}</p>
      <div className="button-row">
        {(Object.keys(BUTTON_LABELS) as ExportFormat[]).map((format) => (
          <button
            key={format}
            type="button"
            className="button button-quiet"
            disabled={!db}
            onClick={() => void run(format)}
          >
            {t(BUTTON_LABELS[format])}
          </button>
        ))}
      </div>
      <SectionStatus message={status.message} error={status.error} />
    </OptionsSection>
  );
}
