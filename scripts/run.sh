#!/usr/bin/env bash
# Quickstart, first command: install, build the graph from the bundled corpus into the embedded store, serve it.
# API on http://127.0.0.1:8000 (docs at /docs, the graph page at /graph/view). Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh
.venv/bin/pledgegraph ingest corpus/
exec .venv/bin/pledgegraph serve --host 127.0.0.1 --port "${PORT:-8000}"
