import { useId, useState, type ChangeEvent } from 'react';
import { t } from '../../i18n/t';
import { MAX_IMPORT_CHARS, type ImportReport } from '../../storage/exchange';
import { describeError, sendMessage } from '../messaging';
import { errorMessage } from '../stored-data';
import { OptionsSection, SectionStatus } from './OptionsSection';

type ImportState =
  | { phase: 'idle' }
  | { phase: 'done'; report: ImportReport }
  | { phase: 'failed'; message: string };

/** The background validates and merges the file; this page only reads it and shows the result. */
export function ImportPanel({ onImported }: { onImported: () => void }) {
  const id = useId();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const json = await file.text();
      if (json.length > MAX_IMPORT_CHARS) {
        setState({ phase: 'failed', message: t('importFailed', t('importTooLarge')) });
        return;
      }
      const reply = await sendMessage<ImportReport>({ type: 'import-data', json });
      if (reply.ok) {
        setState({ phase: 'done', report: reply.value });
        onImported();
      } else {
        setState({ phase: 'failed', message: describeError(reply.error) });
      }
    } catch (error) {
      setState({ phase: 'failed', message: t('importFailed', errorMessage(error)) });
    } finally {
      // Choosing the same file again should import it again.
      input.value = '';
    }
  };

  const message =
    state.phase === 'done'
      ? t('importReport', [
          String(state.report.articlesAdded),
          String(state.report.articlesUpdated),
          String(state.report.eventsAdded),
        ])
      : state.phase === 'failed'
        ? state.message
        : '';

  return (
    <OptionsSection title={t('importHeading')}>
      <label htmlFor={`${id}-file`}>{t('importLabel')}</label>
      <input
        id={`${id}-file`}
        className="file-input"
        type="file"
        accept="application/json,.json"
        onChange={(event) => void importFile(event)}
      />
      <SectionStatus message={message} error={state.phase === 'failed'} />
      {state.phase === 'done' && state.report.skipped.length > 0 && (
        <SkippedList skipped={state.report.skipped} />
      )}
    </OptionsSection>
  );
}

function SkippedList({ skipped }: { skipped: ImportReport['skipped'] }) {
  return (
    <div className="import-skipped">
      <p>{t('importSkipped', String(skipped.length))}</p>
      <ul className="skipped-list">
        {skipped.map((item, index) => (
          // Paths may repeat (one record skipped for two reasons), so position is the key.
          <li key={index}>{t('importSkippedItem', [item.path, item.reason])}</li>
        ))}
      </ul>
    </div>
  );
}
