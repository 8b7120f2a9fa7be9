#!/usr/bin/env bash
# Wipes the local platform's state so the next scripts/run-local.sh starts from scratch:
# stops what run-local.sh started, drops the four service databases (profile, recommendation,
# credit_risk, monitoring) and deletes the Kafka data (.run/kafka). Logs and .run/secrets are kept.
# Destructive: needs --yes.
#
# Environment (optional): POSTGRES_HOST/PORT/USER/PASSWORD as for run-local.sh.
set -euo pipefail

SCRIPT_NAME="reset-local"
# shellcheck source-path=SCRIPTDIR source=lib/local-platform.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/local-platform.sh"

if [[ "${1:-}" != "--yes" ]]; then
  cat >&2 <<USAGE
usage: scripts/reset-local.sh --yes
Stops the local platform, DROPS the databases profile, recommendation, credit_risk and monitoring
on ${POSTGRES_HOST:-127.0.0.1}:${POSTGRES_PORT:-5432} and deletes $KAFKA_DIR (all topics and offsets).
USAGE
  exit 2
fi

"$(dirname "${BASH_SOURCE[0]}")/stop-local.sh"
take_lock 30

export PGPASSWORD="${POSTGRES_PASSWORD:-}"
for row in "${BANYAN_APPS[@]}"; do
  db="$(app_field "$row" 4)"
  [[ "$db" == "-" ]] && continue
  psql -X -q -h "${POSTGRES_HOST:-127.0.0.1}" -p "${POSTGRES_PORT:-5432}" -U "${POSTGRES_USER:-postgres}" \
    -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
  log "dropped database $db"
done
rm -rf "$KAFKA_DIR" "$RUN_DIR/jars" "$RUN_DIR/last-build.stamp"
log "deleted $KAFKA_DIR; the next run-local.sh formats a fresh broker and recreates the databases"
