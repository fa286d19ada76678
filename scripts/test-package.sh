#!/usr/bin/env bash
# The Debian package, tested as a family would use it: built by scripts/package.sh from the
# release build, checked (contents, lintian, AppStream), then installed on this machine with apt,
# started from PATH under Xvfb with no network, upgraded over an older version, removed and
# purged, with a person's settings and record (made beforehand in a throw-away home) checked at
# every step. The bad inputs first: a dirty tree, a bad version, a binary with test hooks.
#
#   scripts/test-package.sh [--no-build]
#
# --no-build: scripts/test.sh has built the UI, the release binary and the test build (whose
# examples write the settings and the record); otherwise they are built first.
#
# Needs root for apt and dpkg (CI runs as root; elsewhere, sudo without a password), and a
# machine where refuge is not installed. Whatever happens, the package is purged at the end,
# so the machine is left as it was. Runs one at a time per machine (a lock in /tmp).
# Prints one line per check, then libtest's summary line, which scripts/test.sh counts.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/config.sh

build=1
case "${1:-}" in
  --no-build) build=0 ;;
  "") ;;
  *) echo "usage: scripts/test-package.sh [--no-build]" >&2; exit 2 ;;
esac

passed=0 failed=0 ignored=0
work=$(mktemp -d)
installed_by_us=0
SUDO=""

# check NAME COMMAND…: run COMMAND (its output goes to the log, shown when it fails).
check() {
  local name=$1 log="$work/check.log"
  shift
  if "$@" >"$log" 2>&1; then
    passed=$((passed + 1))
    echo "ok      $name"
  else
    failed=$((failed + 1))
    echo "FAILED  $name"
    sed 's/^/        /' "$log"
  fi
}

# expect_refusal CODE WORDS COMMAND…: COMMAND exits with CODE and says WORDS on stderr.
expect_refusal() {
  local code=$1 words=$2 rc
  shift 2
  "$@" >"$work/refusal.out" 2>"$work/refusal.err"
  rc=$?
  cat "$work/refusal.err"
  [ "$rc" -eq "$code" ] || { echo "exit code $rc, expected $code"; return 1; }
  grep -qF -- "$words" "$work/refusal.err" || { echo "the message does not say '$words'"; return 1; }
}

finish() {
  local status=$?
  if ((status != 0 && failed == 0)); then
    echo "FAILED  the run ended early (exit status $status)"
    failed=1
  fi
  if [ -n "${lintian_pid:-}" ] && kill -0 "$lintian_pid" 2>/dev/null; then
    kill "$lintian_pid" 2>/dev/null
    wait "$lintian_pid" 2>/dev/null
  fi
  if ((installed_by_us)); then
    $SUDO dpkg --purge refuge >/dev/null 2>&1 || echo "could not purge refuge: remove it by hand" >&2
  fi
  rm -rf "$work"
  echo
  local result=ok
  ((failed == 0)) || result=FAILED
  echo "test result: $result. $passed passed; $failed failed; $ignored ignored"
  ((failed == 0)) || exit 1
}
trap finish EXIT
# A signal ends the run through `finish` too, so the package is purged however the run ends.
trap 'exit 143' TERM
trap 'exit 130' INT

# ── Bad input, with no build and no root: scripts/package.sh in a scratch repository of its own.
scratch="$work/scratch"
mkdir -p "$scratch/scripts" "$scratch/src-tauri"
cp scripts/package.sh scripts/config.sh "$scratch/scripts/"
cp src-tauri/tauri.conf.json "$scratch/src-tauri/"
git -C "$scratch" init -q
git -C "$scratch" add -A
git -C "$scratch" -c user.name=test -c user.email=test@localhost commit -q -m scratch
scratch_package() { DEBFULLNAME=test DEBEMAIL=test@localhost "$scratch/scripts/package.sh" "$@"; }
check "a clean tree passes the tree check (and stops later: no bundler in the scratch tree)" \
  expect_refusal 1 "Tauri's bundler is missing" scratch_package
echo "# a local edit" >>"$scratch/src-tauri/tauri.conf.json"
check "a tree with a modified file is refused (code 3)" \
  expect_refusal 3 "uncommitted changes" scratch_package
