#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan + libFuzzer).
#   tests/fuzz/build.sh OUT_DIR
# Needs clang++, its libFuzzer runtime (Debian: clang, libclang-rt-14-dev), pkg-config and the
# Qt 6 Core/Network/Concurrent development files. Fails loudly when any of them is missing.
# Objects are kept in OUT_DIR/obj and rebuilt only when a source, an app/ header or the flags change.
set -euo pipefail

die() { echo "build.sh: error: $*" >&2; exit 1; }

[[ $# -eq 1 ]] || die "usage: $0 OUT_DIR"
OUT=$1
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
APP=$ROOT/app
mkdir -p "$OUT/obj"
OUT=$(cd "$OUT" && pwd)
OBJ=$OUT/obj

CXX=${CXX:-clang++}
MOC=${MOC:-/usr/lib/qt6/libexec/moc}
command -v "$CXX" >/dev/null 2>&1 || die "$CXX not found (apt-get install clang)"
"$CXX" --version 2>/dev/null | grep -qi clang || die "$CXX is not clang; libFuzzer needs clang (set CXX=clang++)"
command -v pkg-config >/dev/null 2>&1 || die "pkg-config not found (apt-get install pkg-config)"
[[ -x $MOC ]] || die "moc not found at $MOC (apt-get install qt6-base-dev-tools, or set MOC=...)"
QT_MODULES="Qt6Core Qt6Network Qt6Concurrent"
pkg-config --exists $QT_MODULES || die "pkg-config cannot find $QT_MODULES (apt-get install qt6-base-dev)"
# CodeBundle reads zips with libzip (fuzz_codebundle; the targets share one link line).
pkg-config --exists libzip || die "pkg-config cannot find libzip (apt-get install libzip-dev)"

# libFuzzer present? Link a trivial fuzzer; without the runtime this fails instead of silently passing.
probe=$OBJ/probe
printf '#include <cstdint>\n#include <cstddef>\nextern "C" int LLVMFuzzerTestOneInput(const uint8_t *, size_t) { return 0; }\n' >"$probe.cpp"
if ! "$CXX" -fsanitize=fuzzer,address,undefined "$probe.cpp" -o "$probe" 2>"$probe.log"; then
    cat "$probe.log" >&2
    die "$CXX cannot link -fsanitize=fuzzer,address,undefined: install the libFuzzer/sanitizer runtime (Debian: apt-get install libclang-rt-\$(clang major version)-dev)"
fi

QT_CFLAGS=$(pkg-config --cflags $QT_MODULES)
QT_LIBS="$(pkg-config --libs $QT_MODULES) $(pkg-config --libs libzip)"
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
CXXFLAGS_COMMON="-std=c++17 -g -O1 -fPIC -fno-omit-frame-pointer $SAN -DQT_NO_CAST_FROM_ASCII -DQT_NO_URL_CAST_FROM_STRING -DCLOUDCODES_VERSION=\"0.1.0\" -I$ROOT -I$OBJ $QT_CFLAGS ${EXTRA_CXXFLAGS:-}"
# The library code is instrumented for coverage but has no main; targets get the libFuzzer main.
LIB_FLAGS="$CXXFLAGS_COMMON -fsanitize=fuzzer-no-link"
TARGET_FLAGS="$CXXFLAGS_COMMON -fsanitize=fuzzer"

# Only what the targets link: the HTTP layer (HttpTransport/HttpCall are QObjects, hence moc),
# signers, clients' static parsers, the decoder, the cache and the bundle reader.
SOURCES=(
    async/ApiError.cpp async/HuaweiGatewayCodes.cpp net/CloudTime.cpp net/Digest.cpp net/HttpCall.cpp net/HttpLog.cpp
    net/HttpRequestParts.cpp net/HttpTransport.cpp net/EndpointPolicy.cpp net/OpenSslThreadState.cpp net/JsonStringMember.cpp net/LoopbackAwareProxyFactory.cpp
    async/RequestState.cpp async/RequestSharing.cpp net/SendOnceBody.cpp
    esa/Acs3Signer.cpp esa/Acs3Authorizer.cpp esa/Routine.cpp esa/EsaClient.cpp
    esa/RamRole.cpp esa/AssumedRoleProvider.cpp esa/RamRoleAuthorizer.cpp
    apig/SdkHmacSigner.cpp apig/HuaweiAuthorizer.cpp apig/IamTokenProvider.cpp apig/ApigClient.cpp apig/AppCodeTestCall.cpp
    decode/DecodedCode.cpp decode/Base64Payload.cpp decode/CodeText.cpp decode/JsonCompleteness.cpp decode/MarkupSniffer.cpp decode/ScriptSniffer.cpp
    decode/RoutineCodeDecoder.cpp versions/CodeVersionCache.cpp decode/CodeDigest.cpp
    bundle/CodeBundle.cpp
    rules/RuleAst.cpp rules/RuleParser.cpp rules/RulePrinter.cpp rules/RuleEvaluator.cpp rules/RoutePattern.cpp rules/Rule.cpp
)
MOC_HEADERS=(net/HttpCall.h net/HttpTransport.h net/SendOnceBody.h)
TARGETS=(fuzz_routinecode fuzz_esa_json fuzz_jsonstringmember fuzz_apig_json fuzz_signers fuzz_codecache fuzz_codebundle fuzz_rules)

for s in "${SOURCES[@]}" "${MOC_HEADERS[@]}"; do [[ -f $APP/$s ]] || die "missing source $APP/$s"; done

# Rebuild everything when the compiler or flags change.
stamp=$OBJ/flags.stamp
flags_now="$("$CXX" --version | head -1)|$LIB_FLAGS|$TARGET_FLAGS|$QT_LIBS"
if [[ ! -f $stamp || $(cat "$stamp") != "$flags_now" ]]; then
    rm -f "$OBJ"/*.o "$OBJ"/*.o.d "$OBJ"/moc_*.cpp
    printf '%s' "$flags_now" >"$stamp"
fi
stale() { # stale OBJECT SOURCE... : missing, older than a source, or older than an app/ header it includes
    local o=$1; shift
    [[ -f $o ]] || return 0
    local t src dep; t=$(stat -c %Y "$o")
    for src in "$@"; do [[ $(stat -c %Y "$src") -gt $t ]] && return 0; done
    if [[ -f $o.d ]]; then
        while read -r dep; do
            [[ -f $dep && $(stat -c %Y "$dep") -gt $t ]] && return 0
        done < <(sed -e 's/\\$//' -e 's/^[^:]*://' "$o.d" | tr ' ' '\n' | grep "^$APP/")
    elif [[ $o == *.o ]]; then
        return 0
    fi
    return 1
}

jobs=()
for h in "${MOC_HEADERS[@]}"; do
    base=$(basename "$h" .h)
    if stale "$OBJ/moc_$base.cpp" "$APP/$h"; then
        "$MOC" $(pkg-config --cflags-only-I Qt6Core | sed 's/-I/-I /g') -I "$ROOT" "$APP/$h" -o "$OBJ/moc_$base.cpp" \
            || die "moc failed on $h"
    fi
    jobs+=("$OBJ/moc_$base.cpp|$OBJ/moc_$base.o")
done
for s in "${SOURCES[@]}"; do
    o=$OBJ/$(echo "${s%.cpp}" | tr / _).o
    jobs+=("$APP/$s|$o")
done

NPROC=$(nproc 2>/dev/null || echo 2)
objs=()
todo=()
for j in "${jobs[@]}"; do
    src=${j%%|*}; o=${j##*|}
    objs+=("$o")
    stale "$o" "$src" && todo+=("$j")
done
if [[ ${#todo[@]} -gt 0 ]]; then
    echo "build.sh: compiling ${#todo[@]} app source(s) with $NPROC job(s)"
    export CXX LIB_FLAGS
    printf '%s\n' "${todo[@]}" | xargs -P "$NPROC" -I{} bash -c '
        j="{}"; src=${j%%|*}; o=${j##*|}
        $CXX $LIB_FLAGS -MMD -MF "$o.d" -c "$src" -o "$o.tmp" && mv "$o.tmp" "$o" || { echo "build.sh: error: compiling $src failed" >&2; exit 255; }' \
        || die "compilation failed"
fi
if [[ ${#todo[@]} -gt 0 || ! -f $OBJ/libfuzzcore.a ]]; then
    rm -f "$OBJ/libfuzzcore.a"
    ar rcs "$OBJ/libfuzzcore.a" "${objs[@]}"
fi

for t in "${TARGETS[@]}"; do
    src=$HERE/$t.cpp
    [[ -f $src ]] || die "missing target source $src"
    if [[ ! -f $OUT/$t.d ]] || stale "$OUT/$t" "$src" "$OBJ/libfuzzcore.a" "$HERE/FuzzCommon.h"; then
        echo "build.sh: linking $t"
        $CXX $TARGET_FLAGS -MMD -MF "$OUT/$t.d" -I"$ROOT" "$src" "$OBJ/libfuzzcore.a" $QT_LIBS -lpthread -o "$OUT/$t.tmp" \
            || die "building $t failed"
        mv "$OUT/$t.tmp" "$OUT/$t"
    fi
done
echo "build.sh: built ${TARGETS[*]} in $OUT"
