#!/usr/bin/env bash
# Gateway overhead benchmark (docs/security.md, "Gateway overhead benchmark").
#
# Starts, on loopback only and in a scratch directory, one profile-service (its own database
# profile_bench, no Kafka: listeners off) and one gateway in front of it, then drives the same
# authenticated route (GET /api/v1/tags/age as ANALYST: token validation, role matrix, Redis rate-limit
# check, routing, and on the service its own token validation and matrix) at a constant rate straight
# to the service and through the gateway, in alternating rounds of one run. Stops both at the end.
#
#   tools/gateway-bench/run-bench.sh            # uses the jars in */target, builds them if missing
#   BENCH_BUILD=1 tools/gateway-bench/run-bench.sh
#
# Env: BENCH_RATE (1000 req/s), BENCH_WARMUP (20 s per target), BENCH_ROUND (15 s), BENCH_ROUNDS (4),
# BENCH_NICE (e.g. -10: run the three JVMs at that priority, when other work shares the machine; root only),
# BENCH_GATEWAY_JVM_OPTS (extra gateway JVM options, e.g. a JFR recording to profile it),
# BENCH_GATEWAY_PORT (18080), BENCH_SERVICE_PORT (18081), POSTGRES_HOST/PORT/USER (127.0.0.1:5432
# postgres), REDIS_HOST/PORT (127.0.0.1:6379), JAVA_HOME.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
RATE="${BENCH_RATE:-1000}"
GATEWAY_PORT="${BENCH_GATEWAY_PORT:-18080}"
SERVICE_PORT="${BENCH_SERVICE_PORT:-18081}"
PG_HOST="${POSTGRES_HOST:-127.0.0.1}"
PG_PORT="${POSTGRES_PORT:-5432}"
PG_USER="${POSTGRES_USER:-postgres}"

