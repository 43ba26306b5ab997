import type { ReactNode } from 'react';
import { t } from '../i18n/t';

/** A small radar sweep drawn inline: decoration only, hidden from assistive technology. */
function RadarIcon() {
  return (
    <svg className="radar-icon" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true">
      <circle cx="16" cy="16" r="14" className="radar-ring" />
      <circle cx="16" cy="16" r="9" className="radar-ring" />
      <circle cx="16" cy="16" r="4" className="radar-ring" />
      <path d="M16 16 L16 2 A14 14 0 0 1 28.1 9 Z" className="radar-sweep" />
      <circle cx="22.5" cy="10" r="2" className="radar-blip" />
    </svg>
  );
}

export function Header({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="app-header">
      <RadarIcon />
      <div className="app-title">
        <h1>{title}</h1>
        <p className="tagline">{t('tagline')}</p>
      </div>
      {children && <div className="header-actions">{children}</div>}
    </header>
  );
}
