#!/usr/bin/env bash
# Runs clang-tidy (config: .clang-tidy) on the C++ sources changed since
# $KNOTEN_TIDY_BASE (default: the previous commit), or on all of them when
# that base is unknown (first commit, shallow clone) or KNOTEN_TIDY_ALL=1.
# Usage: tools/run_clang_tidy.sh BUILD_DIR   (needs compile_commands.json)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:?usage: run_clang_tidy.sh BUILD_DIR}
[[ -f "$build_dir/compile_commands.json" ]] || {
  echo "error: $build_dir/compile_commands.json missing; run 'make test' first." >&2
  exit 1
}
base=${KNOTEN_TIDY_BASE:-HEAD~1}
if [[ "${KNOTEN_TIDY_ALL:-0}" != 1 ]] && git rev-parse -q --verify "$base^{commit}" >/dev/null; then
  mapfile -t files < <(git diff --name-only --diff-filter=d "$base" -- '*.cc' |
                       grep -E '^(src|apps|tests|bench)/' || true)
else
  mapfile -t files < <(git ls-files '*.cc' | grep -E '^(src|apps|tests|bench)/')
fi
if [[ ${#files[@]} -eq 0 ]]; then
  echo "clang-tidy: no changed C++ sources"
  exit 0
fi
echo "clang-tidy: ${#files[@]} file(s)"
sources=() tests=()
for f in "${files[@]}"; do
  if [[ "$f" == *_test.cc ]]; then tests+=("$f"); else sources+=("$f"); fi
done
# In tests, gtest's ASSERT/EXPECT macros expand into branches that clang-tidy 14
# counts towards cognitive complexity (it has no IgnoreMacros yet), so that one
# check is off for *_test.cc; every other check applies.
if [[ ${#sources[@]} -gt 0 ]]; then
  printf '%s\0' "${sources[@]}" |
    xargs -0 -n 1 -P "$(nproc)" clang-tidy -p "$build_dir" --quiet \
      --extra-arg=-Wno-unknown-warning-option
fi
if [[ ${#tests[@]} -gt 0 ]]; then
  printf '%s\0' "${tests[@]}" |
    xargs -0 -n 1 -P "$(nproc)" clang-tidy -p "$build_dir" --quiet \
      --extra-arg=-Wno-unknown-warning-option \
      --checks=-readability-function-cognitive-complexity
fi
echo "clang-tidy: ok"
