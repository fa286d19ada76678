# The tasks of Refuge, by name: `just --list`. Each is one line over scripts/ or cargo, so
# scripts/test.sh (the one command CI and the README use) and these never disagree.

set shell := ["bash", "-euo", "pipefail", "-c"]

# List the tasks.
default:
    @just --list

# Install what building and testing need (Debian packages, Node packages, drivers).
setup:
    scripts/setup.sh

# Build the release app and start it.
run *args:
    scripts/run.sh {{args}}

# Everything CI runs: format, lints, every test, end to end; a stage table, then the totals.
test:
    scripts/test.sh

# The Rust tests alone (cargo-nextest); a filter narrows them: `just unit route`.
unit *filter:
    source scripts/config.sh && cargo nextest run --workspace --features "$TEST_FEATURES" {{filter}}

# The end-to-end tests alone, offline; `just e2e record` runs those whose name holds "record".
e2e *filter:
    scripts/e2e.sh --test e2e {{filter}}

# The Debian package from the release build (a clean tree only): its path on the last line.
package *args:
    scripts/package.sh {{args}}

# The package tested as installed: contents, lintian, install, upgrade, remove (root).
test-package:
    scripts/test-package.sh

# Cold start against a bare Tauri hello-world (quiet machine only).
bench:
    bench/coldstart.sh

# Format the Rust code.
fmt:
    cargo fmt --all

# The lints CI runs (clippy on every target with the tests' features, then again without the
# test hooks, the app's code as it ships; svelte-check).
lint:
    source scripts/config.sh && cargo clippy --workspace --all-targets --features "$TEST_FEATURES" -- -D warnings
    source scripts/config.sh && cargo clippy --workspace --all-targets --features "$TEST_FEATURES_NO_HOOKS" -- -D warnings
    cd ui && npm run --silent check
