#!/usr/bin/env bash
# Sets everything up on Debian 12, builds XinAn with its tests, and runs the whole suite
# (GUI tests headless). Then builds again without the widgets (-DXINAN_BUILD_GUI=OFF) in its
# own folder and runs the core and command-line tests there, proving that core and the CLI need
# no Qt Widgets. Prints ctest's summaries; exits non-zero if anything fails.
#
#   scripts/test.sh               the full build and suite, then the build without widgets
#   scripts/test.sh --sanitize    instead: an AddressSanitizer + UndefinedBehaviorSanitizer build
#                                 in build/asan running the core, CLI and UI tests (docs/testing.md)
#
# XINAN_TEST_BUILD_DIR changes the build folder (default build/test; the build without widgets
# goes beside it, in <folder>-headless, at the same depth so that ccache reuses the first build).
set -euo pipefail
cd "$(dirname "$0")/.."

sanitize=0
for arg in "$@"; do
  case "$arg" in
    --sanitize) sanitize=1 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "scripts/test.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen

if [ "$sanitize" -eq 1 ]; then
  build=${XINAN_ASAN_BUILD_DIR:-build/asan}
  flags="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
  # The benchmarks are not tests; the fuzz replay runs with the rest.
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DXINAN_BUILD_TESTS=ON -DXINAN_BUILD_GUI=ON -DXINAN_BUILD_BENCH=OFF \
    "-DCMAKE_C_FLAGS=$flags" "-DCMAKE_CXX_FLAGS=$flags" \
    "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined" >/dev/null
  cmake --build "$build"
  # Leaks inside OpenSSL's libcrypto (SQLCipher's crypto provider) are suppressed; nothing else.
  export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1}
  export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
  ctest --test-dir "$build" --output-on-failure --parallel 2
  exit 0
fi

build=${XINAN_TEST_BUILD_DIR:-build/test}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DXINAN_BUILD_TESTS=ON -DXINAN_BUILD_GUI=ON -DXINAN_BUILD_BENCH=ON >/dev/null
cmake --build "$build"
ctest --test-dir "$build" --output-on-failure --parallel 2

# The same sources without Qt Widgets: core, the command line and their tests only.
headless="${build%/}-headless"
cmake -S . -B "$headless" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DXINAN_BUILD_TESTS=ON -DXINAN_BUILD_GUI=OFF -DXINAN_BUILD_BENCH=OFF >/dev/null
cmake --build "$headless"
for exe in app/cli/xinan-cli tests/core/xinan_core_tests tests/cli/xinan_cli_tests; do
  if readelf -d "$headless/$exe" | grep -q 'NEEDED.*libQt6Widgets'; then
    echo "scripts/test.sh: $exe links Qt Widgets in the build without widgets" >&2
    exit 1
  fi
done
ctest --test-dir "$headless" --output-on-failure --parallel 2
