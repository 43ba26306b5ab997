import { useState } from 'react';
import { t } from '../../i18n/t';
import { describeError, sendMessage } from '../messaging';
import { OptionsSection, SectionStatus } from './OptionsSection';

/** Two steps, so one stray click cannot erase the history. */
export function ClearData({ onCleared }: { onCleared: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState({ message: '', error: false });

  const clear = async () => {
    const reply = await sendMessage<null>({ type: 'clear-all' });
    setConfirming(false);
    setStatus(
      reply.ok
        ? { message: t('cleared'), error: false }
        : { message: describeError(reply.error), error: true },
    );
    if (reply.ok) onCleared();
  };

  return (
    <OptionsSection title={t('clearHeading')}>
      {confirming ? (
        <div className="confirm" role="group" aria-label={t('clearHeading')}>
          <p>{t('clearConfirm')}</p>
          <div className="button-row">
            <button type="button" className="button button-danger" onClick={() => void clear()}>
              {t('clearConfirmButton')}
            </button>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => setConfirming(false)}
            >
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            setStatus({ message: '', error: false });
            setConfirming(true);
          }}
        >
          {t('clearButton')}
        </button>
      )}
      <SectionStatus message={status.message} error={status.error} />
    </OptionsSection>
  );
}
