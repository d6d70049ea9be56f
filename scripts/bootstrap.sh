#!/usr/bin/env bash
# Shared set-up for scripts/demo.sh and scripts/test.sh on a fresh Debian/Ubuntu machine:
# Debian packages (when missing and apt-get exists), then a virtualenv in .venv with Gene Desk.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
EXTRA=${1:-}

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  while read -r pkg; do
    case "$pkg" in ''|\#*) continue ;; esac
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done < scripts/apt-packages.txt
fi
if [ ${#missing[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "installing Debian packages: ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x "$ROOT/.venv/bin/python" ]; then
  "$PY" -m venv "$ROOT/.venv"
fi
"$ROOT/.venv/bin/python" -m pip install -q --upgrade pip >/dev/null
"$ROOT/.venv/bin/python" -m pip install -q -e "$ROOT${EXTRA}"
