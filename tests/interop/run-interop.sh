#!/usr/bin/env bash
# Interop test: the vendors' official Node SDKs against cloudcodes-emulator.
# Usage: run-interop.sh EMULATOR_BINARY WORK_DIR
# Installs the pinned SDKs (package-lock.json) into WORK_DIR with `npm ci`, then runs
# interop.mjs there. Never skips: without Node/npm or the npm registry it fails loudly.
set -u

if [ "$#" -ne 2 ]; then
    echo "usage: $0 EMULATOR_BINARY WORK_DIR" >&2
    exit 2
fi

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
emulator=$1
work=$2

if [ ! -x "$emulator" ]; then
    echo "interop: emulator binary not found or not executable: $emulator" >&2
    exit 1
fi
emulator=$(cd "$(dirname "$emulator")" && pwd)/$(basename "$emulator")

for tool in node npm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "interop test needs Node.js and npm to run the vendors' SDKs: '$tool' is not on PATH" >&2
        exit 1
    fi
done

mkdir -p "$work" || exit 1
work=$(cd "$work" && pwd)
cp "$here/package.json" "$here/package-lock.json" "$here/interop.mjs" "$work/" || exit 1

# npm ci wipes node_modules, so a stamp kept inside it can never outlive the install it describes.
stamp_dir=$work/node_modules/.cloudcodes-interop
if [ -d "$work/node_modules" ] \
    && cmp -s "$here/package-lock.json" "$stamp_dir/package-lock.json" \
    && cmp -s "$here/package.json" "$stamp_dir/package.json"; then
    echo "# interop: SDKs already installed in $work/node_modules (lockfile unchanged)"
else
    echo "# interop: npm ci in $work"
    # --ignore-scripts: the only install script in the tree (@alicloud/openapi-core's
    # select-version) installs TypeScript typings for Node 10/12 and is a no-op for us.
    if ! (cd "$work" && npm ci --no-audit --no-fund --ignore-scripts); then
        echo "interop test needs the npm registry to install the vendors' SDKs: 'npm ci' failed in $work" \
             "(is the registry reachable? npm config get registry: $(npm config get registry 2>/dev/null))" >&2
        exit 1
    fi
    mkdir -p "$stamp_dir" \
        && cp "$here/package.json" "$here/package-lock.json" "$stamp_dir/" || exit 1
fi

cd "$work" || exit 1
NODE_PATH="$work/node_modules" node "$work/interop.mjs" "$emulator"
exit $?
