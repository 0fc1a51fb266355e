#!/usr/bin/env bash
# Retakes the user guide's screenshots from the real application under Xvfb:
#   bash resources/help/take-screenshots.sh BUILD_DIR
# Needs xvfb-run, xdotool and ImageMagick (import, convert).
# Also the desk's newer screens: saved views (in the order list), Change
# Status, an undo that meets a colleague's change, and the shop settings; the
# order window's Customer View, the column chooser, a print preview of
# several orders and the typed-count confirmation of a mass action.
# Seeds a demo database in a temporary folder with a few accounts, runs docket
# on it with a throwaway configuration, drives it with the keyboard (and the
# mouse for the sidebar and the users table) and writes resources/help/*.png.
# HELP_SHOT=FILE.png also saves Help → User Guide open at a section, for
# checking how the guide looks in the application (not used by the guide).
# GUIDE_LANG=zh_CN or zh_TW takes the Chinese guide's screenshots
# (NAME_zh_CN.png, ...), of the application in that language and with that
# locale's dates (en: en_GB).
# Where user namespaces are allowed (unshare), the application sees its
# temporary folder as /home/alex, so paths on screen are a user's own
# (/home/alex/Documents/harbour-tea.db), not a temporary one.
set -euo pipefail
export DEMO_PASSWORD=${DEMO_PASSWORD:-Harbour-Tea-2024}
export GUIDE_LANG=${GUIDE_LANG:-en}
case "$GUIDE_LANG" in
  en) SUFFIX=""; GUIDE_LOCALE=en_GB.UTF-8; APP_LANG=en_GB ;; # --lang en alone is en_US: US dates
  zh_CN | zh_TW) SUFFIX="_$GUIDE_LANG"; GUIDE_LOCALE="$GUIDE_LANG.UTF-8"; APP_LANG=$GUIDE_LANG ;;
  *) echo "take-screenshots: GUIDE_LANG is en, zh_CN or zh_TW" >&2; exit 1 ;;
esac
# Window titles, names and the shop, in the guide's language.
case "$GUIDE_LANG" in
  en)
    T_SIGNIN="Sign In to Docket"; T_NEWROLE="New Role"; T_CONNECT="Connect to a Docket Server"
    T_GUIDE="Docket User Guide"; ROLE_NAME="Packer"; ROLE_TEXT="Packs paid orders and ships them"
    VIEW_NEW="New orders"; VIEW_CUSTOMER="Garcia's orders"; REASON="Duplicate order"
    NAMES=("Alex Morgan" "Clara Jones" "Tom Baker" "Olivia Grant" "Sam Patel" "Mia Chen")
    SHOP_NAME="Harbour Tea Company"
    SHOP_ADDRESS='12 Quay Street\nBristol BS1 4DJ\nUnited Kingdom'
    SHOP_PHONE="+44 117 496 0000"
    RULE_NOTE1="Larger baskets before the holidays"; RULE_NOTE2="Throwaway addresses"
    REFUND_REASON="Damaged in transit"
    MATRIX_BOX="671 223" # the new role's "Create orders" box
    REFUNDS_TAB="331 219"; REFUND_BUTTON="980 608" # in the order window's Fulfilment tab
    OVERDUE_BUTTON="937 103"; DUE_HEADING="1160 132" # the order list's
    USER_ROW="400 157" ;; # clara in the users table
  zh_CN)
    T_SIGNIN="登录 Docket"; T_NEWROLE="新建角色"; T_CONNECT="连接到 Docket 服务器"
    T_GUIDE="Docket 用户指南"; ROLE_NAME="打包员"; ROLE_TEXT="打包已付款的订单并发货"
    VIEW_NEW="新订单"; VIEW_CUSTOMER="Garcia 的订单"; REASON="重复订单"
    NAMES=("王志强" "李静" "张伟" "刘芳" "陈磊" "杨敏")
    SHOP_NAME="海港茶叶公司"
    SHOP_ADDRESS='上海市黄浦区中山东一路 12 号\n200002\n中国'
    SHOP_PHONE="+86 21 6321 0000"
    RULE_NOTE1="节前大额订单增多"; RULE_NOTE2="一次性邮箱"
    REFUND_REASON="运输途中损坏"
    MATRIX_BOX="523 210"
    REFUNDS_TAB="283 244"; REFUND_BUTTON="1020 604"
    OVERDUE_BUTTON="865 112"; DUE_HEADING="1190 144"
    USER_ROW="400 161" ;;
  zh_TW)
    T_SIGNIN="登入 Docket"; T_NEWROLE="新增角色"; T_CONNECT="連線到 Docket 伺服器"
    T_GUIDE="Docket 使用者指南"; ROLE_NAME="包裝員"; ROLE_TEXT="包裝已付款的訂單並出貨"
    VIEW_NEW="新訂單"; VIEW_CUSTOMER="Garcia 的訂單"; REASON="重複訂單"
    NAMES=("王志明" "李靜怡" "張家豪" "劉淑芬" "陳建宏" "楊雅婷")
    SHOP_NAME="港灣茶葉公司"
    SHOP_ADDRESS='臺北市中正區重慶南路一段 12 號\n100\n臺灣'
    SHOP_PHONE="+886 2 2311 0000"
    RULE_NOTE1="節前大額訂單增多"; RULE_NOTE2="一次性信箱"
    REFUND_REASON="運送途中損壞"
    MATRIX_BOX="523 210"
    REFUNDS_TAB="283 244"; REFUND_BUTTON="1020 604"
    OVERDUE_BUTTON="865 112"; DUE_HEADING="1190 144"
    USER_ROW="400 161" ;;
