#!/usr/bin/env bash
# The README's GNU parallel recipe, run for real across two ssh "hosts": two sshd started
# here on two loopback addresses (127.0.0.1 and 127.0.0.2), with host and user keys made for
# the run. Jobs of 5 articles each go to both hosts; each file is sent with --transferfile
# and its NDJSON comes back with --return (rsync; without rsync the hosts share a folder
# instead, and say so). `evenhand summarize` then merges the runs, and the merged `run`
# record must equal the one of a single `evenhand analyze` over the same articles.
#
#   bash test/multihost/run.sh        exit 0 passed, 1 failed, 77 skipped (no sshd, ssh or parallel)
#
# Nothing leaves the machine: every address is a loopback one, and the daemons and the
# folder are removed on exit.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ARTICLES=${MULTIHOST_ARTICLES:-40}

skip() {
  echo "multihost: SKIPPED: $*" >&2
  exit 77
}
fail() {
  echo "multihost: FAILED: $*" >&2
  exit 1
}

SSHD=$(command -v sshd || echo /usr/sbin/sshd)
[ -x "$SSHD" ] || skip "no sshd (Debian: apt-get install openssh-server)"
for tool in ssh ssh-keygen parallel; do
  command -v "$tool" >/dev/null || skip "no $tool (Debian: apt-get install openssh-client parallel)"
done
NODE=$(command -v node)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/evenhand-multihost.XXXXXX")
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  rm -rf "$WORK"
}
trap cleanup EXIT

# sshd keeps its privilege-separation chroot here when started as root
[ "$(id -u)" -ne 0 ] || mkdir -p /run/sshd

ssh-keygen -q -t ed25519 -N '' -f "$WORK/host_key" || fail "ssh-keygen (host key)"
ssh-keygen -q -t ed25519 -N '' -f "$WORK/user_key" || fail "ssh-keygen (user key)"
cp "$WORK/user_key.pub" "$WORK/authorized_keys"
chmod 600 "$WORK/authorized_keys"
# the sessions' home: the user's own would run their shell start-up files on every job (a
# pyenv there, rehashing from two sessions at once, wrote to stderr under load)
mkdir -p "$WORK/home"

free_port() {
  "$NODE" -e "const s = require('node:net').createServer().listen(0, '$1', () => { console.log(s.address().port); s.close(); })"
}

: >"$WORK/ssh_config"
HOSTS=()
i=0
for address in 127.0.0.1 127.0.0.2; do
  i=$((i + 1))
  port=$(free_port "$address") || skip "cannot listen on $address"
  cat >"$WORK/sshd_$i.conf" <<EOF
ListenAddress $address:$port
HostKey $WORK/host_key
PidFile $WORK/sshd_$i.pid
AuthorizedKeysFile $WORK/authorized_keys
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
StrictModes no
UsePAM no
SetEnv HOME=$WORK/home
LogLevel ERROR
EOF
  "$SSHD" -D -e -f "$WORK/sshd_$i.conf" 2>"$WORK/sshd_$i.log" &
  PIDS+=($!)
  cat >>"$WORK/ssh_config" <<EOF
Host host$i
  HostName $address
  Port $port
  User $(id -un)
  IdentityFile $WORK/user_key
  IdentitiesOnly yes
  BatchMode yes
  StrictHostKeyChecking no
  UserKnownHostsFile /dev/null
  LogLevel ERROR
EOF
  HOSTS+=("host$i")
done
SSH="ssh -F $WORK/ssh_config"

# wait for each daemon to answer (or to die), at most 30 s
for n in 1 2; do
  for _ in $(seq 60); do
    $SSH "host$n" true 2>/dev/null && continue 2
    kill -0 "${PIDS[$((n - 1))]}" 2>/dev/null || skip "sshd did not start: $(head -c 300 "$WORK/sshd_$n.log")"
    sleep 0.5
  done
  skip "sshd on host$n did not answer within 30 s: $(head -c 300 "$WORK/sshd_$n.log")"
done

# the articles: the seed's variants, as the CLI tests make them
mkdir -p "$WORK/run/articles"
"$NODE" --input-type=module -e "
  import { writeFileSync } from 'node:fs';
  import { articles } from '$ROOT/bench/corpus.js';
  let i = 0;
  for (const text of articles(Infinity)) {
    if (i === $ARTICLES) break;
    writeFileSync('$WORK/run/articles/a' + String(i++).padStart(3, '0') + '.txt', text);
  }
" || fail "could not write the articles"

cd "$WORK/run" || fail "no run folder"
EVENHAND="$NODE $ROOT/bin/evenhand.js"
mkdir -p out
if command -v rsync >/dev/null; then
  MODE="--transferfile/--return (rsync), each job in a folder of its own on its host"
  # {} are paths relative to here; --workdir ... makes a fresh folder on the host, where the
  # files land under the same relative paths, and --cleanup removes it after --return
  find articles -name '*.txt' | sort | parallel --ssh "$SSH" -S "1/${HOSTS[0]},1/${HOSTS[1]}" -n 5 \
    --workdir ... --transferfile {} --return 'out/{#}.ndjson' --cleanup --joblog joblog \
    "mkdir -p out && $EVENHAND analyze {} --format ndjson --jobs 1 --quiet > out/{#}.ndjson" ||
    fail "parallel exited $? (see above)"
else
  MODE="a shared folder (no rsync for --transferfile)"
  find articles -name '*.txt' | sort | parallel --ssh "$SSH" -S "1/${HOSTS[0]},1/${HOSTS[1]}" -n 5 --joblog joblog \
    "cd $WORK/run && $EVENHAND analyze {} --format ndjson --jobs 1 --quiet > out/{#}.ndjson" ||
    fail "parallel exited $? (see above)"
fi

# both hosts must have done some of the work
for host in "${HOSTS[@]}"; do
  awk -v h="$host" 'NR > 1 && $2 == h { found = 1 } END { exit !found }' joblog || fail "no job ran on $host: $(cat joblog)"
done
shards=$(ls out/*.ndjson | wc -l)
[ "$shards" -eq $(((ARTICLES + 4) / 5)) ] || fail "expected $(((ARTICLES + 4) / 5)) outputs back, got $shards"

$EVENHAND summarize out/*.ndjson >merged.ndjson || fail "summarize exited $?"
$EVENHAND analyze articles/*.txt --format ndjson --jobs 1 --quiet | grep '"type":"run"' >single.ndjson || fail "the single run failed"
cmp -s merged.ndjson single.ndjson || fail "the merged summary differs from a single run:
merged: $(cat merged.ndjson)
single: $(cat single.ndjson)"

jobs_on() { awk -v h="$1" 'NR > 1 && $2 == h' joblog | wc -l; }
echo "multihost: passed: $ARTICLES articles in $shards jobs on ${HOSTS[0]} ($(jobs_on "${HOSTS[0]}") jobs, 127.0.0.1) and ${HOSTS[1]} ($(jobs_on "${HOSTS[1]}") jobs, 127.0.0.2) over ssh, files moved by $MODE; the summary equals a single run's"
