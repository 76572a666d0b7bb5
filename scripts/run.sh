#!/usr/bin/env bash
# Sets everything up on Debian 12, builds XinAn (Release), creates a demonstration school
# database the first time, and opens XinAn on it. Extra arguments go to xinan.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

build=build/release
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DXINAN_BUILD_TESTS=OFF -DXINAN_BUILD_BENCH=OFF >/dev/null
cmake --build "$build"

demo_dir=${XINAN_DEMO_DIR:-$PWD/demo}
db="$demo_dir/demo-school.xinan"
password="xinan-demo-spring-2026"
if [ ! -f "$db" ]; then
  mkdir -p "$demo_dir"
  chmod 700 "$demo_dir"
  echo "Creating a demonstration school (synthetic students, no real person) ..."
  printf '%s\n' "$password" | "$build/app/cli/xinan-cli" demo --db "$db" --password-stdin
fi

cat <<MSG

  Demo database : $db
  Account       : demo
  Password      : $password

MSG

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
  cat <<MSG
No display was found, so XinAn's window cannot open here. XinAn is built and the demo
database is ready. To open it on a virtual display, run:

  xvfb-run -a -s "-screen 0 1280x800x24" $build/app/gui/xinan "$db"

or run scripts/run.sh again from a desktop session.
MSG
  exit 0
fi

exec "$build/app/gui/xinan" "$db" "$@"
