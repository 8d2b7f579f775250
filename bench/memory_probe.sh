#!/usr/bin/env bash
# The server's resident memory over its heaviest answers (issues #4 and #5):
# a fresh `knoten serve` on a seeded database, after its first background
# run of the suggestions, after the relationships of everyone and the
# network report (each asked twice, with their times), and after a write,
# which makes the suggestions run again and the figures catch up, and over
# three rounds of a ledger entry and a new offer with the figures. Prints
# VmRSS (now; split into anonymous memory and file-backed pages, which are
# mostly the database's memory-mapped pages) and VmHWM (the peak so far) at
# each step.
#
# Usage: bench/memory_probe.sh KNOTEN_BINARY DATABASE
# The database is copied first and left as it was (seed one with
# `knoten demo --people 100000`, or use the relationship benchmark's
# KNOTEN_BENCH_DB).
set -euo pipefail

knoten=$(realpath "${1:?usage: bench/memory_probe.sh KNOTEN_BINARY DATABASE}")
source_db=${2:?usage: bench/memory_probe.sh KNOTEN_BINARY DATABASE}
dir=$(mktemp -d)
server_pid=
cleanup() {
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$dir"
}
trap cleanup EXIT

db=$dir/probe.db
cp "$source_db" "$db"
# The database's first account (a demo database has one), or a new one.
user=$(sqlite3 "$db" "SELECT coalesce((SELECT username FROM account ORDER BY id LIMIT 1), 'probe')")
password=$("$knoten" --db "$db" password --user "$user" --generate --create |
  grep -oE '[0-9a-f]{16}' | head -n1)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"

"$knoten" --db "$db" serve --listen "127.0.0.1:$port" >"$dir/serve.log" 2>&1 &
server_pid=$!
until [[ $(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/setup") == 200 ]]; do
  kill -0 "$server_pid" 2>/dev/null || { cat "$dir/serve.log" >&2; exit 1; }
  sleep 0.1
done
csrf=$(curl -s -c "$dir/jar" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$user\",\"password\":\"$password\"}" "$base/api/v1/session" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["csrf_token"])')

memory() {
  awk -v step="$1" '/VmRSS/ {rss = $2} /VmHWM/ {hwm = $2} /RssAnon/ {anon = $2}
    /RssFile/ {file = $2}
    END {printf "%-40s VmRSS %4.0f MiB (anonymous %4.0f, file %4.0f)   VmHWM %4.0f MiB\n",
      step, rss / 1024, anon / 1024, file / 1024, hwm / 1024}' \
    "/proc/$server_pid/status"
}
# timed PATH: GETs PATH and prints its status and seconds.
timed() {
  curl -s -b "$dir/jar" -o /dev/null -w "  GET $1: %{http_code} in %{time_total} s\n" "$base$1"
}
wait_for_suggestions() {
  until [[ $(curl -s -b "$dir/jar" -o /dev/null -w '%{http_code}' \
    "$base/api/v1/suggestions") == 200 ]]; do sleep 0.2; done
}

echo "machine: $(nproc) cores; database: $(sqlite3 "$db" 'SELECT count(*) FROM person') people"
memory "started"
wait_for_suggestions
memory "after the first suggestions run"
figures() {
  timed "/api/v1/relationships?limit=20"
  timed "/api/v1/network-report"
  timed "/api/v1/relationships?limit=20&order=client_fit"
  timed "/api/v1/network-report?network_id=1"
}
figures
memory "after relationships and network report"
person=$(curl -s -b "$dir/jar" "$base/api/v1/people?limit=1" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
curl -s -b "$dir/jar" -o /dev/null -H "X-CSRF-Token: $csrf" \
  -H 'Content-Type: application/json' \
  -d "{\"person_id\":$person,\"direction\":\"given\",\"kind\":\"tip\",\"text\":\"memory probe\"}" \
  "$base/api/v1/ledger"
figures
memory "after a write and the figures again"
# The write makes the suggestions run again in the background; sample
# until it has had time to finish.
for _ in $(seq 1 12); do sleep 5; done
memory "60 s later (suggestions run again)"
# Writes as a user makes them for a while: each round a ledger entry and a
# new offer of the user's own (so that the index and every contact's fit
# change), the two figures at once, and time for the suggestions to run.
for round in 1 2 3; do
  curl -s -b "$dir/jar" -o /dev/null -H "X-CSRF-Token: $csrf" \
    -H 'Content-Type: application/json' \
    -d "{\"person_id\":$person,\"direction\":\"given\",\"kind\":\"tip\",\"text\":\"round $round\"}" \
    -w "  POST /api/v1/ledger: %{http_code}\n" "$base/api/v1/ledger"
  curl -s -b "$dir/jar" -o /dev/null -H "X-CSRF-Token: $csrf" \
    -H 'Content-Type: application/json' \
    -d "{\"title\":\"Pressearbeit $round\",\"text\":\"Texte und Pressemitteilungen\",\"lang\":\"de\"}" \
    -w "  POST /api/v1/offers: %{http_code}\n" "$base/api/v1/offers"
  timed "/api/v1/relationships?limit=20"
  timed "/api/v1/network-report"
  sleep 25
  memory "round $round of writes, 25 s later"
done
# The downloads (issue #6): the JSON backup of everything and every person
# as vCard, written to a file without a name and sent from there.
timed "/api/v1/export?format=json"
memory "after the JSON backup download"
timed "/api/v1/export?format=vcard"
memory "after the vCard download"