git -C "$scratch" checkout -q -- src-tauri/tauri.conf.json
touch "$scratch/stray-file"
check "a tree with an untracked file is refused (code 3)" \
  expect_refusal 3 "uncommitted changes" scratch_package
rm "$scratch/stray-file"
check "a version that is not X.Y.Z is refused (code 2)" \
  expect_refusal 2 "must be X.Y.Z" scratch_package --version 1.0
check "no maintainer is refused (code 5)" \
  expect_refusal 5 "no maintainer" env -u DEBFULLNAME -u DEBEMAIL -u XDG_CONFIG_HOME \
  HOME="$work" GIT_CONFIG_NOSYSTEM=1 "$scratch/scripts/package.sh"

# ── Build: the release binary and the examples that write a person's data.
if ((build)); then
  scripts/build.sh >/dev/null || { echo "FAILED  the release build"; failed=$((failed + 1)); exit 1; }
  scripts/build.sh --test-hooks --no-ui >/dev/null ||
    { echo "FAILED  the test build"; failed=$((failed + 1)); exit 1; }
fi
release="$TARGET_DIR/release/refuge"
hooks="$TARGET_DIR/debug/refuge-test-hooks"
examples="$TARGET_DIR/debug/examples"
check "a binary with the test hooks is refused (code 4)" \
  expect_refusal 4 "test hooks" scripts/package.sh --check-binary "$hooks"
check "the release binary holds no test hook" scripts/package.sh --check-binary "$release"

# Throw-away packages: a maintainer of their own, the tree as it is (marked +dirty if it is).
export DEBFULLNAME="Refuge install test" DEBEMAIL="install-test@example.invalid"
pkgs="$work/packages"
make_package() { scripts/package.sh --no-ui --allow-dirty --out "$pkgs" "$@" | tail -n 1; }
deb=$(make_package) && [ -f "$deb" ] ||
  { echo "FAILED  the package builds"; failed=$((failed + 1)); exit 1; }
old=$(make_package --version 0.0.1) && [ -f "$old" ] ||
  { echo "FAILED  an older package builds"; failed=$((failed + 1)); exit 1; }
version=$(dpkg-deb -f "$deb" Version)
old_version=$(dpkg-deb -f "$old" Version)
echo "package: $deb ($(du -k "$deb" | cut -f1) KB)"

# lintian takes a while: it runs while the package is installed and removed.
lintian --fail-on error --display-level '>=warning' "$deb" >"$work/lintian.log" 2>&1 &
lintian_pid=$!

# ── What the package holds.
root="$work/root"
dpkg-deb -x "$deb" "$root"
check "the package holds the release binary, byte for byte" cmp "$root/usr/bin/refuge" "$release"

desktop="$root/usr/share/applications/Refuge.desktop"
desktop_says() { grep -qxF "$1" "$desktop" || { echo "$desktop lacks '$1':"; cat "$desktop"; return 1; }; }
check_desktop() {
  desktop_says "Name=Refuge" && desktop_says "Exec=refuge" && desktop_says "Icon=refuge" &&
    desktop_says "StartupWMClass=refuge" && desktop_says "Comment=Help and helplines, offline"
}
check "a desktop entry: Refuge, a neutral comment, its icon, window class refuge" check_desktop

check_icons() {
  local size file got
  for size in 16 24 32 48 64 128 256 512; do
    file="$root/usr/share/icons/hicolor/${size}x${size}/apps/refuge.png"
    [ -f "$file" ] || { echo "no ${size}x${size} icon"; return 1; }
    got=$(od -An -tu1 -j16 -N8 "$file" | awk '{ print ($1*16777216 + $2*65536 + $3*256 + $4) "x" ($5*16777216 + $6*65536 + $7*256 + $8) }')
    [ "$got" = "${size}x${size}" ] || { echo "$file is $got"; return 1; }
  done
}
check "icons at 16, 24, 32, 48, 64, 128, 256 and 512 px, each its folder's size" check_icons

