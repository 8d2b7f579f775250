# Sourced by the benchmark scripts that time whole processes: GNU time's
# wall seconds and peak resident memory, and medians of repeated runs.
# Expects $dir, a scratch folder of the caller's.

# Runs "$@" under GNU time (standard output discarded); appends
# "seconds max_rss_kib" to the file $1.
measure() {
  local out=$1
  shift
  /usr/bin/time -f '%e %M' -o "$dir/time" "$@" >/dev/null
  cat "$dir/time" >>"$out"
}

# The median of column $2 of the file $1.
median() {
  sort -n -k"$2,$2" "$1" | awk -v col="$2" '{ v[NR] = $col } END { print v[int((NR + 1) / 2)] }'
}
