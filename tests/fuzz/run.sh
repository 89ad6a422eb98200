#!/usr/bin/env bash
# Smoke run of the libFuzzer targets: builds them (build.sh), then runs each for SECONDS on a
# scratch copy of its seed corpus. Exits non-zero if the build fails or any target finds a crash,
# hang, leak, sanitizer report or broken invariant.
#   tests/fuzz/run.sh OUT_DIR SECONDS [TARGET...]
# Environment: FUZZ_JOBS=N runs N targets at a time (default 1); FUZZ_ARGS adds libFuzzer flags,
# e.g. FUZZ_ARGS="-fork=1 -ignore_crashes=1" to keep fuzzing past a known crash (any crash file
# still fails the run).
# Per target, OUT_DIR/run/<target>/ holds log.txt, the grown corpus and any crash-*/leak-*/timeout-* file.
set -uo pipefail

die() { echo "run.sh: error: $*" >&2; exit 2; }
[[ $# -ge 2 ]] || die "usage: $0 OUT_DIR SECONDS [TARGET...]"
OUT=$1
SECS=$2
shift 2
[[ $SECS =~ ^[0-9]+$ && $SECS -gt 0 ]] || die "SECONDS must be a positive integer"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ALL=(fuzz_routinecode fuzz_esa_json fuzz_jsonstringmember fuzz_apig_json fuzz_signers fuzz_codecache fuzz_codebundle fuzz_rules)
TARGETS=("$@")
[[ ${#TARGETS[@]} -gt 0 ]] || TARGETS=("${ALL[@]}")
JOBS=${FUZZ_JOBS:-1}
# Stacks for UBSan reports too (ASan prints them anyway).
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

"$HERE/build.sh" "$OUT" || die "build failed"
OUT=$(cd "$OUT" && pwd)

run_one() {
    local t=$1 dir=$OUT/run/$1
    rm -rf "$dir"
    mkdir -p "$dir/corpus"
    [[ -d $HERE/corpus/$t ]] && cp "$HERE/corpus/$t"/* "$dir/corpus/" 2>/dev/null
    local dict=()
    [[ -f $HERE/dict/$t.dict ]] && dict=(-dict="$HERE/dict/$t.dict")
    # -timeout: one input taking longer than 25 s counts as a hang. Leak detection is ASan's default.
    "$OUT/$t" -max_total_time="$SECS" -max_len=65536 -rss_limit_mb=2048 -timeout=25 -print_final_stats=1 \
        -artifact_prefix="$dir/" "${dict[@]}" ${FUZZ_ARGS:-} "$dir/corpus" >"$dir/log.txt" 2>&1
    echo $? >"$dir/rc"
}

summary() {
    local t=$1 dir=$OUT/run/$1 rc
    rc=$(cat "$dir/rc" 2>/dev/null || echo 99)
    local last execs cov ft corp eps rss
    last=$(grep -E '^#[0-9]+.*cov: ' "$dir/log.txt" | tail -1)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log.txt" | tail -1)
    [[ -n $execs ]] || execs=$(sed -E -n 's/^#([0-9]+).*/\1/p' <<<"$last")
    cov=$(sed -E -n 's/.* cov: ([0-9]+).*/\1/p' <<<"$last")
    ft=$(sed -E -n 's/.* ft: ([0-9]+).*/\1/p' <<<"$last")
    corp=$(sed -E -n 's/.* corp: ([^ ]+).*/\1/p' <<<"$last")
    eps=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$dir/log.txt" | tail -1)
    [[ -n $eps ]] || eps=$(sed -E -n 's/.* exec\/s:? ([0-9]+).*/\1/p' <<<"$last")
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$dir/log.txt" | tail -1)
    local line="$t: execs=${execs:-?} cov=${cov:-?} ft=${ft:-?} corpus=${corp:-?} exec/s=${eps:-?} peak_rss=${rss:-?}MB"
    # -fork mode: "oom/timeout/crash: a/b/c" counts what the children hit.
    local forked; forked=$(sed -E -n 's/.*oom\/timeout\/crash: ([0-9]+\/[0-9]+\/[0-9]+).*/\1/p' <<<"$last")
    [[ -n $forked ]] && line+=" oom/timeout/crash=$forked"
    local artifacts what
    artifacts=$(ls "$dir"/crash-* "$dir"/leak-* "$dir"/timeout-* "$dir"/oom-* 2>/dev/null | tr '\n' ' ')
    if [[ $rc == 0 && -z $artifacts && ! ${forked:-0} =~ [1-9] ]]; then
        echo "PASS $line"
        return 0
    fi
    what=$(grep -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|FUZZ_CHECK failed' "$dir/log.txt")
    echo "FAIL $line exit=$rc ${what:+[$what]} ${artifacts:+artifacts: $artifacts} log=$dir/log.txt"
    return 1
}

for t in "${TARGETS[@]}"; do
    [[ -x $OUT/$t ]] || die "no such target: $t"
done
running=0
for t in "${TARGETS[@]}"; do
    if [[ $running -ge $JOBS ]]; then
        wait -n
        running=$((running - 1))
    fi
    echo "run.sh: $t for ${SECS}s"
    run_one "$t" &
    running=$((running + 1))
done
wait

failed=0
for t in "${TARGETS[@]}"; do
    summary "$t" || failed=1
done
exit $failed
