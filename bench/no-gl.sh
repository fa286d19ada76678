#!/usr/bin/env bash
# By hand: does an app start and paint its ready marker on a machine with no OpenGL at all?
# Runs it under Xvfb with no network, with none of the tests' WebKit and GL variables, first as
# is (Mesa's llvmpipe), then with GL removed three ways: no DRI driver (as without
# libgl1-mesa-dri), no EGL vendor (as without libegl-mesa0), a Gallium driver that cannot load.
# Prints each run's exit status and what Mesa, WebKit and the app said. Asserts nothing;
# docs/performance.md has the last result.
#   bench/no-gl.sh [binary]      (default: the release build, <target>/release/refuge)
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/config.sh
bin=${1:-$TARGET_DIR/release/refuge}
empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT
run() {
  local name=$1 home out rc
  shift
  home=$(mktemp -d)
  out=$(scripts/offline.sh --xvfb -- env -u WEBKIT_DISABLE_COMPOSITING_MODE -u LIBGL_ALWAYS_SOFTWARE \
    -u NO_AT_BRIDGE XDG_DATA_HOME="$home" XDG_CONFIG_HOME="$home" XDG_CACHE_HOME="$home" \
    LANG=fr_BE.UTF-8 REFUGE_EXIT_WHEN_READY=1 "$@" timeout 40 "$bin" 2>&1)
  rc=$?
  echo "== $name: exit $rc"
  grep -E "refuge-ready-ms|EGL|GL|Abort" <<<"$out" | sort -u | head -6
  rm -rf "$home"
}
run "with Mesa (llvmpipe), nothing set"
run "no DRI driver (LIBGL_DRIVERS_PATH=<empty folder>)" LIBGL_DRIVERS_PATH="$empty"
run "no EGL vendor (__EGL_VENDOR_LIBRARY_DIRS=<empty folder>)" __EGL_VENDOR_LIBRARY_DIRS="$empty"
run "a Gallium driver that cannot load (GALLIUM_DRIVER=none)" GALLIUM_DRIVER=none
