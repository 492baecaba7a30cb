#!/usr/bin/env bash
# CI's run, on a machine whose cores are all kept busy: clone the repository afresh (with
# ../shared beside it, as CI has it), start stress-ng on every core, and run `bash .ci/run`
# in the clone; RUNS times. Tests must wait for events, never for a clock: a test that fails
# only here has a budget too tight for a busy CI machine.
#   bash bench/under-load.sh [RUNS]     (default 5; needs git and stress-ng)
# Prints each run's closing "N passed, N failed" line and, when a run fails, the failed tests.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-5}
command -v stress-ng >/dev/null || { echo "under-load: needs stress-ng (Debian: apt-get install stress-ng)" >&2; exit 2; }
SHARED=$(cd "$ROOT/.." && pwd)/shared

# short paths, readable by all: the terminal tests fit lines holding the seed's absolute path
# into 60 columns, and the permission test runs the CLI as "nobody" when run as root
WORK=$(mktemp -d /tmp/eu.XXXX)
chmod 755 "$WORK"
STRESS=
cleanup() {
  [ -n "$STRESS" ] && kill "$STRESS" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

# every core busy for as long as the runs take (0: one worker per core)
stress-ng --cpu 0 --timeout 4h --quiet &
STRESS=$!

status=0
for run in $(seq "$RUNS"); do
  dir="$WORK/$run"
  mkdir -p "$dir"
  [ -d "$SHARED" ] && ln -s "$SHARED" "$dir/shared"
  git clone -q "$ROOT" "$dir/e"
  started=$(date +%s)
  (cd "$dir/e" && bash .ci/run) >"$dir/log" 2>&1
  code=$?
  summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$dir/log" | tail -1)
  echo "run $run: exit $code, ${summary:-no summary}, $(($(date +%s) - started)) s, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ "$code" -ne 0 ]; then
    status=1
    sed 's/\x1b\[[0-9;]*m//g' "$dir/log" | grep -E '^ FAIL ' | sort -u | sed 's/^/    /'
  fi
done
exit "$status"