esac

BUILD_DIR=$(realpath "${1:-build}")
HELP_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
for tool in xvfb-run xdotool import convert; do
  command -v "$tool" >/dev/null || { echo "take-screenshots: $tool is missing" >&2; exit 1; }
done

if [[ "${_DOCKET_IN_XVFB:-}" != 1 ]]; then
  WORK=$(mktemp -d /tmp/docket-shots-XXXXXX)
  trap 'rm -rf -- "$WORK"' EXIT
  mkdir -p "$WORK/Documents"
  DB="$WORK/Documents/harbour-tea.db"
  CTL="$BUILD_DIR/app/docketctl"
  export XDG_CONFIG_HOME="$WORK/ctl-config" # docketctl's sign-in policy: the defaults
  "$CTL" --database "$DB" db init >/dev/null
  # The youngest 2,000 with payments, refunds, parcels; about 100 wait in review.
  "$CTL" --database "$DB" seed --orders 50000 --seed 7 --fulfilment 2000 >/dev/null 2>&1
  # The catalogue: 2,000 products in 3 warehouses, some low on stock, a
  # stocktake running, transfers under way, returns in every state, feedback.
  "$CTL" --database "$DB" stock seed --products 2000 --seed 7 >/dev/null 2>&1
  # The window signs in as the first administrator.
  DOCKET_PASSWORD="$DEMO_PASSWORD" "$CTL" --database "$DB" \
    user add admin --admin --display-name "${NAMES[0]}" >/dev/null
  ctl() { DOCKET_USER=admin DOCKET_PASSWORD="$DEMO_PASSWORD" "$CTL" --lang en --database "$DB" "$@"; }
  # Colleagues for the administration page: one per built-in role, one with
  # several channels (disabled), one locked out by five wrong passwords.
  add() { DOCKET_NEW_PASSWORD="$DEMO_PASSWORD" ctl user add "$@" >/dev/null; }
  add clara --role clerk --scope channels:web --display-name "${NAMES[1]}"
  add tom --role clerk --scope own --display-name "${NAMES[2]}"
  add olivia --role clerk --scope channels:retail,phone --display-name "${NAMES[3]}"
  add sam --role supervisor --display-name "${NAMES[4]}"
  add mia --role manager --display-name "${NAMES[5]}"
  ctl user disable olivia >/dev/null
  DOCKET_USER=mia DOCKET_PASSWORD="$DEMO_PASSWORD" "$CTL" --database "$DB" \
    orders count --new >/dev/null
  for _ in 1 2 3 4 5; do
    DOCKET_USER=tom DOCKET_PASSWORD=not-my-password "$CTL" --database "$DB" \
      orders count >/dev/null 2>&1 || true
  done

  # The shop's details are shop settings, in the database.
  ctl settings set shop.name "$SHOP_NAME" >/dev/null
  ctl settings set shop.address "$(printf '%b' "$SHOP_ADDRESS")" >/dev/null
  ctl settings set shop.email orders@harbourtea.example >/dev/null
  ctl settings set shop.phone "$SHOP_PHONE" >/dev/null
  # The review rules' History: two versions after the first, with notes.
  ctl rules set amount threshold EUR 1500.00 --note "$RULE_NOTE1" >/dev/null
  ctl rules set blocklist email_domains add mailinator.example --note "$RULE_NOTE2" >/dev/null
  # The Archive page: the invalid orders of every channel but the web shop,
  # deleted by Sam (the web shop's stay: the Customer View shows one).
  DOCKET_USER=sam DOCKET_PASSWORD="$DEMO_PASSWORD" "$CTL" --lang en --database "$DB" \
    orders delete --channel marketplace,app,phone,retail >/dev/null
  # Administration → Intake Log: the real docket-gateway, on a free loopback
  # port for a moment, refuses three of the web shop's orders: an SKU the
  # catalogue does not have (the web channel refuses them), an email address
  # without its @, a total that is not what the lines add up to.
  KEY=$(ctl apikey create webshop --role clerk --scope channels:web | tail -n 1)
  PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "$BUILD_DIR/app/docket-gateway" --database "$DB" --listen "127.0.0.1:$PORT" --no-webhooks \
    --access-log - >/dev/null 2>&1 &
  GATEWAY=$!
  for _ in $(seq 1 40); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT/api/v1/orders" && break
    sleep 0.25
  done
  refused() { # external-id customer email sku quantity (at 9.00, the total 18.00)
    curl -s -o /dev/null -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
      --data "{\"external_id\": \"$1\", \"channel\": \"web\", \"status\": \"pending\",
               \"customer\": {\"name\": \"$2\", \"email\": \"$3\"}, \"total\": \"18.00\",
               \"lines\": [{\"sku\": \"$4\", \"name\": \"Jasmine tea\", \"quantity\": $5,
                          \"unit_price\": \"9.00\"}]}" "http://127.0.0.1:$PORT/api/v1/orders"
    sleep 1.1 # one second apart in the log
  }
  refused WS-5202 "Li Wei" li.wei@example.com TEA-0042 2
  refused WS-5203 "Sofia Rossi" sofia.example.com SKU-10002 2
  refused WS-5204 "Noah Silva" noah@example.com SKU-10003 1
  kill "$GATEWAY"; wait "$GATEWAY" || true
  # A shop's export for File → Import Orders…, WooCommerce's headers, one row
  # per line item: one quantity written in words and one row without its
  # order id, which the preview names by line and column.
  cat >"$WORK/Documents/shop-orders.csv" <<'EOF'
