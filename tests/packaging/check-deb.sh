#!/usr/bin/env bash
# Builds the .deb from a configured and built tree and checks it as a user's machine would see it:
# control fields (Depends from dpkg-shlibdeps plus the hand-listed runtime needs), contents under
# /usr only, the desktop entry and AppStream metainfo valid, the hicolor icons, and the packaged
# binary starting from the extracted tree.
# Usage: check-deb.sh BUILD_DIR SOURCE_DIR
# Needs (Debian packages): cmake, dpkg-dev, file, desktop-file-utils, appstream.
set -euo pipefail

build=$(cd "${1:?usage: check-deb.sh BUILD_DIR SOURCE_DIR}" && pwd)
source=$(cd "${2:?usage: check-deb.sh BUILD_DIR SOURCE_DIR}" && pwd)
app_id=dev.cloudcodes.CloudCodes
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

# Missing tools are a failure, not a skip: they are part of what this test checks.
missing=()
for tool_package in cpack:cmake dpkg-deb:dpkg dpkg-shlibdeps:dpkg-dev file:file \
                    desktop-file-validate:desktop-file-utils appstreamcli:appstream; do
    command -v "${tool_package%%:*}" >/dev/null || missing+=("${tool_package%%:*} (Debian package ${tool_package#*:})")
