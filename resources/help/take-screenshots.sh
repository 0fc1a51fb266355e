#!/usr/bin/env bash
# Retakes the user guide's screenshots from the real application under Xvfb:
#   bash resources/help/take-screenshots.sh BUILD_DIR
# Needs xvfb-run, xdotool and ImageMagick (import, convert). Seeds a demo
# database in a temporary folder, runs docket on it with a throwaway
# configuration, drives it with the keyboard and writes resources/help/*.png.
set -euo pipefail
export DEMO_PASSWORD=${DEMO_PASSWORD:-Harbour-Tea-2024}

BUILD_DIR=$(realpath "${1:-build}")
HELP_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
for tool in xvfb-run xdotool import convert; do
  command -v "$tool" >/dev/null || { echo "take-screenshots: $tool is missing" >&2; exit 1; }
done

if [[ "${_DOCKET_IN_XVFB:-}" != 1 ]]; then
  WORK=$(mktemp -d /tmp/docket-shots-XXXXXX)
  trap 'rm -rf -- "$WORK"' EXIT
  "$BUILD_DIR/app/docketctl" --database "$WORK/demo.db" seed --orders 50000 --seed 7 >/dev/null 2>&1
  # The window signs in: an administrator for the screenshots.
  DOCKET_PASSWORD="$DEMO_PASSWORD" "$BUILD_DIR/app/docketctl" --database "$WORK/demo.db" \
    user add manager --admin >/dev/null
  mkdir -p "$WORK/config/Docket"
  cat >"$WORK/config/Docket/Docket.conf" <<'EOF'
[app]
language=en
theme=light
lastUserName=manager

[shop]
name=Harbour Tea Company
address="12 Quay Street\nBristol BS1 4DJ\nUnited Kingdom"
email=orders@harbourtea.example
phone=+44 117 496 0000
EOF
  _DOCKET_IN_XVFB=1 WORK="$WORK" xvfb-run -a -s "-screen 0 1280x800x24" \
    bash "${BASH_SOURCE[0]}" "$BUILD_DIR"
  exit $?
fi

export XDG_CONFIG_HOME="$WORK/config" LANG=en_GB.UTF-8 LC_ALL=C.UTF-8
"$BUILD_DIR/app/docket" --database "$WORK/demo.db" --lang en >"$WORK/docket.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
sleep 4
# Sign in (the user name is remembered; the password field has the focus).
xdotool type --delay 40 "$DEMO_PASSWORD"; xdotool key Return
sleep 5
WIN=$(xdotool search --name "Docket —" | head -n 1)
[[ -n "$WIN" ]] || { echo "take-screenshots: the Docket window did not appear" >&2; exit 1; }

focus() { xdotool windowfocus "$WIN" 2>/dev/null || true; sleep 0.4; }
key() { xdotool key --delay 60 "$@"; sleep 0.8; }
shot() { # name: the whole screen (the window fills it), scaled for the guide
  sleep 1
  import -window root "$WORK/$1-full.png"
  convert "$WORK/$1-full.png" -resize 75% -strip "PNG24:$HELP_DIR/$1.png"
}

focus; shot orders

focus; key ctrl+f; xdotool type --delay 80 "Garcia"; sleep 1.5; key ctrl+t; key Down Down
shot search

key Return; sleep 1.5; shot order
key Escape

focus; key ctrl+shift+x; key ctrl+t; key Down; key ctrl+e; shot export
key Escape

focus; key ctrl+p; sleep 2; shot print
key Escape

focus; key ctrl+comma; shot settings
key Escape

focus; key ctrl+shift+b; shot backup
key Escape

kill $APP
echo "take-screenshots: wrote $(ls "$HELP_DIR"/*.png | wc -l) PNG files to $HELP_DIR"