Order ID,Order Date,Order Status,Billing First Name,Billing Last Name,Billing Email,Order Currency,Order Total,SKU,Item Name,Qty,Item Cost
5120,2024-06-14 09:12,processing,Grete,Müller,grete@example.com,EUR,31.98,SKU-10001,Tea caddy,1,24.99
5120,2024-06-14 09:12,processing,Grete,Müller,grete@example.com,EUR,31.98,SKU-10002,Loose leaf sampler,two,6.99
5121,2024-06-14 10:40,completed,Li,Wei,li.wei@example.com,EUR,12.50,SKU-10003,Teapot filter,1,12.50
,2024-06-14 11:05,on-hold,Sofia,Rossi,sofia@example.com,EUR,9.00,SKU-10004,Gift card,1,9.00
EOF
  # A warehouse's file for File → Import Shipments…: two paid orders ship, one
  # number is unknown and one tracking number does not fit DHL's pattern,
  # which the preview names by line. And a shipped order for its Fulfilment tab.
  numbers() { # status count: that many order numbers in that status, newest first
    ctl orders list --status "$1" --limit "$2" --json |
      python3 -c 'import json, sys; print(" ".join(o["number"] for o in json.load(sys.stdin)))'
  }
  read -r PAID1 PAID2 PAID3 <<<"$(numbers paid 3)"
  printf 'order,carrier,tracking\n%s,dhl,4027591836\n%s,sf,SF1234567890123\nDK9999999,ups,1Z999AA10123456784\n%s,dhl,12AB\n' \
    "$PAID1" "$PAID2" "$PAID3" >"$WORK/Documents/shipments.csv"
  export SHIPPED_ORDER
  SHIPPED_ORDER=$(numbers delivered 1)
  mkdir -p "$WORK/config/Docket"
  cat >"$WORK/config/Docket/Docket.conf" <<EOF
