#!/usr/bin/env bash
# Build Refuge's Debian package from the shipped release build.
#
#   scripts/package.sh [--no-ui] [--allow-dirty] [--version X.Y.Z] [--out DIR]
#   scripts/package.sh --check-binary FILE
#
# The package is made by Tauri's bundler (`tauri bundle --bundles deb`), from @tauri-apps/cli,
# pinned in ui/package.json: a prebuilt binary that `npm ci` installs with the UI's packages
# (+2 s, +10 MB downloaded), where `cargo install cargo-deb` compiles for minutes (docs/packaging.md
# has the figures). It holds the release binary exactly as scripts/build.sh made it (built
# first; a no-op when up to date), the desktop entry, the icons, the AppStream metainfo, the
# copyright and the changelog (packaging/linux/); its dependencies are the runtime libraries the
# binary links, found by dpkg-shlibdeps (WebKitGTK, GTK, GLib…, never a -dev package).
# Prints the package's path on its last line: <DIR>/refuge_<version>_amd64.deb (DIR defaults to
# <target>/release/bundle/deb).
#
# Refuses, with a code and a message, to make a package that could not be shipped:
#   2  bad arguments (a version that is not X.Y.Z, an unknown option)
#   3  the working tree has uncommitted changes: the package would match no commit. With
#      --allow-dirty (the install test, while a change is being made) the package is made, and
#      its version says it: X.Y.Z+dirty, "not a release" in its changelog.
#   4  the binary holds the test hooks (built with the `test-hooks` feature)
#   5  no maintainer: set DEBFULLNAME and DEBEMAIL, or git's user.name and user.email
# --check-binary FILE only checks FILE for test hooks (code 4), as the package's build does.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/config.sh

# The variables only the test-hooks build reads (src-tauri's `test-hooks` feature; docs/testing.md,
# "Environment variables"). The shipped binary holds none of these names.
TEST_HOOKS=(REFUGE_NOW REFUGE_OPENER_LOG REFUGE_SAVE_TO REFUGE_IDLE_LOCK_MS)

fail() {
  local code=$1
  shift
  echo "package: $*" >&2
  exit "$code"
}

check_binary() {
  local binary=$1 hook
  [ -f "$binary" ] || fail 2 "no binary at $binary"
  for hook in "${TEST_HOOKS[@]}"; do
    if grep -qaF "$hook" "$binary"; then
      fail 4 "refusing $binary: it holds the test hooks ($hook), which would let a person's environment change the clock or swallow a call. Package the release build (scripts/build.sh), never the test-hooks build."
    fi
  done
}

ui=1 allow_dirty=0 version="" out=""
while (($#)); do
  case "$1" in
    --no-ui) ui=0; shift ;;
    --allow-dirty) allow_dirty=1; shift ;;
    --version) version=${2:-}; shift 2 || fail 2 "--version needs a value" ;;
    --out) out=${2:-}; shift 2 || fail 2 "--out needs a folder" ;;
    --check-binary)
      [ $# -eq 2 ] || fail 2 "usage: scripts/package.sh --check-binary FILE"
      check_binary "$2"
      echo "package: $2 holds no test hook"
      exit 0
      ;;
    *) fail 2 "unknown option $1 (usage: scripts/package.sh [--no-ui] [--allow-dirty] [--version X.Y.Z] [--out DIR])" ;;
  esac
done

# The tree first, before anything is built.
git rev-parse --is-inside-work-tree >/dev/null 2>&1 ||
  fail 3 "refusing to package: $PWD is not a git checkout, so the package would match no commit"
dirty=$(git status --porcelain --untracked-files=normal)
if [ -n "$dirty" ]; then
  ((allow_dirty)) || fail 3 "refusing to package a tree with uncommitted changes: the package would match no commit. Commit or stash them first:
$(head -n 10 <<<"$dirty")"
fi

[ -n "$version" ] || version=$(sed -n 's/^  "version": "\(.*\)",$/\1/p' src-tauri/tauri.conf.json)
[[ $version =~ ^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$ ]] ||
  fail 2 "the version must be X.Y.Z (digits, as in tauri.conf.json), not '$version'"
[ -z "$dirty" ] || version+="+dirty"

maintainer_name=${DEBFULLNAME:-$(git config user.name || true)}
maintainer_email=${DEBEMAIL:-$(git config user.email || true)}
[ -n "$maintainer_name" ] && [ -n "$maintainer_email" ] ||
  fail 5 "no maintainer for the package: set DEBFULLNAME and DEBEMAIL (or git's user.name and user.email)"
maintainer="$maintainer_name <$maintainer_email>"

tauri=ui/node_modules/.bin/tauri
[ -x "$tauri" ] || fail 1 "Tauri's bundler is missing: run scripts/setup.sh (it installs the UI's packages)"