done
if ((${#missing[@]})); then
    printf 'FAIL: missing tool: %s\n' "${missing[@]}" >&2
    exit 1
fi

version=$(sed -n 's/^project(CloudCodes VERSION \([0-9][0-9.]*\).*/\1/p' "$source/CMakeLists.txt")
[[ -n $version ]] || { echo "FAIL: no project() version in $source/CMakeLists.txt" >&2; exit 1; }
arch=$(dpkg --print-architecture)
deb="$build/cloudcodes_${version}_${arch}.deb"

# --- build the package --------------------------------------------------------------------------
rm -f "$build"/cloudcodes_*.deb
if ! (cd "$build" && cpack --config "$build/CPackConfig.cmake" -G DEB) >"$build/packaging-cpack.log" 2>&1; then
    cat "$build/packaging-cpack.log" >&2
    echo "FAIL: cpack -G DEB failed (log above)" >&2
    exit 1
fi
if grep -q 'dpkg-shlibdeps is not found' "$build/packaging-cpack.log"; then
    fail "cpack ran without dpkg-shlibdeps"
fi
[[ -f $deb ]] || { ls -l "$build"/*.deb >&2 || true; echo "FAIL: $deb was not written" >&2; exit 1; }
pass "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# --- control fields -----------------------------------------------------------------------------
dpkg-deb --info "$deb"
field() { dpkg-deb --field "$deb" "$1"; }
expect_field() {
    local name=$1 want=$2 got
    got=$(field "$name")
    [[ $got == "$want" ]] && pass "$name: $got" || fail "$name is '$got', expected '$want'"
}
expect_field Package cloudcodes
expect_field Version "$version"
expect_field Architecture "$arch"
expect_field Section devel
expect_field Maintainer "CloudCodes developers <dev@cloudcodes.invalid>"

depends=$(field Depends)
# Names of the packages in Depends, one per line, versions and alternatives' bars dropped.
depends_names=$(tr ',|' '\n\n' <<<"$depends" | sed 's/(.*)//; s/[[:space:]]//g' | grep -v '^$' || true)
# From dpkg-shlibdeps (the libraries the binaries link) and by hand (the SVG plugins).
for want in libc6 'libstdc\+\+6' libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 \
            'libqscintilla2-qt6-[0-9]+' libqt6keychain1 'libgit2-[0-9.]+' libqt6svg6; do
    grep -Eqx "$want" <<<"$depends_names" && pass "Depends has $want" || fail "Depends lacks $want: $depends"
done
recommends=$(field Recommends)
for want in qt6-translations-l10n gnome-keyring kwalletmanager fonts-noto-cjk fonts-wqy-microhei; do
    grep -Eq "(^|[ ,|])$want([ ,|(]|$)" <<<"$recommends" && pass "Recommends has $want" || fail "Recommends lacks $want: $recommends"
done

# --- contents -----------------------------------------------------------------------------------
contents=$(dpkg-deb --contents "$deb" | awk '{print $NF}')
outside=$(grep -Ev '^\./$|^\./usr(/|$)' <<<"$contents" || true)
[[ -z $outside ]] && pass "everything is under /usr" || fail "files outside /usr: $outside"
stray=$(grep -E '/(tst_|bench_)[^/]*$|/usr/local/' <<<"$contents" || true)
[[ -z $stray ]] && pass "no test or benchmark binaries" || fail "stray files: $stray"

root="$build/packaging-check/root"
rm -rf "$build/packaging-check"
mkdir -p "$root"
dpkg-deb -x "$deb" "$root"

for bin in cloudcodes cloudcodes-emulator; do
    path="$root/usr/bin/$bin"
    if [[ ! -x $path ]]; then fail "/usr/bin/$bin missing or not executable"; continue; fi
    # An RPATH into the build tree would let the packaged binary work here and nowhere else.
    if LC_ALL=C readelf -d "$path" | grep -E 'RPATH|RUNPATH' >/dev/null; then
        fail "/usr/bin/$bin carries an RPATH: $(LC_ALL=C readelf -d "$path" | grep -E 'RPATH|RUNPATH')"
    fi
    if LC_ALL=C file "$path" | grep 'not stripped' >/dev/null; then fail "/usr/bin/$bin is not stripped"; fi
done

# The packaged app starts and reports its version (QCommandLineParser: "<name> <version>").
export QT_QPA_PLATFORM=offscreen
got=$(cd / && timeout 30 env -u DISPLAY -u WAYLAND_DISPLAY "$root/usr/bin/cloudcodes" --version 2>"$build/packaging-check/version.err") \
    || fail "cloudcodes --version exited with $?: $(cat "$build/packaging-check/version.err")"
[[ $got == "CloudCodes $version" ]] && pass "cloudcodes --version: $got" || fail "cloudcodes --version printed '$got', expected 'CloudCodes $version'"
got=$(cd / && timeout 30 "$root/usr/bin/cloudcodes-emulator" --version 2>&1) || fail "cloudcodes-emulator --version exited with $?"
[[ $got == "cloudcodes-emulator $version" ]] && pass "cloudcodes-emulator --version: $got" || fail "cloudcodes-emulator --version printed '$got'"

# --- desktop entry and AppStream metainfo -------------------------------------------------------
desktop="$root/usr/share/applications/$app_id.desktop"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
if [[ -f $desktop ]]; then
    desktop-file-validate "$desktop" && pass "desktop-file-validate $app_id.desktop" || fail "desktop-file-validate rejected $app_id.desktop"
    desktop_value() { sed -n "s/^$1=//p" "$desktop" | head -n1; }
    exec_bin=$(desktop_value Exec | awk '{print $1}')
    [[ -x $root/usr/bin/$exec_bin ]] && pass "Exec=$exec_bin is packaged" || fail "Exec=$exec_bin is not in /usr/bin"
    [[ $(desktop_value Icon) == "$app_id" ]] && pass "Icon=$app_id" || fail "Icon is '$(desktop_value Icon)', expected $app_id"
    for key in 'Name\[zh_CN\]' 'Comment\[zh_CN\]' GenericName Comment Keywords; do
        [[ -n $(desktop_value "$key") ]] || fail "desktop entry lacks ${key//\\/}"
    done
    [[ $(desktop_value Categories) == 'Development;Network;' ]] || fail "Categories is '$(desktop_value Categories)'"
else
    fail "/usr/share/applications/$app_id.desktop missing"
fi
if [[ -f $metainfo ]]; then
    appstreamcli validate --no-net "$metainfo" && pass "appstreamcli validate $app_id.metainfo.xml" || fail "appstreamcli validate rejected $app_id.metainfo.xml"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
        && pass "metainfo launches $app_id.desktop" || fail "metainfo's launchable is not $app_id.desktop"
    grep -q "<release version=\"$version\"" "$metainfo" \
        && pass "metainfo has a release $version" || fail "metainfo has no release $version"
else
    fail "/usr/share/metainfo/$app_id.metainfo.xml missing"
fi

# --- icons --------------------------------------------------------------------------------------
hicolor="$root/usr/share/icons/hicolor"
svg="$hicolor/scalable/apps/$app_id.svg"
LC_ALL=C file "$svg" 2>/dev/null | grep 'SVG' >/dev/null && pass "scalable/apps/$app_id.svg" || fail "scalable/apps/$app_id.svg missing or not SVG"
for size in 16 32 48 64 128 256; do
    png="$hicolor/${size}x${size}/apps/$app_id.png"
    if LC_ALL=C file "$png" 2>/dev/null | grep "PNG image data, $size x $size," >/dev/null; then
        pass "${size}x${size}/apps/$app_id.png"
    else
        fail "${size}x${size}/apps/$app_id.png missing or not a ${size}x${size} PNG"
    fi
done

if ((failures)); then
    echo "packaging_deb: $failures check(s) failed" >&2
    exit 1
fi
echo "packaging_deb: all checks passed"