metainfo="$root/usr/share/metainfo/org.refuge.app.metainfo.xml"
check_metainfo() {
  appstreamcli validate --no-net --pedantic "$metainfo" &&
    grep -qF "<release version=\"$version\"" "$metainfo" &&
    grep -qF '<launchable type="desktop-id">Refuge.desktop</launchable>' "$metainfo"
}
check "the AppStream metainfo is valid, launches Refuge.desktop and names this version" check_metainfo

check_depends() {
  local depends dep
  depends=$(dpkg-deb -f "$deb" Depends)
  echo "Depends: $depends"
  for dep in libwebkit2gtk-4.1-0 libgtk-3-0 libc6 libgl1-mesa-dri; do
    grep -qE "(^|, )$dep( |,|$)" <<<"$depends" || { echo "no $dep"; return 1; }
  done
  ! grep -qE -- '-dev( |,|$)' <<<"$depends" || { echo "a -dev package"; return 1; }
}
check "dependencies: the WebKitGTK and GTK runtime libraries, libc and a software GL, no -dev package" check_depends

check "the copyright file lists the crates linked in, and the changelog is there" \
  bash -c "grep -q '^ tauri v' '$root/usr/share/doc/refuge/copyright' && [ -f '$root/usr/share/doc/refuge/changelog.gz' ]"

# ── Install, upgrade, run, remove, purge: as root, one run at a time on this machine.
if [ "$(id -u)" -ne 0 ]; then
  if ! sudo -n true 2>/dev/null; then
    # Reported as skipped in test.sh's last line; CI runs as root and always runs it.
    echo "skipped the install test: installing needs root (run as root, or allow sudo without a password)"
    ignored=1
    wait "$lintian_pid"
    lintian_status=$?
    sed 's/^/  /' "$work/lintian.log"
    check "lintian finds no error" test "$lintian_status" -eq 0
    exit 0
  fi
  SUDO="sudo -n"
fi
exec 9>/tmp/refuge-package-test.lock
flock -w 900 9 || { echo "FAILED  another install test kept the lock for 15 minutes"; failed=$((failed + 1)); exit 1; }
status=$(dpkg-query -W -f='${db:Status-Abbrev}' refuge 2>/dev/null || true)
if [ -n "$status" ] && [ "${status:0:2}" != "un" ]; then
  echo "FAILED  refuge is already installed here ($status): this test would replace it; remove it first (apt purge refuge)"
  failed=$((failed + 1))
  exit 1
fi

apt_get() {
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o DPkg::Lock::Timeout=300 \
    --no-install-recommends "$@"
}
installed_version() { dpkg-query -W -f='${db:Status-Abbrev}${Version}' refuge 2>/dev/null; }

# A person's data, in a home of its own: settings (French, Belgium, discreet mode) and a record
# with two entries, written by the same code the app runs (core's examples).
home="$work/home"
data="$home/.local/share/org.refuge.app"
mkdir -p "$data" "$work/run"
chmod 700 "$work/run"
person_settings=$("$examples/settings_writer" "$data" language=fr country=BE discreet=on) &&
  "$examples/record_writer" "$data" 2 >/dev/null ||
  { echo "FAILED  a person's settings and record are written"; failed=$((failed + 1)); exit 1; }