log() { printf '[bench] %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

for port in "$GATEWAY_PORT" "$SERVICE_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then die "port $port is in use; set BENCH_GATEWAY_PORT / BENCH_SERVICE_PORT"; fi
done

jars=("$ROOT/profile-service/target/profile-service.jar" "$ROOT/gateway-service/target/gateway-service.jar"
  "$ROOT/tools/gateway-bench/target/gateway-bench.jar")
if [[ "${BENCH_BUILD:-0}" == 1 ]] || ! ls "${jars[@]}" >/dev/null 2>&1; then
  log "building the jars"
  (cd "$ROOT" && ./mvnw -B -q -Dmaven.test.skip=true package -pl profile-service,gateway-service,tools/gateway-bench -am)
fi

WORK="$(mktemp -d /tmp/banyan-gateway-bench.XXXXXX)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  done
  log "stopped; logs kept in $WORK"
  rm -f "$WORK"/*.jar
}
trap cleanup EXIT
cp "${jars[@]}" "$WORK/"   # run copies: a concurrent build may rewrite target/*.jar

if ! psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -Atc "select 1 from pg_database where datname = 'profile_bench'" | grep -q 1; then
  createdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" profile_bench
fi

SECRET="bench-$(openssl rand -hex 32)"
KEY="$(openssl rand -base64 32)"
JVM=(-Xms256m -Xmx512m -XX:+ExitOnOutOfMemoryError --enable-native-access=ALL-UNNAMED)
RUN=()
[[ -z "${BENCH_NICE:-}" ]] || RUN=(nice -n "$BENCH_NICE")

log "starting profile-service on 127.0.0.1:$SERVICE_PORT (database profile_bench, no Kafka)"
env SERVER_PORT="$SERVICE_PORT" SERVER_ADDRESS=127.0.0.1 POSTGRES_HOST="$PG_HOST" POSTGRES_PORT="$PG_PORT" \
  POSTGRES_USER="$PG_USER" POSTGRES_DB=profile_bench KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1 \
  SPRING_KAFKA_LISTENER_AUTO_STARTUP=false SPRING_KAFKA_ADMIN_AUTO_CREATE=false \
  BANYAN_SECURITY_JWT_SECRET="$SECRET" BANYAN_CRYPTO_ACTIVE_KEY_ID=bench1 BANYAN_CRYPTO_KEYS_BENCH1="$KEY" \
  ${RUN[@]+"${RUN[@]}"} "$JAVA" "${JVM[@]}" -jar "$WORK/profile-service.jar" >"$WORK/profile-service.log" 2>&1 &
PIDS+=($!)

log "starting gateway-service on 127.0.0.1:$GATEWAY_PORT"
env SERVER_PORT="$GATEWAY_PORT" SERVER_ADDRESS=127.0.0.1 PROFILE_SERVICE_URL="http://127.0.0.1:$SERVICE_PORT" \
  REDIS_HOST="${REDIS_HOST:-127.0.0.1}" REDIS_PORT="${REDIS_PORT:-6379}" BANYAN_SECURITY_JWT_SECRET="$SECRET" \
  BANYAN_GATEWAY_RATELIMITS_ANALYST_REPLENISHRATE=1000000 BANYAN_GATEWAY_RATELIMITS_ANALYST_BURSTCAPACITY=2000000 \
  ${RUN[@]+"${RUN[@]}"} "$JAVA" "${JVM[@]}" ${BENCH_GATEWAY_JVM_OPTS:-} -jar "$WORK/gateway-service.jar" >"$WORK/gateway-service.log" 2>&1 &
PIDS+=($!)

TOKEN="$(BANYAN_SECURITY_JWT_SECRET="$SECRET" TOKEN_SUBJECT="bench-$(date +%s)" TOKEN_TTL_SECONDS=7200 \
  "$ROOT/scripts/token.sh" ANALYST)"
for target in "http://127.0.0.1:$SERVICE_PORT" "http://127.0.0.1:$GATEWAY_PORT"; do
  for _ in $(seq 1 180); do
    code="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$target/api/v1/tags/age" || true)"
    [[ "$code" == 200 ]] && break
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null || die "a process exited; see $WORK/*.log"; done
    sleep 1
  done
  [[ "$code" == 200 ]] || die "$target/api/v1/tags/age does not answer 200 (got $code); see $WORK/*.log"
done

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; } # user + system time of a process, in clock ticks
SERVICE_CPU0="$(cpu_ticks "${PIDS[0]}")"
GATEWAY_CPU0="$(cpu_ticks "${PIDS[1]}")"
log "priority: ${BENCH_NICE:-0} (nice); machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $("$JAVA" -version 2>&1 | head -n 1); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
${RUN[@]+"${RUN[@]}"} "$JAVA" -Xmx256m -jar "$WORK/gateway-bench.jar" \
  --gateway "http://127.0.0.1:$GATEWAY_PORT" --direct "http://127.0.0.1:$SERVICE_PORT" --path /api/v1/tags/age \
  --token "$TOKEN" --rate "$RATE" --warmup "${BENCH_WARMUP:-20}" --round "${BENCH_ROUND:-15}" --rounds "${BENCH_ROUNDS:-4}"
log "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
# CPU per request, warm-up included: a load-independent cost, unlike latency on a shared machine. Each
# target gets rate x (warm-up + rounds x round) requests; the service serves both targets' requests.
per_target=$((RATE * (${BENCH_WARMUP:-20} + ${BENCH_ROUNDS:-4} * ${BENCH_ROUND:-15})))
tick_us=$((1000000 / $(getconf CLK_TCK)))
log "CPU per request: gateway $(( ($(cpu_ticks "${PIDS[1]}") - GATEWAY_CPU0) * tick_us / per_target )) µs, service $(( ($(cpu_ticks "${PIDS[0]}") - SERVICE_CPU0) * tick_us / (2 * per_target) )) µs (over $per_target requests per target)"
log "requests the gateway let through without a Redis check (should be 0): $(curl -s "http://127.0.0.1:$GATEWAY_PORT/actuator/prometheus" \
  | awk '/^banyan_gateway_ratelimit_unchecked_total/ {print $2}')"
