#!/usr/bin/env bash
# Run a command with no network and, on request, a private X display; end every process it
# started when it ends, however it ends.
#
#   scripts/offline.sh [--xvfb] [--] command [args…]
#
# The command runs in new network and PID namespaces (`unshare -n -p`, with `-r` when not
# root): the network has only loopback, up, so "works with no network" is proven, not assumed;
# the command is PID 1's only child, so when it exits, or this script is killed, the kernel ends
# every process left in the namespace (drivers, the app, WebKit's helpers, Xvfb). Before that
# happens, any process still alive besides Xvfb is listed and the run fails: cleaning up is the
# tests' job, and this says when they did not do it.
#
# --xvfb starts Xvfb on a display it finds free itself (-displayfd), exports DISPLAY and the
# settings WebKitGTK needs to render in software, and stops Xvfb on the way out.
set -euo pipefail

xvfb=0
while (($#)); do
  case "$1" in
    --xvfb) xvfb=1; shift ;;
    --) shift; break ;;
    -*) echo "offline.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
(($#)) || { echo "usage: scripts/offline.sh [--xvfb] [--] command [args…]" >&2; exit 2; }

if [ "${REFUGE_OFFLINE_NS:-}" != "$$" ]; then
  # Outside: enter the namespaces, then run this script again as their PID 1.
  flags=(--net --pid --fork --kill-child --mount-proc)
  [ "$(id -u)" -eq 0 ] || flags=(--map-root-user "${flags[@]}")
  args=()
  ((xvfb)) && args+=(--xvfb)
  # Inside, this script is PID 1: that is how it knows it is already inside.
  exec env REFUGE_OFFLINE_NS=1 unshare "${flags[@]}" -- "$0" "${args[@]}" -- "$@"
fi

ip link set lo up

xvfb_pid=""
stop_xvfb() {
  if [ -n "$xvfb_pid" ]; then
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
    xvfb_pid=""
  fi
}
trap stop_xvfb EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if ((xvfb)); then
  fifo_dir=$(mktemp -d)
  mkfifo "$fifo_dir/display"
  # A tall screen, so full-page screenshots fit.
  Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x8000x24 3>"$fifo_dir/display" 2>/dev/null &
  xvfb_pid=$!
  read -r display <"$fifo_dir/display"
  rm -r "$fifo_dir"
  export DISPLAY=":$display"
  export WEBKIT_DISABLE_COMPOSITING_MODE=1 LIBGL_ALWAYS_SOFTWARE=1 NO_AT_BRIDGE=1
fi

status=0
"$@" || status=$?

# Everything the command started should be gone by now; a process on its way out gets a moment.
still_alive() {
  local p pid name
  for p in /proc/[0-9]*; do
    pid=${p#/proc/}
    [ "$pid" != 1 ] && [ "$pid" != "$BASHPID" ] && [ "$pid" != "$xvfb_pid" ] || continue
    grep -qs '^State:[[:space:]]*Z' "$p/status" && continue
    name=$(cat "$p/cmdline" 2>/dev/null | tr '\0' ' ' | cut -c1-150) || true
    [ -n "$name" ] || name=$(cat "$p/comm" 2>/dev/null) || continue
    echo "  $pid $name"
  done
}
for _ in $(seq 30); do
  left=$(still_alive)
  [ -n "$left" ] || break
  sleep 0.1
done
if [ -n "$left" ]; then
  echo "offline.sh: processes still alive after the command ended (the namespace's end kills them):" >&2
  echo "$left" >&2
  ((status)) || status=1
fi
exit "$status"
