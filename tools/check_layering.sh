#!/usr/bin/env bash
# Enforces the layering of docs/architecture.md on #include lines:
#   base → core → store → app → {http, cli}; match and interop on the side.
# Fails when a module includes a knoten module it may not depend on, when a
# file includes another module's internal/ headers, or when core does I/O,
# uses <random>, includes a third-party header or reads a clock.
set -euo pipefail
cd "$(dirname "$0")/.."

declare -A allowed=(
  [base]="base"
  [core]="base core"
  [match]="base match"
  [store]="base core store"
  [interop]="base core interop"
  [app]="base core store match app"
  [cli]="base core app cli"
  [http]="base core app http"
)
status=0
for module in "${!allowed[@]}"; do
  dir="src/knoten/$module"
  [[ -d "$dir" ]] || continue
  while IFS= read -r line; do
    file=${line%%:*}
    target=$(sed -E 's|.*#include "knoten/([a-z_]+)/.*|\1|' <<<"$line")
    if [[ " ${allowed[$module]} " != *" $target "* ]]; then
      echo "layering: $file includes knoten/$target, but $module may use only: ${allowed[$module]}" >&2
      status=1
    fi
    if [[ "$target" != "$module" && "$line" == *"/internal/"* ]]; then
      echo "layering: $file includes another module's internal header" >&2
      status=1
    fi
  done < <(grep -rHE '^#include "knoten/' "$dir" || true)
done

if grep -rnE '#include <(iostream|fstream|cstdio|filesystem|random|thread|chrono)>|#include <[a-zA-Z_]+/|::now\(' src/knoten/core; then
  echo "layering: core must not do I/O, use <random>, read a clock or include third-party headers" >&2
  status=1
fi
[[ $status -eq 0 ]] && echo "layering: ok"
exit $status
