#!/bin/bash
# Issue 12: a rekey killed with SIGKILL at random points leaves either the old or the new
# keys, never a mix. Each run copies a demo school, starts `rekey` (which pauses a little at
# each of its steps in the test build), kills it at a random moment, then checks that the
# account still opens the school, `verify` finds everything intact (header = key file, the key
# file's seal, every confidential field opens with the counsellor key), no staging file is
# left, the students are all there, and the keys are wholly the old ones or wholly new ones.
# Usage: rekey_kill.sh XINAN_CLI_TESTING [RUNS]
set -u
cli="$1"
runs="${2:-20}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 700 "$work"
export XINAN_TEST_NOW=2026-11-16T10:00:00
export LANG=C.UTF-8
password='kill-test synthetic 2026 pw'

fail() { echo "FAIL (run $1): $2"; exit 1; }

printf '%s\n%s\n' "$password" "$password" |
    "$cli" demo --db "$work/base.xinan" --students 120 --user luomin --password-stdin >"$work/demo.txt" 2>&1 ||
    { cat "$work/demo.txt"; fail 0 "demo failed"; }
salt() { head -c 16 "$1" | od -An -tx1 | tr -d ' \n'; }
old_salt=$(salt "$work/base.xinan")
count() { printf '%s\n' "$password" | "$cli" students list --db "$1" --user luomin --format csv --password-stdin | wc -l; }
base_count=$(count "$work/base.xinan")
[ "$base_count" -gt 100 ] || fail 0 "the demo has $base_count lines of students"

old=0; new=0
for run in $(seq 1 "$runs"); do
    d="$work/run$run"; mkdir -m 700 "$d"
    cp "$work/base.xinan" "$work/base.xinan-keys" "$d/"
    db="$d/base.xinan"
    printf '%s\n' "$password" | XINAN_TEST_REKEY_PAUSE_MS=60 "$cli" rekey --db "$db" --user luomin --password-stdin \
        >"$d/rekey.txt" 2>&1 &
    pid=$!
    # the unlock takes a moment, then six steps of 60 ms: kill anywhere in the first second
    sleep "0.$(printf '%03d' $((RANDOM % 1000)))"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    printf '%s\n' "$password" | "$cli" verify --db "$db" --user luomin --password-stdin >"$d/verify.txt" 2>&1 ||
        { cat "$d/verify.txt"; fail "$run" "verify failed after the kill"; }
    for left in "$db.rekey" "$db.rekey-commit" "$db-keys.rekey" "$db.rekey-journal"; do
        [ -e "$left" ] && fail "$run" "$left was left behind"
    done
    [ "$(count "$db")" = "$base_count" ] || fail "$run" "students changed"
    s=$(salt "$db")
    if [ "$s" = "$old_salt" ]; then old=$((old + 1)); else new=$((new + 1)); fi
    grep -q '"key_check"' "$db-keys" || fail "$run" "the key file is not a key file"
done
echo "rekey killed $runs times: $old runs left the old keys, $new the new keys, none a mix"
[ $((old + new)) -eq "$runs" ] || exit 1
