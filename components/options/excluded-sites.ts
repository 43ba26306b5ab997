/** Adding a site to the never-analyse list: normalised, validated, no duplicates. */
import { normalizeSite } from '../../settings/settings';

export type AddSiteResult =
  | { ok: true; sites: string[] }
  | { ok: false; reason: 'invalid'; input: string }
  | { ok: false; reason: 'duplicate'; site: string };

export function addExcludedSite(sites: readonly string[], input: string): AddSiteResult {
  const site = normalizeSite(input);
  if (!site) return { ok: false, reason: 'invalid', input: input.trim() };
  if (sites.includes(site)) return { ok: false, reason: 'duplicate', site };
  return { ok: true, sites: [...sites, site].sort() };
}
