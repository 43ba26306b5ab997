/**
 * One article, one id: the same story reached through a tracking link, a #fragment, its AMP
 * version or a reload must land on the same record.
 *
 * The id is URL-shaped but is a key, not a link: scheme forced to https (http and https copies
 * are the same article), host lowercased without a leading `www.`, tracking and AMP markers
 * removed, no trailing slash, remaining query parameters sorted. The link to show is the
 * cleaned URL with its host as published (`resolveArticleUrl().url`).
 */

/** Query parameters that say how the reader arrived, never which article it is. */
const TRACKING_PARAM =
  /^(?:utm_.*|mc_.*|fbclid|gclid|gclsrc|dclid|msclkid|yclid|twclid|igshid|_ga|_gl|ref(?:_.*|errer|erer)?)$/i;
const AMP_CACHE_HOST = /\.cdn\.ampproject\.org$/;

export interface ResolvedArticleUrl {
  /** The article id (a normalised key). */
  id: string;
  /** The cleaned http(s) URL to link to. */
  url: string;
}

/** The article id for a page, preferring its canonical URL when that is safe to trust. */
export function articleIdFromUrl(pageUrl: string, canonicalUrl?: string | null): string | null {
  return resolveArticleUrl(pageUrl, canonicalUrl)?.id ?? null;
}

/**
 * Id and link for a page. The canonical URL wins only on the same site (a subdomain counts)
 * and only when it is not the site's home page: a hostile page must not be able to overwrite
 * another site's article, and some sites wrongly declare their home page as every page's
 * canonical.
 */
export function resolveArticleUrl(
  pageUrl: string,
  canonicalUrl?: string | null,
): ResolvedArticleUrl | null {
  const page = cleanUrl(pageUrl);
  if (!page) return null;
  const canonical = canonicalUrl ? cleanUrl(canonicalUrl) : null;
  const chosen = canonical && isTrustworthyCanonical(canonical, page) ? canonical : page;
  return { id: idOf(chosen), url: chosen.href };
}

function isTrustworthyCanonical(canonical: URL, page: URL): boolean {
  const a = siteHost(canonical.hostname);
  const b = siteHost(page.hostname);
  const sameSite = a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
  const homePage = canonical.pathname === '/' && page.pathname !== '/';
  return sameSite && !homePage;
}

/** http(s) only; fragment, credentials, tracking and AMP markers removed. */
function cleanUrl(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url = fromAmpCache(url);
  url.hash = '';
  url.username = '';
  url.password = '';
  if (url.hostname.startsWith('amp.')) url.hostname = url.hostname.slice('amp.'.length);
  url.pathname = withoutAmpPath(url.pathname);
  removeParams(url);
  return url;
}

/** Google's AMP cache serves example.com/a as *.cdn.ampproject.org/c/s/example.com/a. */
function fromAmpCache(url: URL): URL {
  if (!AMP_CACHE_HOST.test(url.hostname)) return url;
  const match = /^\/[a-z]\/(s\/)?(.+)$/.exec(url.pathname);
  if (!match?.[2]) return url;
  try {
    return new URL(`${match[1] ? 'https' : 'http'}://${match[2]}${url.search}`);
  } catch {
    return url;
  }
}

/** "/amp", "/amp/" segments and ".amp.html" mark the AMP copy; the trailing slash is noise. */
function withoutAmpPath(path: string): string {
  const cleaned = path
    .replace(/\.amp\.html$/i, '.html')
    .split('/')
    .filter((segment, index) => index === 0 || segment.toLowerCase() !== 'amp')
    .join('/');
  const trimmed = cleaned.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

function removeParams(url: URL): void {
  for (const key of [...url.searchParams.keys()]) {
    const isAmpFlag =
      key === 'amp' || (key === 'outputType' && url.searchParams.get(key) === 'amp');
    if (isAmpFlag || TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  }
}

function siteHost(hostname: string): string {
  return hostname.replace(/^www\./, '');
}

function idOf(url: URL): string {
  const params = new URLSearchParams(url.searchParams);
  params.sort();
  const query = params.size > 0 ? `?${params.toString()}` : '';
  const path = url.pathname === '/' ? '' : url.pathname;
  const port = url.port ? `:${url.port}` : '';
  return `https://${siteHost(url.hostname)}${port}${path}${query}`;
}