[app]
language=$GUIDE_LANG
theme=light
lastUserName=admin

[shop]
name=$SHOP_NAME
address="$SHOP_ADDRESS"
email=orders@harbourtea.example
phone=$SHOP_PHONE

[connections]
recent="postgresql://clara@db.harbourtea.example:5432/docket?sslmode=verify-full", "postgresql://clara@192.168.1.20:5432/docket_test?sslmode=prefer"
EOF
  # A neutral home: $WORK seen as /home/alex in a mount namespace of our own
  # (not when the sources or the build live under /home: they would be hidden).
  NEUTRAL=""
  case "$BUILD_DIR/$HELP_DIR/" in
    /home/*) ;;
    *) unshare --user --map-root-user --mount true 2>/dev/null && NEUTRAL=/home/alex ;;
  esac
  if [[ -n "$NEUTRAL" ]]; then
    unshare --user --map-root-user --mount bash -c \
      'mount -t tmpfs tmpfs /home && mkdir -p "$1" && mount --bind "$2" "$1" && shift 2 && exec "$@"' \
      bash "$NEUTRAL" "$WORK" \
      env _DOCKET_IN_XVFB=1 WORK="$NEUTRAL" HOME="$NEUTRAL" \
      xvfb-run -a -s "-screen 0 1280x800x24" bash "${BASH_SOURCE[0]}" "$BUILD_DIR"
  else
    echo "take-screenshots: no user namespace; the screenshots show $WORK" >&2
    _DOCKET_IN_XVFB=1 WORK="$WORK" HOME="$WORK" xvfb-run -a -s "-screen 0 1280x800x24" \
      bash "${BASH_SOURCE[0]}" "$BUILD_DIR"
  fi
  exit $?
fi

# The guide's locale for the application only: xdotool types Chinese in a
# UTF-8 locale the system has (zh_CN.UTF-8 may not be installed; Qt needs none).
export XDG_CONFIG_HOME="$WORK/config" LC_ALL=C.UTF-8
LANG="$GUIDE_LOCALE" LC_ALL="$GUIDE_LOCALE" "$BUILD_DIR/app/docket" --database "$WORK/Documents/harbour-tea.db" --lang "$APP_LANG" >"$WORK/docket.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT

window() { # title: the id of the first visible window with that title, waiting for it
  # (an ASCII part of the title: xdotool does not match a title's "—" or Chinese)
  local id=""
  for _ in $(seq 1 160); do
    id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -n 1) && [[ -n "$id" ]] && break
    sleep 0.25
  done
  [[ -n "$id" ]] || {
    echo "take-screenshots: no window \"$1\"; the application said:" >&2
    cat "$WORK/docket.log" >&2
    import -window root "/tmp/take-screenshots-failed.png" 2>/dev/null || true
    exit 1
  }
  echo "$id"
}
key() { xdotool key --delay 60 "$@"; sleep 0.8; }
shot() { # name: the whole screen (the window fills it), scaled for the guide
  sleep 1
  import -window root "$WORK/$1-full.png"
  convert "$WORK/$1-full.png" -resize 75% -strip "PNG24:$HELP_DIR/$1$SUFFIX.png"
}
shot_window() { # name title: one dialog, at its own size (small enough as it is)
  sleep 1
  import -window "$(window "$2")" "$WORK/$1-full.png"
  convert "$WORK/$1-full.png" -strip "PNG24:$HELP_DIR/$1$SUFFIX.png"
}
shot_active() { # name: the dialog that has the focus, at its own size
  sleep 1
  import -window "$(xdotool getwindowfocus)" "$WORK/$1-full.png"
  convert "$WORK/$1-full.png" -strip "PNG24:$HELP_DIR/$1$SUFFIX.png"
}

# Sign in (the user name is remembered; the password field has the focus).
window "Docket" >/dev/null # the sign-in dialog, the only window shown
sleep 1
xdotool type --delay 40 "$DEMO_PASSWORD"
shot_active signin
key Return
sleep 4
WIN=$(window "harbour-tea.db")

focus() { xdotool windowfocus "$WIN" 2>/dev/null || true; sleep 0.4; }
park_mouse() { xdotool mousemove --window "$WIN" 1275 795; sleep 0.3; } # no hover text
page() { # n: the sidebar's nth page (0 = Orders), clicked then chosen with the arrows
  xdotool mousemove --window "$WIN" 80 95 click 1; sleep 0.5
  key Home
  for _ in $(seq 1 "$1"); do key Down; done
  park_mouse
}

# Saved views on the left: the new orders, and one customer's.
focus; key ctrl+shift+n; key alt+w; xdotool type --delay 40 "$VIEW_NEW"; key Return
focus; key ctrl+shift+x
focus; key ctrl+f; xdotool type --delay 80 "Garcia"; sleep 1.5
key alt+w; xdotool type --delay 40 "$VIEW_CUSTOMER"; key Return
focus; key ctrl+shift+x; sleep 1.5; park_mouse

focus; shot orders

focus; key ctrl+f; xdotool type --delay 80 "Garcia"; sleep 1.5; key ctrl+t; key Down Down
shot search

key Return; sleep 1.5; shot order
# The same order's Customer View tab: the customer's other orders and totals.
key alt+v; sleep 2; shot customer-view
key Escape

# View → Choose Columns… (Ctrl+Shift+C).
focus; key ctrl+shift+x; key ctrl+shift+c; sleep 1; shot_active column-chooser
key Escape

# Ctrl+P with four orders selected: one preview of all four.
focus; key ctrl+shift+x; key ctrl+t; key ctrl+Home; key shift+Down shift+Down shift+Down
key ctrl+p; sleep 3; shot print-batch
key Escape

# Ctrl+A, Ctrl+I: marking every order invalid asks for the count to be typed.
focus; key ctrl+shift+x; key ctrl+t; key ctrl+a; key ctrl+i; sleep 1.5; shot_active mass-confirm
key Escape

focus; key ctrl+shift+x; key ctrl+t; key Down; key ctrl+e; shot export
key Escape

focus; key ctrl+p; sleep 2; shot print
key Escape

focus; key ctrl+comma; shot settings
key Escape

focus; key ctrl+shift+b; shot backup
key Escape

# Settings, the Shop tab: everyone's, in the database. Tab from the shop's
# name down to the carriers' table (the tab bar, name, address, email, phone, two backup
# fields, two gateway fields, the shop's and the catalogue's currency, the payment
# methods, Add Method), on to the
# first deadline (the page scrolls the carriers into view), then back up to
# Add Method (the page scrolls up to the payments): both tables whole.
focus; key ctrl+comma; key ctrl+Tab
for _ in $(seq 1 15); do xdotool key Tab; sleep 0.15; done
for _ in $(seq 1 3); do xdotool key shift+Tab; sleep 0.15; done
shot settings-shop
key Escape

# Change Status of the three newest orders (the dialog, not confirmed).
focus; key ctrl+shift+x; key ctrl+t; key Home; key shift+Down shift+Down
key ctrl+shift+s; shot_active bulk-status
key Escape

# An undo over a colleague's later change: the three newest orders marked
# invalid here, then Sam, on a second connection (docketctl on the same
# database), marks the newest of them valid and invalid again; Edit → Undo
# lists that order and asks (Undo Nothing, the default, then closes it).
ctl_as() { # user command...: docketctl on the same database, as that user
  local user=$1
  shift
  DOCKET_USER="$user" DOCKET_PASSWORD="$DEMO_PASSWORD" XDG_CONFIG_HOME="$WORK/ctl-config" \
    "$BUILD_DIR/app/docketctl" --lang en --database "$WORK/Documents/harbour-tea.db" "$@"
}
NEWEST=$(ctl_as admin orders list --limit 1 --json |
  python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["number"])')
# Ctrl+Home: the first row alone (Home keeps the row Change Status left current).
focus; key ctrl+shift+x; key ctrl+t; key ctrl+Home; key shift+Down shift+Down
# The dialog's focus is on Cancel: back to the reason (Down: the first one
# suggested, "Duplicate order" in the guide's language), then on to the action.
key ctrl+i; key shift+Tab; key Down; key Tab Tab; key Return
sleep 2
ctl_as sam orders revalidate "$NEWEST" >/dev/null
ctl_as sam orders invalidate "$NEWEST" --reason "$REASON" >/dev/null
focus; key ctrl+z; sleep 1.5; shot_active undo-conflict
key Escape



# Analytics (sidebar: Orders, Review, Catalogue, Stock, After-sales, Archive,
# Analytics, Administration): this year against the previous period.
focus; page 6; sleep 3; shot analytics

# Administration: the users, a clerk of the web shop selected.
page 7; sleep 1.5
xdotool mousemove --window "$WIN" $USER_ROW click 1; sleep 0.8; park_mouse # clara's row
shot admin
# Roles: a custom role made from the clerk's permissions.
key alt+r; key alt+n
sleep 1.5 # the New Role dialog
xdotool type --delay 40 "$ROLE_NAME"; key Tab
xdotool type --delay 40 "$ROLE_TEXT"; key Tab; key Down; key Return
sleep 1
# Packers do not take orders: the box of "Create orders" in its column.
xdotool mousemove --window "$WIN" $MATRIX_BOX click 1; sleep 0.8
park_mouse; shot admin-roles
key alt+u
page 0

# Connect to Server: the recent connection filled in, the password to type.
focus; key ctrl+shift+k; shot_active connect
key Escape

# File → Import Orders… (Alt+F, I) with the shop's export read: the preview
# lists the rows it refuses, Import disabled.
focus; key alt+f; key i; sleep 1
xdotool type --delay 30 "$WORK/Documents/shop-orders.csv"; key Tab; sleep 1
shot_active import
key Escape

# File → Import Shipments… (Alt+F, S) with the warehouse's file: the preview
# names the rows it refuses, Ship disabled.
# ("S" is Connect to Server's too: the second press moves on, Return opens.)
focus; key alt+f; key s; key s; key Return; sleep 1
xdotool type --delay 30 "$WORK/Documents/shipments.csv"; key Tab; sleep 1.5
shot_active ship-file
key Escape

# The Review page (the sidebar's second entry): the orders waiting, oldest
# first, with their reasons.
focus; page 1; sleep 2; shot review
# Its Rules… button (Alt+U): every rule with its settings; the History tab
# (Alt+H): every version, newest first, with who set it, when, its note and
# what it changed in words.
# (Taller than the screen at its own size: made 720 pixels high, centred.)
key alt+u; sleep 1.5
xdotool windowsize "$(xdotool getwindowfocus)" 780 720 windowmove "$(xdotool getwindowfocus)" 250 40
sleep 1; shot_active review-rules
key alt+h; sleep 1; shot_active review-rules-history
key Escape
page 0

# A delivered order's Fulfilment tab (Alt+F in the order window): its steps,
# its payments, refunds and parcels.
# (The order number field, left of the search field: Enter opens the order.)
focus; key ctrl+f; key shift+Tab; xdotool type --delay 80 "$SHIPPED_ORDER"
key Return; sleep 2; key alt+f; sleep 1.5
shot order-fulfilment
# Its Refunds tab and Refund… (clicked): by lines, one of the first line
# (F2 edits the quantity), with a reason; not confirmed.
xdotool mousemove --window "$WIN" $REFUNDS_TAB click 1; sleep 0.8
xdotool mousemove --window "$WIN" $REFUND_BUTTON click 1; sleep 1.5
key alt+b; key Down; key Tab; key Right Right Right; key F2; key ctrl+a
xdotool type --delay 80 "1"; key Return
key alt+s; xdotool type --delay 60 "$REFUND_REASON"; sleep 0.5
shot_active refund
key Escape; sleep 0.5
key Escape
focus; key ctrl+shift+x

# The order list past the deadline: the Overdue button (clicked) and the Due
# column sorted the other way round (two clicks on its heading): the orders
# most recently overdue first, each Due cell in red.
focus; xdotool mousemove --window "$WIN" $OVERDUE_BUTTON click 1; sleep 1.5
xdotool mousemove --window "$WIN" $DUE_HEADING click 1; sleep 1
xdotool mousemove --window "$WIN" $DUE_HEADING click 1; sleep 1.5
park_mouse; shot orders-overdue
xdotool mousemove --window "$WIN" $OVERDUE_BUTTON click 1; sleep 1
focus; key ctrl+shift+x

# Catalogue (the sidebar's third entry): every warehouse, products low on
# stock highlighted; the first low one (the 19th, SKU-10019) selected shows
# its stock in each warehouse and its latest movements beside the list.
focus; page 2; sleep 2
xdotool mousemove --window "$WIN" 300 300 click 1; sleep 0.5; key ctrl+Home
for _ in $(seq 1 18); do xdotool key Down; sleep 0.1; done
sleep 1; park_mouse; shot catalogue

# Stock: the running stocktake, expected against counted.
focus; page 3; sleep 2; park_mouse; shot stock

# Stock → Transfers (Alt+T): the newest first, a draft; the one below it is in
# transit, selected with its lines.
focus; key alt+t; sleep 1.5
xdotool mousemove --window "$WIN" 300 121 click 1; sleep 0.5; key Down; sleep 1
park_mouse; shot transfers

# Stock → Ledger (Alt+L): the movements of the low product of the catalogue's
# picture (SKU-10019), typed into the SKU field.
focus; key alt+l; sleep 1.5
xdotool mousemove --window "$WIN" 500 92 click 1; sleep 0.3
xdotool type --delay 80 "SKU-10019"; key Return; sleep 1.5
park_mouse; shot stock-ledger

# Stock → Analytics (Alt+A): the stock's value, turnover, days of cover and
# lost sales, per product and the return rates below.
focus; key alt+a; sleep 2.5; park_mouse; shot stock-analytics

# After-sales: the open returns (overdue ones in red), the newest selected
# with its lines.
focus; page 4; sleep 2
xdotool mousemove --window "$WIN" 700 200 click 1; sleep 0.5; key ctrl+Home
park_mouse; shot after-sales

# Archive: the orders Sam deleted, searched by a customer's name and the days
# they were ordered in the last year or so (the third Tab from the sidebar is
# the customer field; then the box and the first day: en_GB's day/month/year
# typed over, a year earlier; the Chinese year/month/day's year one down).
focus; page 5; sleep 2
key Tab Tab Tab; xdotool type --delay 80 "Rossi"; key Tab; key space; key Tab
case "$GUIDE_LANG" in
  en) key ctrl+a; xdotool type --delay 80 "$(date -d '-1 year' +%d/%m/%Y)" ;;
  *) key Down ;;
esac
key Tab; sleep 1.5
xdotool mousemove --window "$WIN" 1000 650 click 1 # the list's empty part: no date edit focused
park_mouse; shot archive-search

# Administration → Intake Log (Alt+I): what the gateway refused.
focus; page 7; sleep 1.5; key alt+i; sleep 1.5; park_mouse; shot intake-log
key alt+u
page 0

if [[ -n "${HELP_SHOT:-}" ]]; then
  # Help → User Guide, at the analytics section (the 11th link: Tab goes from link to link).
  focus; key F1
  HELP=$(window "$T_GUIDE")
  xdotool windowfocus "$HELP" 2>/dev/null || true; sleep 0.5
  for _ in $(seq 1 11); do xdotool key Tab; sleep 0.1; done
  key Return; sleep 1
  import -window "$HELP" "$HELP_SHOT"
  key Escape
fi

kill $APP
echo "take-screenshots: wrote $(ls "$HELP_DIR"/*"$SUFFIX".png | wc -l) PNG files to $HELP_DIR"
