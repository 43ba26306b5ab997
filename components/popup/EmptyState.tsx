import { t } from '../../i18n/t';

/** First run: what Ban Radar does and how the timeline fills, instead of a blank list. */
export function EmptyState() {
  return (
    <div className="empty-state">
      <p className="empty-title">{t('emptyTitle')}</p>
      <p>{t('emptyBody')}</p>
      <p className="muted">{t('emptyDetail')}</p>
    </div>
  );
}
