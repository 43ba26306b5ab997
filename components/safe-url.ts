/**
 * Links to source articles come from web pages, so only http(s) URLs become links; anything
 * else (javascript:, data:, extension URLs) is shown as plain text by the caller.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
