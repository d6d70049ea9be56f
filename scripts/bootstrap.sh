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

# Debian's own Python, with its site packages visible: the acceptance tests drive the real
# window through AT-SPI, and Debian's `gi` (python3-pyatspi, python3-dogtail) imports only
# there (docs/adr/0001-acceptance-tests-through-at-spi.md). Elsewhere any python3 will do.
if [ -z "${PYTHON:-}" ] && [ -x /usr/bin/python3 ] && /usr/bin/python3 -c "import gi" 2>/dev/null; then
  PY=/usr/bin/python3
  VENV_FLAGS=(--system-site-packages)
else
  PY=${PYTHON:-python3}
  VENV_FLAGS=()
fi
if [ -x "$ROOT/.venv/bin/python" ] && [ ${#VENV_FLAGS[@]} -gt 0 ] \
   && ! "$ROOT/.venv/bin/python" -c "import gi" 2>/dev/null; then
  echo "re-creating .venv on $PY (the acceptance tests need Debian's gi)" >&2
  rm -rf "$ROOT/.venv"
fi
if [ ! -x "$ROOT/.venv/bin/python" ]; then
  "$PY" -m venv "${VENV_FLAGS[@]}" "$ROOT/.venv"
fi
"$ROOT/.venv/bin/python" -m pip install -q --upgrade pip >/dev/null
"$ROOT/.venv/bin/python" -m pip install -q -e "$ROOT${EXTRA}"
