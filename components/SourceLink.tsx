import { safeHttpUrl } from './safe-url';

/** An article title that links to the article when (and only when) its URL is http(s). */
export function SourceLink({ url, title }: { url: string | null; title: string }) {
  const href = safeHttpUrl(url);
  if (!href) return <span className="source-title">{title}</span>;
  return (
    <a className="source-title" href={href} target="_blank" rel="noopener noreferrer">
      {title}
    </a>
  );
}
