#!/usr/bin/env bash
# Side by side (issue 14): installs connectwise-rest@1.3.0 from the npm registry into a temporary directory, then
# runs PeerComparisonBenchmark (the simulator over HTTPS with injected latency; the peer and cwsync's client pull
# the same tenant, each in its own process). Without npm/node the peer rows are skipped with a message.
#
#   benchmarks/peer/run.sh --quick                                   # 10,000 records at 100 ms, under 2 minutes
#   benchmarks/peer/run.sh --records 50000,250000 --latency-ms 100,300
#   benchmarks/peer/run.sh --records 50000 --latency-ms 100 --clients peer,cwsync --java-opts "-Xmx256m"
#   benchmarks/peer/run.sh --records 250000 --clients peer,cwsync@serial64,cwsync-ranged,cwsync-ranged@serial256+cds
#   benchmarks/peer/run.sh --records 250000 --latency-ms 100 --clients peer,cwsync-ranged@serial256,cwsync-ranged-jdbc@serial128
#
# Options are PeerComparisonBenchmark's (see its Javadoc). CWSYNC_PEER_DIR reuses an existing install;
# CWSYNC_SKIP_BUILD=1 uses benchmarks/target/benchmarks.jar as it is.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
JAR="$ROOT/benchmarks/target/benchmarks.jar"
PEER_VERSION="1.3.0"

if [[ "${CWSYNC_SKIP_BUILD:-0}" != "1" || ! -f "$JAR" ]]; then
  echo "building $JAR (mvn -B -q -pl benchmarks -am -DskipTests package)" >&2
  (cd "$ROOT" && mvn -B -q -pl benchmarks -am -DskipTests -Dcwsync.publish.skip=true package)
fi

PEER_ARGS=()
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "npm or node not found: the connectwise-rest rows are skipped" >&2
else
  PEER_DIR="${CWSYNC_PEER_DIR:-}"
  if [[ -z "$PEER_DIR" ]]; then
    PEER_DIR="$(mktemp -d -t cwsync-peer.XXXXXX)"
    trap 'rm -rf "$PEER_DIR"' EXIT
  fi
  if [[ ! -d "$PEER_DIR/node_modules/connectwise-rest" ]]; then
    echo "installing connectwise-rest@$PEER_VERSION into $PEER_DIR" >&2
    (cd "$PEER_DIR" && [[ -f package.json ]] || echo '{"private":true}' > "$PEER_DIR/package.json")
    if ! (cd "$PEER_DIR" && npm install --silent --no-audit --no-fund "connectwise-rest@$PEER_VERSION" >&2); then
      echo "npm install connectwise-rest@$PEER_VERSION failed: the connectwise-rest rows are skipped" >&2
    fi
  fi
  PEER_ARGS=(--peer-dir "$PEER_DIR")
fi

# Not exec: the EXIT trap removes the temporary peer install afterwards. 5 GB: a 250,000-record tenant takes about
# 0.4 GB and its records' cached JSON 1.05 GB (the simulator caches up to a quarter of the heap).
java -Xmx5g -Dlogback.configurationFile=/dev/null -cp "$JAR" io.cwsync.benchmarks.PeerComparisonBenchmark \
  "${PEER_ARGS[@]}" "$@"
