#!/usr/bin/env bash
# One command on a fresh machine: install everything the tests need, then run the whole suite.
# Extra arguments go to pytest (e.g. scripts/test.sh tests/storage -x).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh "[test]"
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
