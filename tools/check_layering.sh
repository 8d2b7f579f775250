#!/usr/bin/env bash
# Enforces the layering of docs/architecture.md on #include lines:
#   base → core → store → app → json → {cli, http}; match and interop on the side.
# Fails when a module includes a knoten module it may not depend on, when a
# file includes another module's internal/ headers, when anything but app
# (which opens databases) reaches into a storage backend, or when core does
# I/O, uses <random>, includes a third-party header or reads a clock.
set -euo pipefail
cd "$(dirname "$0")/.."

declare -A allowed=(
  [base]="base"
  [core]="base core"
  [match]="base match"
  [store]="base core store"
  [interop]="base core interop"
  [app]="base core store match interop app"
  [json]="base core store match app json"
  [cli]="base core store app json cli"
  [http]="base core store app json http"
)
status=0
for module in "${!allowed[@]}"; do
  dir="src/knoten/$module"
  [[ -d "$dir" ]] || continue
  while IFS= read -r hit; do
    file=${hit%%:*}
    included=$(sed -E 's|.*#include "knoten/([^"]+)".*|\1|' <<<"$hit")
    target=${included%%/*}
    if [[ " ${allowed[$module]} " != *" $target "* ]]; then
      echo "layering: $file includes knoten/$included, but $module may use only: ${allowed[$module]}" >&2
      status=1
    fi
    owner=${included%/internal/*}
    if [[ "$included" == */internal/* && "${file#src/knoten/}" != "$owner/"* ]]; then
      echo "layering: $file includes knoten/$included, another module's internal header" >&2
      status=1
    fi
    if [[ "$included" == store/sqlite/* && "$module" != store && "$module" != app &&
          "$file" != *_test.cc && "$file" != *_test_fixture.h ]]; then
      echo "layering: $file includes knoten/$included; only app opens storage backends" >&2
      status=1
    fi
  done < <(grep -rHE '^#include "knoten/' "$dir" || true)
done

core_sources=$(find src/knoten/core -name '*.cc' -o -name '*.h' | grep -v '_test\.cc$')
# shellcheck disable=SC2086
if grep -nE '#include <(iostream|fstream|cstdio|filesystem|random|thread|chrono)>|#include <[a-zA-Z_]+/|::now\(' $core_sources; then
  echo "layering: core must not do I/O, use <random>, read a clock or include third-party headers" >&2
  status=1
fi
[[ $status -eq 0 ]] && echo "layering: ok"
exit $status
