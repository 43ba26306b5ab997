// The popup's questions to the page in the current tab go through scripting.executeScript,
// which activeTab allows once a person clicks the toolbar icon: a click a headless browser
// cannot make. Tests of those questions load a copy of the build with host access to http(s)
// pages instead; all other tests load the build as shipped.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const WEB_PAGES = ['http://*/*', 'https://*/*'];

/**
 * A copy of a build (MV3 or MV2) with host access to every http(s) page. The caller removes it.
 * @param {string} extDir
 * @returns {Promise<string>}
 */
export async function copyWithActiveTabGrant(extDir) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ban-radar-active-tab-'));
  await cp(extDir, dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(file, 'utf8'));
  if (manifest.manifest_version === 2)
    manifest.permissions = [...manifest.permissions, ...WEB_PAGES];
  else manifest.host_permissions = WEB_PAGES;
  await writeFile(file, JSON.stringify(manifest));
  return dir;
}
