import { useId, useState, type FormEvent } from 'react';
import { t } from '../../i18n/t';
import type { Settings } from '../../settings/settings';
import { addExcludedSite } from './excluded-sites';
import { OptionsSection } from './OptionsSection';

interface Props {
  settings: Settings;
  update: (next: Settings) => Promise<void>;
}

export function ExcludedSites({ settings, update }: Props) {
  const id = useId();
  const [input, setInput] = useState('');
  const [problem, setProblem] = useState('');

  const add = (event: FormEvent) => {
    event.preventDefault();
    const result = addExcludedSite(settings.excludedSites, input);
    if (!result.ok) {
      setProblem(
        result.reason === 'invalid'
          ? t('excludedInvalid', result.input)
          : t('excludedDuplicate', result.site),
      );
      return;
    }
    setProblem('');
    setInput('');
    void update({ ...settings, excludedSites: result.sites });
  };

  const remove = (site: string) =>
    void update({
      ...settings,
      excludedSites: settings.excludedSites.filter((existing) => existing !== site),
    });

  return (
    <OptionsSection title={t('excludedHeading')}>
      <p className="hint">{t('excludedHint')}</p>
      <form className="inline-form" onSubmit={add}>
        <label htmlFor={`${id}-site`}>{t('excludedInputLabel')}</label>
        <div className="inline-form-row">
          <input
            id={`${id}-site`}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={input}
            aria-invalid={problem !== ''}
            aria-describedby={`${id}-problem`}
            onChange={(event) => setInput(event.target.value)}
          />
          <button type="submit" className="button">
            {t('excludedAdd')}
          </button>
        </div>
        <p id={`${id}-problem`} className="error-text" role="alert">
          {problem}
        </p>
      </form>
      {settings.excludedSites.length === 0 ? (
        <p className="muted">{t('excludedEmpty')}</p>
      ) : (
        <ul className="site-list">
          {settings.excludedSites.map((site) => (
            <li key={site}>
              <span className="site-name">{site}</span>
              <button
                type="button"
                className="button button-quiet"
                aria-label={t('excludedRemove', site)}
                onClick={() => remove(site)}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
    </OptionsSection>
  );
}