echo "settings: $person_settings"
sums() { (cd "$data" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
sums >"$work/before.sums"
same_data() {
  sums >"$work/now.sums"
  diff "$work/before.sums" "$work/now.sums" || { echo "the person's files changed"; return 1; }
  [ -s "$work/now.sums" ] || { echo "no file left"; return 1; }
}

installed_by_us=1
check "an older version installs with apt ($old_version)" \
  bash -c "$(declare -f apt_get installed_version); SUDO='$SUDO'; apt_get install '$old' && installed_version | grep -qxF 'ii $old_version'"
check "upgrading to $version with apt install ./refuge_${version}_amd64.deb" \
  bash -c "$(declare -f apt_get installed_version); SUDO='$SUDO'; apt_get install '$deb' && installed_version | grep -qxF 'ii $version'"
check "the upgrade leaves the settings and the record as they were, byte for byte" same_data

# Start `refuge` from PATH, as a launcher would, with the person's home: offline, under Xvfb.
# Prints the ready marker, then what X and /proc say about the app, then ends it.
expected_title=${person_settings##* title=}
run_installed() {
  scripts/offline.sh --xvfb -- env -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_CACHE_HOME \
    -u LC_ALL -u LANGUAGE HOME="$home" XDG_RUNTIME_DIR="$work/run" LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    REFUGE_PRINT_READY=1 OUT="$work" EXPECT_TITLE="$expected_title" bash -c '
      refuge >"$OUT/app.out" 2>"$OUT/app.err" &
      pid=$!
      for _ in $(seq 600); do
        grep -q "^refuge-ready-ms " "$OUT/app.out" && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
      done
      grep "^refuge-ready-ms " "$OUT/app.out" || { echo "no ready marker"; cat "$OUT/app.err"; }
      for _ in $(seq 100); do
        xwininfo -root -tree | grep -qF "\"$EXPECT_TITLE\": (" && break
        sleep 0.1
      done
      echo "path $(command -v refuge)"
      echo "exe $(readlink "/proc/$pid/exe")"
      echo "comm $(cat "/proc/$pid/comm")"
      xwininfo -root -tree | grep -E "^ +0x[0-9a-f]+ \".*\": \(" | sed "s/^ */window /"
      kill "$pid"
      wait "$pid" 2>/dev/null
      true'
}
run_installed >"$work/run.log" 2>&1
cat "$work/run.log" | sed 's/^/  /'
ran() { grep -qE "$1" "$work/run.log" || { echo "the run did not show /$1/:"; cat "$work/run.log"; return 1; }; }
check "refuge starts from PATH (/usr/bin/refuge), offline, and reaches the ready marker" \
  bash -c "$(declare -f ran); work='$work'; ran '^path /usr/bin/refuge$' && ran '^exe /usr/bin/refuge$' && ran '^refuge-ready-ms [0-9.]+$'"
check "it read the person's settings: the window's title is discreet mode's ($expected_title)" \
  ran "^window 0x[0-9a-f]+ \"$expected_title\": \(\"refuge\" \"Refuge\"\)"
check "discreet mode does not hide the process name and the window class: refuge" \
  bash -c "$(declare -f ran); work='$work'; ran '^comm refuge$' && ran '\(\"refuge\" \"Refuge\"\)'"
check_after_run() {
  local now
  now=$("$examples/settings_writer" "$data") || return 1
  [ "$now" = "$person_settings" ] || { echo "settings now: $now; before: $person_settings"; return 1; }
  "$examples/record_writer" "$data" 0 || { echo "the record no longer opens with its PIN"; return 1; }
}
check "after the run, the settings read back the same and the record opens with its PIN" check_after_run
sums >"$work/before.sums"

check_gone() {
  local path
  for path in /usr/bin/refuge /usr/share/applications/Refuge.desktop \
    /usr/share/metainfo/org.refuge.app.metainfo.xml /usr/share/doc/refuge \
    /usr/share/icons/hicolor/{16x16,24x24,32x32,48x48,64x64,128x128,256x256,512x512}/apps/refuge.png; do
    [ ! -e "$path" ] || { echo "$path is still there"; return 1; }
  done
  ! command -v refuge || { echo "refuge is still on PATH"; return 1; }
}
check "apt remove: the binary, the desktop entry, the icons and the metainfo are gone" \
  bash -c "$(declare -f apt_get check_gone); SUDO='$SUDO'; apt_get remove refuge && check_gone"
check "apt remove leaves the settings and the record untouched" same_data
check "apt purge (after a fresh install) leaves the settings and the record untouched" \
  bash -c "$(declare -f apt_get check_gone); SUDO='$SUDO'; apt_get install '$deb' && apt_get purge refuge && check_gone"
check "after apt purge, the settings and the record are still there, byte for byte" same_data
installed_by_us=0
check "the machine is left as it was: refuge is not installed" \
  bash -c "! dpkg-query -W -f='\${db:Status-Abbrev}' refuge 2>/dev/null | grep -qv '^un'"

wait "$lintian_pid"
lintian_status=$?
echo "lintian:"
sed 's/^/  /' "$work/lintian.log"
check "lintian finds no error" test "$lintian_status" -eq 0
