#!/usr/bin/env bash
# Install the Debian 12 packages Docket needs to build, test and package.
# Idempotent: when every package is already installed it does nothing.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libgl1-mesa-dev
  libqt6opengl6-dev libxkbcommon-dev
  libsodium-dev libsqlite3-dev sqlite3 libpq-dev libxlsxwriter-dev
  postgresql postgresql-contrib
  xvfb xauth xdotool fonts-noto-cjk imagemagick librsvg2-bin dpkg-dev file clang-format
  desktop-file-utils appstream
  chromium
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
  if [[ "$status" != "installed" ]]; then
    missing+=("$pkg")
  fi
done

if (( ${#missing[@]} == 0 )); then
  echo "setup-deps: all ${#PACKAGES[@]} packages already installed."
  exit 0
fi

echo "setup-deps: installing ${missing[*]}"

SUDO=()
if (( EUID != 0 )); then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo --preserve-env=DEBIAN_FRONTEND)
  else
    echo "setup-deps: not root and sudo is not available; install these by hand:" >&2
    echo "  ${missing[*]}" >&2
    exit 1
  fi
fi

apt_install() {
  "${SUDO[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

# Refresh the package lists only when they are empty or a package is unknown.
needs_update=0
if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
  needs_update=1
else
  for pkg in "${missing[@]}"; do
    if ! apt-cache show "$pkg" >/dev/null 2>&1; then
      needs_update=1
      break
    fi
  done
fi

if (( needs_update )); then
  "${SUDO[@]}" apt-get update
  apt_install
elif ! apt_install; then
  echo "setup-deps: install failed; refreshing package lists and retrying" >&2
  "${SUDO[@]}" apt-get update
  apt_install
fi
