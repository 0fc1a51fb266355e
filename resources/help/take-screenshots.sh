#!/usr/bin/env bash
# Retakes the user guide's screenshots from the real application under Xvfb:
#   bash resources/help/take-screenshots.sh BUILD_DIR
# Needs xvfb-run, xdotool and ImageMagick (import, convert). Seeds a demo
# database in a temporary folder with a few accounts, runs docket on it with a
# throwaway configuration, drives it with the keyboard (and the mouse for the
# sidebar and the users table) and writes resources/help/*.png.
# HELP_SHOT=FILE.png also saves Help → User Guide open at a section, for
# checking how the guide looks in the application (not used by the guide).
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
  CTL="$BUILD_DIR/app/docketctl"
  export XDG_CONFIG_HOME="$WORK/ctl-config" # docketctl's sign-in policy: the defaults
  "$CTL" --database "$WORK/demo.db" seed --orders 50000 --seed 7 >/dev/null 2>&1
  # The window signs in as the first administrator.
  DOCKET_PASSWORD="$DEMO_PASSWORD" "$CTL" --database "$WORK/demo.db" \
    user add admin --admin --display-name "Alex Morgan" >/dev/null
  ctl() { DOCKET_USER=admin DOCKET_PASSWORD="$DEMO_PASSWORD" "$CTL" --lang en --database "$WORK/demo.db" "$@"; }
  # Colleagues for the administration page: one per built-in role, one with
  # several channels (disabled), one locked out by five wrong passwords.
  add() { DOCKET_NEW_PASSWORD="$DEMO_PASSWORD" ctl user add "$@" >/dev/null; }
  add clara --role clerk --scope channels:web --display-name "Clara Jones"
  add tom --role clerk --scope own --display-name "Tom Baker"
  add olivia --role clerk --scope channels:retail,phone --display-name "Olivia Grant"
  add sam --role supervisor --display-name "Sam Patel"
  add mia --role manager --display-name "Mia Chen"
  ctl user disable olivia >/dev/null
  DOCKET_USER=mia DOCKET_PASSWORD="$DEMO_PASSWORD" "$CTL" --database "$WORK/demo.db" \
    orders count --new >/dev/null
  for _ in 1 2 3 4 5; do
    DOCKET_USER=tom DOCKET_PASSWORD=not-my-password "$CTL" --database "$WORK/demo.db" \
      orders count >/dev/null 2>&1 || true
  done

  mkdir -p "$WORK/config/Docket"
  cat >"$WORK/config/Docket/Docket.conf" <<'EOF'
[app]
language=en
theme=light
lastUserName=admin

[shop]
name=Harbour Tea Company
address="12 Quay Street\nBristol BS1 4DJ\nUnited Kingdom"
email=orders@harbourtea.example
phone=+44 117 496 0000

[connections]
recent="postgresql://clara@db.harbourtea.example:5432/docket?sslmode=verify-full", "postgresql://clara@192.168.1.20:5432/docket_test?sslmode=prefer"
EOF
  _DOCKET_IN_XVFB=1 WORK="$WORK" xvfb-run -a -s "-screen 0 1280x800x24" \
    bash "${BASH_SOURCE[0]}" "$BUILD_DIR"
  exit $?
fi

export XDG_CONFIG_HOME="$WORK/config" LANG=en_GB.UTF-8 LC_ALL=C.UTF-8
"$BUILD_DIR/app/docket" --database "$WORK/demo.db" --lang en >"$WORK/docket.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT

window() { # title: the id of the first window with that title, waiting for it
  local id=""
  for _ in $(seq 1 40); do
    id=$(xdotool search --name "$1" 2>/dev/null | head -n 1) && [[ -n "$id" ]] && break
    sleep 0.25
  done
  [[ -n "$id" ]] || { echo "take-screenshots: no window \"$1\"" >&2; exit 1; }
  echo "$id"
}
key() { xdotool key --delay 60 "$@"; sleep 0.8; }
shot() { # name: the whole screen (the window fills it), scaled for the guide
  sleep 1
  import -window root "$WORK/$1-full.png"
  convert "$WORK/$1-full.png" -resize 75% -strip "PNG24:$HELP_DIR/$1.png"
}
shot_window() { # name title: one dialog, at its own size (small enough as it is)
  sleep 1
  import -window "$(window "$2")" "$WORK/$1-full.png"
  convert "$WORK/$1-full.png" -strip "PNG24:$HELP_DIR/$1.png"
}

# Sign in (the user name is remembered; the password field has the focus).
window "Sign In to Docket" >/dev/null
sleep 1
xdotool type --delay 40 "$DEMO_PASSWORD"
shot_window signin "Sign In to Docket"
key Return
sleep 4
WIN=$(window "Docket —")

focus() { xdotool windowfocus "$WIN" 2>/dev/null || true; sleep 0.4; }
park_mouse() { xdotool mousemove --window "$WIN" 1275 795; sleep 0.3; } # no hover text
page() { # n: the sidebar's nth page (0 = Orders), clicked then chosen with the arrows
  xdotool mousemove --window "$WIN" 80 95 click 1; sleep 0.5
  key Home
  for _ in $(seq 1 "$1"); do key Down; done
  park_mouse
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

# Analytics (sidebar: Orders, Archive, Analytics, Administration): this year
# against the previous period.
focus; page 2; sleep 3; shot analytics

# Administration: the users, a clerk of the web shop selected.
page 3; sleep 1.5
xdotool mousemove --window "$WIN" 400 183 click 1; sleep 0.8; park_mouse # clara's row
shot admin
# Roles: a custom role made from the clerk's permissions.
key alt+r; key alt+n
window "New Role" >/dev/null
xdotool type --delay 40 "Packer"; key Tab
xdotool type --delay 40 "Packs paid orders and ships them"; key Tab; key Down; key Return
sleep 1
# Packers do not take orders: the box of "Create orders" in its column.
xdotool mousemove --window "$WIN" 671 223 click 1; sleep 0.8
park_mouse; shot admin-roles
key alt+u
page 0

# Connect to Server: the recent connection filled in, the password to type.
focus; key ctrl+shift+k; shot_window connect "Connect to a Docket Server"
key Escape

if [[ -n "${HELP_SHOT:-}" ]]; then
  # Help → User Guide, at the analytics section (the 11th link: Tab goes from link to link).
  focus; key F1
  HELP=$(window "Docket User Guide")
  xdotool windowfocus "$HELP" 2>/dev/null || true; sleep 0.5
  for _ in $(seq 1 11); do xdotool key Tab; sleep 0.1; done
  key Return; sleep 1
  import -window "$HELP" "$HELP_SHOT"
  key Escape
fi

kill $APP
echo "take-screenshots: wrote $(ls "$HELP_DIR"/*.png | wc -l) PNG files to $HELP_DIR"
