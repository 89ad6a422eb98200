# Sourced by scripts/run and scripts/test: install the Debian packages from
# scripts/debian-packages.txt that are missing, plus Node.js for the tests.
# Usage: cloudcodes_install_deps build|test

cloudcodes_root() { cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd; }

cloudcodes_apt() {
    if [ "$(id -u)" = 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo DEBIAN_FRONTEND=noninteractive apt-get "$@"
    else
        echo "error: missing packages and neither root nor sudo is available: install them yourself:" >&2
        echo "  apt-get install $*" >&2
        return 1
    fi
}

cloudcodes_install_deps() {
    local want=$1 root missing=() kind pkg
    root=$(cloudcodes_root)
    while read -r kind pkg _; do
        case "$kind" in ''|'#'*) continue ;; esac
        if [ "$kind" = test ] && [ "$want" != test ]; then continue; fi
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done < "$root/scripts/debian-packages.txt"
    # Node.js and npm drive the vendors' official SDKs in the interop test. A machine may
    # already have them from another source (whose nodejs conflicts with Debian's npm).
    if [ "$want" = test ]; then
        command -v node >/dev/null 2>&1 || missing+=(nodejs)
        command -v npm >/dev/null 2>&1 || missing+=(npm)
    fi
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing missing packages: ${missing[*]}"
        cloudcodes_apt update -qq || return 1
        cloudcodes_apt install -y -qq --no-install-recommends "${missing[@]}" || return 1
    fi
}

# The linker flag of the test and sanitizer builds (scripts/test, scripts/sanitize): lld, which
# links their ~90 executables several times faster than ld.bfd (a GUI test: 1.7 s against 9 s).
cloudcodes_linker_flag() {
    if command -v ld.lld >/dev/null 2>&1; then echo "-fuse-ld=lld"; fi
}
