import { useMemo, useState } from 'react';
import { formatTimestampDate } from '../../i18n/format';
import { t } from '../../i18n/t';
import type { StoredArticle } from '../../storage/types';
import { describeError, sendMessage } from '../messaging';
import { SourceLink } from '../SourceLink';
import { OptionsSection, SectionStatus } from './OptionsSection';

/** Rows rendered per step; a long history stays quick to open. */
const PAGE_SIZE = 50;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

interface Props {
  articles: StoredArticle[] | null;
  locale: string;
  onChanged: () => void;
}

export function StoredArticles({ articles, locale, onChanged }: Props) {
  const [pageCount, setPageCount] = useState(1);
  const [status, setStatus] = useState({ message: '', error: false });
  const sorted = useMemo(
    () => [...(articles ?? [])].sort((a, b) => b.lastSeen.localeCompare(a.lastSeen)),
    [articles],
  );
  const shown = sorted.slice(0, pageCount * PAGE_SIZE);

  const remove = async (article: StoredArticle) => {
    const reply = await sendMessage<null>({ type: 'delete-article', articleId: article.id });
    setStatus(
      reply.ok
        ? { message: t('articleDeleted'), error: false }
        : { message: describeError(reply.error), error: true },
    );
    if (reply.ok) onChanged();
  };

  return (
    <OptionsSection title={t('articlesHeading')}>
      {articles === null ? (
        <p className="muted">{t('loading')}</p>
      ) : sorted.length === 0 ? (
        <p className="muted">{t('articlesEmpty')}</p>
      ) : (
        <ul className="article-list">
          {shown.map((article) => (
            <li key={article.id} className="article-row">
              <div className="article-text">
                <SourceLink url={article.url} title={article.title || t('untitledSource')} />
                <span className="muted">
                  {t('articleMeta', [
                    article.site ?? hostOf(article.url),
                    formatTimestampDate(article.firstSeen, locale),
                  ])}
                </span>
              </div>
              <button
                type="button"
                className="button button-quiet"
                aria-label={t('articleDelete', article.title || t('untitledSource'))}
                onClick={() => void remove(article)}
              >
                {t('articleDeleteShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {sorted.length > shown.length && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => setPageCount((count) => count + 1)}
        >
          {t('articlesShowMore', String(sorted.length - shown.length))}
        </button>
      )}
      <SectionStatus message={status.message} error={status.error} />
    </OptionsSection>
  );
}
