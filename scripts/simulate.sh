#!/usr/bin/env bash
# Runs the Banyan bank simulator (tools/simulator), building its jar first if it is missing or older
# than the sources. All arguments go to the simulator; see `scripts/simulate.sh --help`.
#
#   scripts/simulate.sh --preset tiny --out /tmp/tiny
#   scripts/simulate.sh --preset demo --kafka localhost:9092        # feed the locally running platform
#   scripts/simulate.sh respond --kafka localhost:9092 --ground-truth out/demo
#
# Environment (optional):
#   JAVA_HOME           JDK 21+ to use (default: the newest JDK 21+ under /usr/lib/jvm)
#   SIMULATOR_JAVA_OPTS JVM options (default: parallel GC, heap up to 60% of RAM)
#   SIMULATOR_REBUILD=1 rebuild the jar even if it looks current
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODULE="$ROOT/tools/simulator"
JAR="$MODULE/target/simulator.jar"

java_major() { # major version of the JDK at $1, empty if none
  local v
  [[ -x "$1/bin/java" ]] || return 0
  v="$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)"
  v="${v#1.}"
  printf '%s' "${v%%[.+-]*}"
}

pick_java() {
  if [[ -n "${JAVA_HOME:-}" && "$(java_major "$JAVA_HOME")" -ge 21 ]] 2>/dev/null; then
    return
  fi
  local best="" best_major=0 home major
  for home in /usr/lib/jvm/*; do
    major="$(java_major "$home")"
    if [[ -n "$major" && "$major" -ge 21 && "$major" -gt "$best_major" ]]; then
      best="$home"
      best_major="$major"
    fi
  done
  if [[ -z "$best" ]]; then
    echo "simulate.sh: no JDK 21+ found; set JAVA_HOME" >&2
    exit 1
  fi
  export JAVA_HOME="$best"
}

needs_build() {
  [[ "${SIMULATOR_REBUILD:-0}" == 1 || ! -f "$JAR" ]] && return 0
  [[ -n "$(find "$MODULE/src/main" "$MODULE/pom.xml" "$ROOT/common-lib/src/main" -newer "$JAR" -type f -print -quit 2>/dev/null)" ]]
}

pick_java
if needs_build; then
  echo "simulate.sh: building the simulator jar..." >&2
  (cd "$ROOT" && MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}" ./mvnw -B -q -DskipTests package -pl tools/simulator -am) >&2
fi

# Parallel GC: the simulator is a throughput job. A million customers live in about 2 GB; a large initial
# heap saves the many young collections that would otherwise copy the population as it is built.
JAVA_OPTS="${SIMULATOR_JAVA_OPTS:--XX:+UseParallelGC -XX:InitialRAMPercentage=15 -XX:MaxRAMPercentage=60}"
# shellcheck disable=SC2086
exec "$JAVA_HOME/bin/java" $JAVA_OPTS --enable-native-access=ALL-UNNAMED -jar "$JAR" "$@"
