#!/usr/bin/env bash
# One-step set-up on a fresh Debian/Ubuntu machine with Node 20+: the browsers the end-to-end
# tests drive (when missing), the exact dependencies from package-lock.json, and both builds.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
# chromium-l10n: without it Chromium's UI language (and the extension's) stays English.
for pkg in chromium-l10n fonts-noto-core fonts-noto-color-emoji; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  echo "Installing ${missing[*]} with apt"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
fi

npm ci --no-audit --no-fund
npm run build
