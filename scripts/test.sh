#!/usr/bin/env bash
# Quickstart, second command: the whole test suite, against the embedded store AND a real Neo4j 5.26 that the
# suite assembles from Maven Central and starts itself, plus headless Chromium from Debian's packages.
# Extra arguments go to pytest (e.g. ./scripts/test.sh -k backers).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh
if [ ! -x "${PLEDGEGRAPH_CHROMIUM:-/usr/bin/chromium}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Debian's chromium for the browser tests" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || { echo "could not install chromium: the browser tests need it" >&2; exit 1; }
  else
    echo "the browser tests need Chromium: apt-get install chromium (or set PLEDGEGRAPH_CHROMIUM)" >&2
    exit 1
  fi
fi
echo "== Neo4j 5.26 from Maven Central (cached in .neo4j/ and ~/.m2)" >&2
.venv/bin/python -m graph.neo4j_server build
echo "== lint" >&2
.venv/bin/ruff check .
echo "== tests" >&2
export PLEDGEGRAPH_REQUIRE_BROWSER=1
exec .venv/bin/python -m pytest "$@"
