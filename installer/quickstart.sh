#!/usr/bin/env bash
# One command from a fresh Debian 12 clone to a running TutorDesk, or to a full test run.
#   bash installer/quickstart.sh demo       install, build, open TutorDesk on the demo school
#   bash installer/quickstart.sh test       install, build, check formatting, run every test
#   bash installer/quickstart.sh sanitize   the test suite again under ASan and UBSan (build-asan/)
# Re-running is quick: packages already present are not reinstalled and the build is incremental.
set -euo pipefail

mode=${1:-demo}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)

bash "$root/installer/install-deps.sh"

build() { # build DIR [extra cmake arguments]
  local dir=$1
  shift
  cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$dir" --parallel "$jobs"
}

case "$mode" in
demo)
  build "$root/build"
  if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    shot="$root/build/demo-school.png"
    echo "No display here: opening TutorDesk under Xvfb and saving what it shows to $shot"
    xvfb-run -a -s "-screen 0 1400x900x24" "$root/build/app/tutordesk" --demo --screenshot "$shot"
  else
    exec "$root/build/app/tutordesk" --demo
  fi
  ;;
test)
  build "$root/build"
  cmake --build "$root/build" --target format-check
  ctest --test-dir "$root/build" --output-on-failure --parallel "$jobs" --timeout 600
  ;;
sanitize)
  build "$root/build-asan" -DTUTORDESK_SANITIZE=ON -DTUTORDESK_BUILD_BENCHMARKS=OFF
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0" \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir "$root/build-asan" --output-on-failure --parallel "$jobs" --timeout 900
  ;;
*)
  echo "usage: bash installer/quickstart.sh demo|test|sanitize" >&2
  exit 2
  ;;
esac
