#!/usr/bin/env bash
# Install what Refuge needs to build, run and test on Debian 12, skipping what is there.
# Idempotent: safe to run before every build.
set -euo pipefail
cd "$(dirname "$0")/.."

# Only what the app and its tests use:
# - build-essential, pkg-config: the C compiler (bundled SQLite) and how the GTK/WebKit crates
#   find their libraries;
# - libwebkit2gtk-4.1-dev: WebKitGTK and, through it, GTK 3, libsoup 3 and D-Bus (Tauri's Linux
#   webview);
# - webkit2gtk-driver, xvfb: WebKitWebDriver and the X server the end-to-end tests drive;
# - iproute2, util-linux: `ip` and `unshare`, for the network-less namespace (scripts/offline.sh);
# - fonts-dejavu-core: a font, so screenshots show text;
# - poppler-utils: pdftotext, with which a test reads back the record's PDF report;
# - gdb: when an end-to-end test hangs, the harness prints the stacks of its processes;
# - lintian, appstream, x11-utils: the Debian package's test (scripts/test-package.sh) checks the
#   package with lintian and its metainfo with appstreamcli, and reads the installed app's
#   window title and class with xwininfo.
# Not needed: libayatana-appindicator (Refuge has no tray icon), librsvg (no SVG is rasterised
# at build time), libssl-dev (nothing links OpenSSL: the tests speak plain HTTP on loopback).
APT_PACKAGES=(
  build-essential pkg-config
  libwebkit2gtk-4.1-dev
  webkit2gtk-driver xvfb
  iproute2 util-linux fonts-dejavu-core poppler-utils gdb
  lintian appstream x11-utils
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v cargo >/dev/null || { echo "setup: Rust (cargo) is required: https://rustup.rs" >&2; exit 1; }

# The UI is built by Vite 8, which needs Node 20.19+ (or 22.12+).
node_help="Install Node.js 22 LTS (https://nodejs.org/en/download, or with nvm: nvm install 22), then run this again."
command -v node >/dev/null && command -v npm >/dev/null || {
  echo "setup: Node.js (20.19 or newer, with npm) is required. $node_help" >&2
  exit 1
}
node_version=$(node -p 'process.versions.node')
IFS=. read -r major minor _ <<<"$node_version"
if ! { ((major == 20 && minor >= 19)) || ((major == 22 && minor >= 12)) || ((major > 22)); }; then
  echo "setup: Node.js $node_version cannot build the UI: its build tool, Vite 8, needs Node 20.19 or newer in the 20 line, or 22.12 or newer (Debian 12's own nodejs package is 18). $node_help" >&2
  exit 1
fi

if ! command -v tauri-driver >/dev/null; then
  echo "setup: installing tauri-driver"
  cargo install tauri-driver --locked --quiet
fi

# The Rust tests run under cargo-nextest (.config/nextest.toml). The build machines ship it;
# elsewhere it is built from crates.io once (about 4 minutes on 2 cores).
if ! cargo nextest --version >/dev/null 2>&1; then
  echo "setup: installing cargo-nextest"
  cargo install cargo-nextest --locked --quiet
fi

# `just` names the tasks (justfile); scripts/test.sh does not need it. Its PyPI wheel is a
# prebuilt binary: seconds, where building it would take minutes.
if ! command -v just >/dev/null && command -v pip3 >/dev/null; then
  echo "setup: installing just"
  pip3 install --quiet --disable-pip-version-check rust-just || echo "setup: just not installed (optional)" >&2
fi

# UI dependencies, exactly as locked.
if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  echo "setup: installing UI packages (npm ci)"
  (cd ui && npm ci --no-audit --no-fund --loglevel=error)
fi
