import { useId, useState } from 'react';
import { t } from '../../i18n/t';
import type { Settings } from '../../settings/settings';
import { OptionsSection, SectionStatus } from './OptionsSection';

interface Props {
  settings: Settings;
  update: (next: Settings) => Promise<void>;
}

export function DetectionSettings({ settings, update }: Props) {
  const id = useId();
  const [saved, setSaved] = useState('');
  const save = async (change: Partial<Settings>) => {
    setSaved('');
    await update({ ...settings, ...change });
    setSaved(t('settingsSaved'));
  };

  return (
    <OptionsSection title={t('detectionHeading')}>
      <div className="check">
        <input
          id={`${id}-pause`}
          type="checkbox"
          checked={settings.paused}
          aria-describedby={`${id}-pause-hint`}
          onChange={(event) => void save({ paused: event.target.checked })}
        />
        <label htmlFor={`${id}-pause`}>{t('pauseLabel')}</label>
        <p id={`${id}-pause-hint`} className="hint">
          {t('pauseHint')}
        </p>
      </div>
      <div className="check">
        <input
          id={`${id}-notify`}
          type="checkbox"
          checked={settings.notifications}
          aria-describedby={`${id}-notify-hint`}
          onChange={(event) => void save({ notifications: event.target.checked })}
        />
        <label htmlFor={`${id}-notify`}>{t('notificationsLabel')}</label>
        <p id={`${id}-notify-hint`} className="hint">
          {t('notificationsHint')}
        </p>
      </div>
      <SectionStatus message={saved} />
    </OptionsSection>
  );
}
