#!/usr/bin/env bash
# One command on a fresh machine: install Gene Desk and open it on the built-in demo sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
exec .venv/bin/gene-desk --demo "$@"