# The shipped binary, built as it always is (a no-op when it is up to date), then checked.
if ((ui)); then scripts/build.sh; else scripts/build.sh --no-ui; fi
binary="$TARGET_DIR/release/refuge"
check_binary "$binary"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
commit=$(git rev-parse --short=12 HEAD)
committed=$(git log -1 --format=%ct HEAD)
date_rfc=$(LC_ALL=C date -u -R -d "@$committed")
date_iso=$(date -u +%F -d "@$committed")
host=$(rustc -vV | sed -n 's/^host: //p')
arch=$(dpkg --print-architecture)

# Dependencies: the packages that provide the libraries the binary links (dpkg-shlibdeps reads
# the binary's NEEDED entries and the installed libraries' shlibs/symbols files).
mkdir -p "$work/shlibs/debian"
printf 'Source: refuge\n\nPackage: refuge\nArchitecture: any\n' >"$work/shlibs/debian/control"
# (It warns that the binary is not in a package's build folder: true, and of no consequence.)
depends=$(cd "$work/shlibs" &&
  dpkg-shlibdeps -O "$binary" 2> >(grep -v 'should already be installed in their package' >&2) |
  sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || fail 1 "dpkg-shlibdeps found no dependency for $binary"
# WebKitGTK only recommends a GL driver, and without one it aborts while the webview is created
# (docs/performance.md, "No GL at all"): an install with --no-install-recommends would give a
# Refuge that never shows Call for help. Mesa's DRI package holds the software renderer.
depends+=", libgl1-mesa-dri"

# The changelog of a native package (its version has no Debian revision).
{
  echo "refuge ($version) unstable; urgency=medium"
  echo
  if [ -n "$dirty" ]; then
    echo "  * Built from commit $commit with uncommitted changes: not a release."
  else
    echo "  * Built from commit $commit."
  fi
  echo
  echo " -- $maintainer  $date_rfc"
} >"$work/changelog"
# Compressed here: the bundler would put it under the product's name (doc/Refuge/).
gzip -9n "$work/changelog"

sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$date_iso/" \
  packaging/linux/org.refuge.app.metainfo.xml >"$work/org.refuge.app.metainfo.xml"

# The copyright file: Refuge's own, with every crate linked into the binary and its licence in
# its header's comment (proc-macros run only at build time and are not in it).
crates=$(cargo tree -p refuge --locked -e normal --features custom-protocol \
  --target "$host" --prefix none --format '{p} | {l}' |
  grep -v '(proc-macro)' | sed -e 's/ (\*)//' -e 's| ([/][^)]*)||' | sort -u | sed -e 's/^/ /')
[ -n "$crates" ] || fail 1 "cargo tree listed no crate"
awk -v crates="$crates" 'inserted == 0 && $0 == "" { print crates; inserted = 1 } { print }' \
  packaging/linux/copyright >"$work/copyright"

# What this build adds to tauri.conf.json's bundle section, after packaging/linux/tauri.deb.json
# (the package's descriptions and section: kept out of tauri.conf.json, which is compiled into the
# binary, so that editing them does not rebuild it).
json_string() {
  local s=${1//\\/\\\\}
  s=${s//\"/\\\"}
  printf '"%s"' "$s"
}
depends_json=""
IFS=',' read -ra parts <<<"$depends"
for d in "${parts[@]}"; do
  d=${d# }
  depends_json+="${depends_json:+, }$(json_string "$d")"
done
cat >"$work/tauri.package.json" <<JSON
{
  "version": "$version",
  "bundle": {
    "publisher": $(json_string "$maintainer"),
    "linux": {
      "deb": {
        "depends": [$depends_json],
        "files": {
          "/usr/share/doc/refuge/changelog.gz": "$work/changelog.gz",
          "/usr/share/metainfo/org.refuge.app.metainfo.xml": "$work/org.refuge.app.metainfo.xml",
          "/usr/share/doc/refuge/copyright": "$work/copyright"
        }
      }
    }
  }
}
JSON

# --no-binary-patching: the bundler would otherwise rewrite the release binary in place.
TAURI_APP_PATH=src-tauri NO_COLOR=1 "$tauri" bundle --ci --bundles deb --no-binary-patching \
  --config packaging/linux/tauri.deb.json --config "$work/tauri.package.json" \
  >"$work/bundle.log" 2>&1 || {
  cat "$work/bundle.log" >&2
  fail 1 "Tauri's bundler failed"
}
made="$TARGET_DIR/release/bundle/deb/Refuge_${version}_${arch}.deb"
[ -f "$made" ] || { cat "$work/bundle.log" >&2; fail 1 "the bundler made no $made"; }

# The package holds the very binary that was built and checked.
dpkg-deb --fsys-tarfile "$made" | tar -xO usr/bin/refuge | cmp -s - "$binary" ||
  fail 1 "usr/bin/refuge in $made is not $binary"

out=${out:-$TARGET_DIR/release/bundle/deb}
mkdir -p "$out"
deb="$out/refuge_${version}_${arch}.deb"
mv "$made" "$deb"
echo "package: $(du -k "$deb" | cut -f1) KB, depends on: $depends"
echo "$deb"
