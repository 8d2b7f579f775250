#!/usr/bin/env bash
# Fails if any tracked C++ file differs from .clang-format's layout.
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files -z '*.cc' '*.h' | xargs -0 -r clang-format --dry-run -Werror
echo "clang-format: ok"
