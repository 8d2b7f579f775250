#!/usr/bin/env bash
# The web server's benchmarks (issue #4), each beside its baseline in the
# same run: wrk against `knoten serve` on a demo database of PEOPLE people
# and, in turns with it, against nginx serving a static file of the same
# size as knoten's answer. Prints medians of ROUNDS rounds.
#
# Usage: bench/http_bench.sh KNOTEN_BINARY [PEOPLE]   (default 100000)
# Environment: DURATION (wrk seconds per run, 10), CONNS (64), ROUNDS (3),
# READ_PATH (the read endpoint, /api/v1/people/1), BENCH_DB (reuse this
# seeded database instead of seeding a new one; it is changed by the
# write runs).
#
# Needs wrk, nginx, curl and sqlite3 (scripts/install-deps.sh --bench).
set -euo pipefail

knoten=$(realpath "${1:?usage: bench/http_bench.sh KNOTEN_BINARY [PEOPLE]}")
people=${2:-100000}
duration=${DURATION:-10}
conns=${CONNS:-64}
rounds=${ROUNDS:-3}
read_path=${READ_PATH:-/api/v1/people/1}
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d)
server_pid=
nginx_pid=

cleanup() {
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  [[ -f $dir/nginx.pid ]] && kill "$(cat "$dir/nginx.pid")" 2>/dev/null
  rm -rf "$dir"
}
trap cleanup EXIT

for tool in wrk nginx curl sqlite3; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

median() { sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

db=${BENCH_DB:-$dir/bench.db}
if [[ ! -f $db ]]; then
  echo "Seeding $people people into $db ..." >&2
  "$knoten" --db "$db" demo --people "$people" >/dev/null
fi
password=$("$knoten" --db "$db" password --user bench --generate --create |
  grep -oE '[0-9a-f]{16}' | head -n1)
port=$(free_port)
base="http://127.0.0.1:$port"

# Starts knoten serve and sets start_ms to the milliseconds from the start
# of the process to its first answer (GET /api/v1/setup reads the database).
start_ms=
start_knoten() {
  local start end
  start=$(date +%s%N)
  "$knoten" --db "$db" serve --listen "127.0.0.1:$port" >"$dir/serve.log" 2>&1 &
  server_pid=$!
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/setup") == 200 ]]; do
    kill -0 "$server_pid" 2>/dev/null || { cat "$dir/serve.log" >&2; exit 1; }
  done
  end=$(date +%s%N)
  start_ms=$(((end - start) / 1000000))
}

stop_knoten() {
  kill -TERM "$server_pid"
  wait "$server_pid" || true
  server_pid=
}

log_in() {
  curl -s -c "$dir/jar" -H 'Content-Type: application/json' \
    -d "{\"username\":\"bench\",\"password\":\"$password\"}" \
    "$base/api/v1/session" | python3 -c 'import json,sys; print(json.load(sys.stdin)["csrf_token"])'
}

cookie() { awk '$6 == "knoten_session" {print "knoten_session=" $7}' "$dir/jar"; }

# wrk_run URL [HEADER]: prints "requests_per_second p99_ms errors".
wrk_run() {
  local url=$1 header=${2:-X-Bench: 1}
  wrk -t2 -c"$conns" -d"${duration}s" --latency -H "$header" "$url" |
    awk '
      function ms(v) {
        if (v ~ /us$/) return v / 1000
        if (v ~ /ms$/) return v + 0
        if (v ~ /s$/) return v * 1000
        return v
      }
      /Requests\/sec:/ {rps = $2}
      $1 == "99%" {p99 = ms($2)}
      /Non-2xx or 3xx responses:/ {errors += $5}
      /Socket errors:/ {errors += 1}
      END {printf "%.0f %.2f %d\n", rps, p99, errors}'
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo);" \
  "$people people; wrk -t2 -c$conns -d${duration}s; $rounds rounds, medians"

# --- Start to first answer (five starts).
starts=()
for _ in 1 2 3 4 5; do
  start_knoten
  starts+=("$start_ms")
  stop_knoten
done
printf 'start to first answer: %s ms (median of: %s)\n' \
  "$(printf '%s\n' "${starts[@]}" | median)" "${starts[*]}"

start_knoten
csrf=$(log_in)
session=$(cookie)
# Steady state: the matching word lists (loaded in the background after the
# start) are in memory before anything is measured.
wait_for_suggestions() {
  until [[ $(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $session" \
    "$base/api/v1/suggestions") == 200 ]]; do sleep 0.2; done
}
wait_for_suggestions
body_size=$(curl -s -H "Cookie: $session" "$base$read_path" | wc -c)
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $session" "$base$read_path")
[[ $status == 200 ]] || { echo "GET $read_path answered $status" >&2; exit 1; }

# --- nginx serving a static file of the same size.
mkdir -p "$dir/www"
chmod 755 "$dir" "$dir/www"  # nginx's workers run as www-data
head -c "$body_size" /dev/zero | tr '\0' 'x' >"$dir/www/same.json"
nginx_port=$(free_port)
cat >"$dir/nginx.conf" <<EOF
worker_processes 2;
pid $dir/nginx.pid;
error_log $dir/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $dir/tmp;
  proxy_temp_path $dir/tmp;
  fastcgi_temp_path $dir/tmp;
  uwsgi_temp_path $dir/tmp;
  scgi_temp_path $dir/tmp;
  server {
    listen 127.0.0.1:$nginx_port;
    root $dir/www;
    default_type application/json;
  }
}
EOF
mkdir -p "$dir/tmp"
nginx -c "$dir/nginx.conf" -p "$dir" 2>/dev/null

# --- Cached read: knoten and nginx in turns.
echo "read: GET $read_path ($body_size bytes) against nginx's $body_size-byte file"
: >"$dir/knoten_reads"
: >"$dir/nginx_reads"
for ((r = 1; r <= rounds; r++)); do
  wrk_run "http://127.0.0.1:$nginx_port/same.json" >>"$dir/nginx_reads"
  wrk_run "$base$read_path" "Cookie: $session" >>"$dir/knoten_reads"
done
for who in nginx knoten; do
  printf '  %-7s requests/s %8s   p99 %6s ms   non-2xx or socket errors %s   (runs: %s)\n' "$who" \
    "$(awk '{print $1}' "$dir/${who}_reads" | median)" \
    "$(awk '{print $2}' "$dir/${who}_reads" | median)" \
    "$(awk '{s += $3} END {print s}' "$dir/${who}_reads")" \
    "$(awk '{printf "%s/%sms ", $1, $2}' "$dir/${who}_reads")"
done
awk -v k="$(awk '{print $1}' "$dir/knoten_reads" | median)" \
  -v n="$(awk '{print $1}' "$dir/nginx_reads" | median)" \
  'BEGIN {printf "  knoten / nginx: %.0f%%\n", 100 * k / n}'

# --- Mixed: 10% writes; then the same with SIGTERM in the middle.
stored() {
  sqlite3 "$db" "SELECT count(*) FROM ledger_entry WHERE text LIKE 'wrkbench-%'"
}
person=$(curl -s -H "Cookie: $session" "$base/api/v1/people?limit=1" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
before=$(stored)
mixed=$(wrk -t2 -c"$conns" -d"${duration}s" --latency -s "$here/http_mixed.lua" \
  "$base" -- "$session" "$csrf" "$person" "$read_path")
acked=$(awk '/acknowledged_writes/ {print $2}' <<<"$mixed")
after=$(stored)
printf 'mixed (10%% writes): %s requests/s, p99 %s; acknowledged writes %s, stored %s\n' \
  "$(awk '/Requests\/sec:/ {print $2}' <<<"$mixed")" \
  "$(awk '$1 == "99%" {print $2}' <<<"$mixed")" "$acked" "$((after - before))"

before=$after
wrk -t2 -c"$conns" -d"${duration}s" -s "$here/http_mixed.lua" "$base" -- \
  "$session" "$csrf" "$person" "$read_path" >"$dir/terminated" 2>&1 &
wrk_pid=$!
sleep "$((duration / 2))"
stop_knoten
wait "$wrk_pid" || true
acked=$(awk '/acknowledged_writes/ {print $2}' "$dir/terminated")
after=$(stored)
printf 'mixed, SIGTERM after %ss: acknowledged writes %s, stored %s\n' \
  "$((duration / 2))" "$acked" "$((after - before))"

# --- Resident memory: a fresh server after its first suggestions run (the
# matching index is built per run and freed after it) and cached reads;
# VmHWM is the peak, reached during the run.
start_knoten
log_in >/dev/null
session=$(cookie)
wait_for_suggestions
wrk_run "$base$read_path" "Cookie: $session" >/dev/null
awk '/VmHWM|VmRSS|RssAnon|RssFile/ {printf "%s %.0f MiB\n", $1, $2 / 1024}' "/proc/$server_pid/status"
stop_knoten
