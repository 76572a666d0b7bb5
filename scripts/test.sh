#!/usr/bin/env bash
# Sets everything up on Debian 12, builds XinAn with its tests, and runs the whole suite
# (GUI tests headless). Prints ctest's summary; exits non-zero if anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

build=${XINAN_TEST_BUILD_DIR:-build/test}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DXINAN_BUILD_TESTS=ON -DXINAN_BUILD_GUI=ON -DXINAN_BUILD_BENCH=ON >/dev/null
cmake --build "$build"

export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --parallel 2
