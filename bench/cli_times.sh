#!/usr/bin/env bash
# Times whole `knoten` processes, the way a user runs them, beside the sqlite3
# shell on the same file in the same run: median wall time of RUNS runs each.
# Usage: bench/cli_times.sh KNOTEN_BINARY [PEOPLE] (default 100000 people;
# the database is seeded with `knoten demo` in a temporary folder).
set -euo pipefail

knoten=${1:?usage: bench/cli_times.sh KNOTEN_BINARY [PEOPLE]}
people=${2:-100000}
runs=${RUNS:-7}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db="$dir/bench.db"

echo "Seeding $people people ..." >&2
"$knoten" --db "$db" demo --people "$people" >/dev/null

# median_ms COMMAND...: runs COMMAND $runs times (stdout discarded) and
# prints the median wall time in milliseconds.
median_ms() {
  local times=()
  for ((i = 0; i < runs; i++)); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

row() {  # row LABEL COMMAND...
  local label=$1
  shift
  printf '%-58s %6s ms\n' "$label" "$(median_ms "$@")"
}

echo "machine: $(nproc) cores; $runs runs each; median wall time"
row "knoten person list --json" "$knoten" --db "$db" person list --json
row "sqlite3 -json: SELECT * FROM person ORDER BY name" \
  sqlite3 -json "$db" \
  "SELECT * FROM person WHERE archived = 0 ORDER BY display_name COLLATE NOCASE, id"
for words in "priya nowak" "nowak" "steuer"; do
  row "knoten person list --search '$words' --json" \
    "$knoten" --db "$db" person list --search "$words" --json
  fts=""
  for w in $words; do fts+="\"$w\"* "; done
  row "sqlite3 -json: FTS5 MATCH '$words' JOIN person BY rank" \
    sqlite3 -json "$db" \
    "SELECT p.* FROM person_search s JOIN person p ON p.id = s.rowid WHERE person_search MATCH '$fts' ORDER BY s.rank"
done
row "knoten help (process start, no database)" "$knoten" help
