#!/usr/bin/env bash
# Interop test: the official ESA CLI, esa-cli 1.0.3 unpatched, against `cloudcodes-emulator --tls`.
# Usage: run-esa-cli.sh EMULATOR_BINARY WORK_DIR OPEN_VERSION_BINARY
# Installs the pinned CLI (esa-cli/package-lock.json) into WORK_DIR with `npm ci`, then runs
# esa-cli.mjs, which starts the emulator and drives the CLI command by command, and has
# OPEN_VERSION_BINARY (open-version.cpp) open what it committed the way CloudCodes does.
# Never skips: without Node/npm or the npm registry it fails loudly.
set -u

if [ "$#" -ne 3 ]; then
    echo "usage: $0 EMULATOR_BINARY WORK_DIR OPEN_VERSION_BINARY" >&2
    exit 2
fi

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
emulator=$1
work=$2
opener=$3

for binary in "$emulator" "$opener"; do
    if [ ! -x "$binary" ]; then
        echo "interop: binary not found or not executable: $binary" >&2
        exit 1
    fi
done
emulator=$(cd "$(dirname "$emulator")" && pwd)/$(basename "$emulator")
opener=$(cd "$(dirname "$opener")" && pwd)/$(basename "$opener")

for tool in node npm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "interop test needs Node.js and npm to run the official esa-cli: '$tool' is not on PATH" >&2
        exit 1
    fi
done

mkdir -p "$work" || exit 1
work=$(cd "$work" && pwd)
cp "$here/esa-cli/package.json" "$here/esa-cli/package-lock.json" "$work/" || exit 1

# npm ci wipes node_modules, so a stamp kept inside it can never outlive the install it describes.
stamp_dir=$work/node_modules/.cloudcodes-interop
if [ -d "$work/node_modules" ] \
    && cmp -s "$here/esa-cli/package-lock.json" "$stamp_dir/package-lock.json" \
    && cmp -s "$here/esa-cli/package.json" "$stamp_dir/package.json"; then
    echo "# interop: esa-cli already installed in $work/node_modules (lockfile unchanged)"
else
    echo "# interop: npm ci in $work"
    # --ignore-scripts: esbuild's native binary comes as its optional dependency
    # (@esbuild/linux-x64, in the lockfile); its own install script only checks and links it.
    if ! (cd "$work" && npm ci --no-audit --no-fund --ignore-scripts); then
        echo "interop test needs the npm registry to install esa-cli: 'npm ci' failed in $work" \
             "(is the registry reachable? npm config get registry: $(npm config get registry 2>/dev/null))" >&2
        exit 1
    fi
    mkdir -p "$stamp_dir" \
        && cp "$here/esa-cli/package.json" "$here/esa-cli/package-lock.json" "$stamp_dir/" || exit 1
fi

esa=$work/node_modules/.bin/esa-cli
if [ ! -x "$esa" ]; then
    echo "interop: $esa is missing after npm ci" >&2
    exit 1
fi
node "$here/esa-cli.mjs" "$emulator" "$esa" "$here/esa-cli/project" "$opener"
exit $?
