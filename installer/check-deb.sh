#!/usr/bin/env bash
# Check the .deb that `cmake --build BUILD_DIR --target package` made:
# the executables, desktop file, AppStream metainfo and icons are in it, and
# its Depends names the Qt and libsodium libraries.
#   bash installer/check-deb.sh build
set -euo pipefail

BUILD_DIR=${1:-build}
command -v dpkg-deb >/dev/null 2>&1 || { echo "check-deb: dpkg-deb not found" >&2; exit 1; }

DEB=$(ls -t "$BUILD_DIR"/docket_*.deb 2>/dev/null | head -n 1 || true)
[[ -n "$DEB" ]] || { echo "check-deb: no docket_*.deb in $BUILD_DIR (run: cmake --build $BUILD_DIR --target package)" >&2; exit 1; }

echo "check-deb: $DEB"
dpkg-deb -f "$DEB" Package Version Architecture Section Maintainer | sed 's/^/  /'

failures=0
ok()   { printf '  ok    %s\n' "$1"; }
fail() { printf '  FAIL  %s\n' "$1"; failures=$((failures + 1)); }

contents=$(dpkg-deb -c "$DEB" | awk '{ print $NF }' | sed 's|^\./|/|')
has() { grep -qxE "$1" <<<"$contents"; }

check_path() { # regex, description
  if has "$1"; then ok "$2"; else fail "$2"; fi
}

check_path '/usr/bin/docket'                                              "/usr/bin/docket"
check_path '/usr/bin/docketctl'                                           "/usr/bin/docketctl"
check_path '/usr/bin/docket-gateway'                                      "/usr/bin/docket-gateway"
check_path '/(usr/)?lib/systemd/system/docket-gateway\.service'           "the docket-gateway systemd unit"
check_path '/usr/share/doc/docket/gateway\.conf\.example'                 "the gateway's example configuration"
check_path '/usr/share/applications/docket\.desktop'                      "/usr/share/applications/docket.desktop"
check_path '/usr/share/metainfo/org\.docket\.Docket\.metainfo\.xml'       "/usr/share/metainfo/org.docket.Docket.metainfo.xml"
check_path '/usr/share/icons/hicolor/scalable/apps/docket\.svg'           "/usr/share/icons/hicolor/scalable/apps/docket.svg"
pngs=$(grep -cE '^/usr/share/icons/hicolor/[0-9]+x[0-9]+/apps/docket\.png$' <<<"$contents" || true)
if (( pngs > 0 )); then ok "PNG icons in hicolor ($pngs sizes)"; else fail "at least one PNG icon in /usr/share/icons/hicolor/NxN/apps"; fi

depends=$(dpkg-deb -f "$DEB" Depends)
echo "  Depends: $depends"
if grep -q 'libqt6' <<<"$depends"; then ok "Depends mentions libqt6"; else fail "Depends mentions libqt6"; fi
if grep -q 'libsodium' <<<"$depends"; then ok "Depends mentions libsodium"; else fail "Depends mentions libsodium"; fi
for driver in libqt6sql6-sqlite libqt6sql6-psql; do # loaded at run time, so named by hand
  if grep -q "$driver" <<<"$depends"; then ok "Depends names $driver"; else fail "Depends names $driver"; fi
done

# Validate the packaged metadata when the validators are installed.
tmp=$(mktemp -d)
trap 'rm -rf -- "$tmp"' EXIT
dpkg-deb -x "$DEB" "$tmp"
if command -v appstreamcli >/dev/null 2>&1; then
  if appstreamcli validate --no-net "$tmp/usr/share/metainfo/org.docket.Docket.metainfo.xml" >"$tmp/as.log" 2>&1; then
    ok "appstreamcli validate"
  else
    sed 's/^/        /' "$tmp/as.log"; fail "appstreamcli validate"
  fi
fi
unit=$(ls "$tmp"/usr/lib/systemd/system/docket-gateway.service "$tmp"/lib/systemd/system/docket-gateway.service 2>/dev/null | head -n 1 || true)
if [[ -n "$unit" ]]; then
  if grep -q '^ExecStart=/usr/bin/docket-gateway ' "$unit" && grep -q '^KillSignal=SIGTERM' "$unit"; then
    ok "the unit starts /usr/bin/docket-gateway and stops it with SIGTERM"
  else
    fail "the unit starts /usr/bin/docket-gateway and stops it with SIGTERM"
  fi
  if command -v systemd-analyze >/dev/null 2>&1 && [[ -d /run/systemd/system ]]; then
    if systemd-analyze verify "$unit" >"$tmp/sa.log" 2>&1; then ok "systemd-analyze verify"; else sed 's/^/        /' "$tmp/sa.log"; fail "systemd-analyze verify"; fi
  fi
fi
if command -v desktop-file-validate >/dev/null 2>&1; then
  if desktop-file-validate "$tmp/usr/share/applications/docket.desktop" >"$tmp/dfv.log" 2>&1; then
    ok "desktop-file-validate"
  else
    sed 's/^/        /' "$tmp/dfv.log"; fail "desktop-file-validate"
  fi
fi

if (( failures )); then
  echo "check-deb: $failures check(s) failed" >&2
  exit 1
fi
echo "check-deb: all checks passed"
