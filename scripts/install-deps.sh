#!/usr/bin/env bash
# Installs the Debian 12 packages knoten needs to build, test and run, but only
# those that are missing. Runs apt-get update before the first install, as root
# or through sudo. Usage: scripts/install-deps.sh [--test] [--bench] [--web]
set -euo pipefail

packages=(
  cmake ninja-build ccache g++ make
  libsqlite3-dev libsqlitecpp-dev
  nlohmann-json3-dev libcli11-dev libboost-dev libssl-dev libsodium-dev pkg-config
  libicu-dev libical-dev libstemmer-dev trans-de-en wngerman openthesaurus-de-text
)
for option in "$@"; do
  case "$option" in
    --test) packages+=(libgtest-dev libgmock-dev clang-format clang-tidy clang-14 libclang-rt-14-dev python3 chromium) ;;
    --bench) packages+=(libbenchmark-dev libxapian-dev sqlite3 wrk nginx-light curl) ;;
    # The web app's tools come from npm; Node.js and npm only from Debian
    # where the machine has none (Debian 12's Node.js 18 is too old for
    # Vite 7: the machines this project runs on bring Node.js 20).
    --web) command -v npm >/dev/null || packages+=(nodejs npm) ;;
    *) echo "error: unknown option '$option'; use --test, --bench or --web." >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing missing packages: ${missing[*]}" >&2
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null; then
    sudo_cmd=(sudo)
  else
    echo "error: packages missing (${missing[*]}) and not root; install them or run as root." >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
