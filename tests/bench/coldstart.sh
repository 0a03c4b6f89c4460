#!/usr/bin/env bash
# Cold start of the desktop app on a big store (issue 3): from launching `omnicrm` to its first
# page showing data (--exit-when-ready), under Xvfb, median of 5 launches. The store (N contacts,
# passphrase mode with a cheap KDF so the figure is the app's own time, as in keychain mode) is
# built once through omnicrm-cli import and kept in $CACHE.
# Usage: tests/bench/coldstart.sh [BUILD_DIR] [ROWS]     (default build/release, 1000000)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
rows=${2:-1000000}
cache=${CACHE:-/tmp/omnicrm-coldstart}
store=$cache/store-$rows
export OMNICRM_PASSPHRASE=coldstart-bench OMNICRM_KDF=fast-for-tests
cli=$build/app/cli/omnicrm-cli
app=$build/app/desktop/omnicrm

if [ ! -f "$store/store.json" ]; then
  mkdir -p "$cache"
  python3 - "$cache/contacts-$rows.csv" "$rows" <<'PY'
import random, sys
path, rows = sys.argv[1], int(sys.argv[2])
first = ["محمد", "أحمد", "عبدالله", "فهد", "سارة", "نورة", "خالد", "ريم", "Mohammed", "Sara", "Omar", "Lina"]
last = ["العتيبي", "القحطاني", "الغامدي", "الحربي", "الشهري", "Al-Otaibi", "Al-Qahtani", "Haddad", "Khan"]
cities = ["الرياض", "جدة", "الدمام", "مكة", "Riyadh", "Jeddah", "Dubai", "Doha"]
random.seed(7)
with open(path, "w", encoding="utf-8") as out:
    out.write("الاسم,الجوال,البريد,المدينة\n")
    for i in range(rows):
        name = f"{random.choice(first)} {random.choice(last)}"
        out.write(f"{name},05{i:08d},c{i}@example.com,{random.choice(cities)}\n")
PY
  "$cli" --store "$store" init --no-keychain >/dev/null
  /usr/bin/time -f "import: %e s" "$cli" --store "$store" import contacts "$cache/contacts-$rows.csv" >/dev/null
  rm -f "$cache/contacts-$rows.csv"
fi

display=:98
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=$display
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

times=()
for run in 1 2 3 4 5; do
  start=$(date +%s%N)
  "$app" --store "$store" --exit-when-ready 2>/dev/null
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "cold start on $rows contacts ($build): runs ${times[*]} ms; median ${sorted[2]} ms"
