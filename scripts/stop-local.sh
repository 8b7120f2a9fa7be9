#!/usr/bin/env bash
# Stops exactly the processes scripts/run-local.sh started from this checkout: the gateway and the
# services first, Kafka last. Each gets SIGTERM (graceful shutdown), then SIGKILL after a timeout.
# A pid is signalled only if that process is alive AND carries run-local.sh's markers on its
# command line, so a stale pid file can never hit an unrelated process.
# PostgreSQL and Redis are shared infrastructure and are left running.
#
# Environment (optional):
#   BANYAN_STOP_TIMEOUT   seconds to wait after SIGTERM before SIGKILL (default 45; Spring's
#                         graceful shutdown allows 20 s per phase)
set -euo pipefail

SCRIPT_NAME="stop-local"
# shellcheck source-path=SCRIPTDIR source=lib/local-platform.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/local-platform.sh"

STOP_TIMEOUT="${BANYAN_STOP_TIMEOUT:-45}"

# stop_group <name>... : SIGTERM to every running component named, wait, SIGKILL the stragglers.
stop_group() {
  local name pid
  local -a names=() pids=()
  for name in "$@"; do
    pid="$(running_pid "$name")"
    if [[ -z "$pid" ]]; then
      log "$name: not running"
      rm -f "$PID_DIR/$name.pid"
      continue
    fi
    log "$name: SIGTERM to pid $pid"
    kill -TERM "$pid" 2>/dev/null || true
    names+=("$name")
    pids+=("$pid")
  done
  ((${#pids[@]} > 0)) || return 0

  local deadline=$(($(date +%s) + STOP_TIMEOUT)) i alive
  while true; do
    alive=0
    for i in "${!pids[@]}"; do
      pid_is_ours "${pids[$i]}" "${names[$i]}" && alive=1
    done
    ((alive == 0)) && break
    if (($(date +%s) >= deadline)); then
      for i in "${!pids[@]}"; do
        if pid_is_ours "${pids[$i]}" "${names[$i]}"; then
          warn "${names[$i]}: still running ${STOP_TIMEOUT}s after SIGTERM; SIGKILL to pid ${pids[$i]}"
          kill -KILL "${pids[$i]}" 2>/dev/null || true
        fi
      done
      sleep 1
      break
    fi
    sleep 1
  done
  for i in "${!pids[@]}"; do
    if pid_is_ours "${pids[$i]}" "${names[$i]}"; then
      warn "${names[$i]}: pid ${pids[$i]} survived SIGKILL"
    else
      log "${names[$i]}: stopped"
      rm -f "$PID_DIR/${names[$i]}.pid"
    fi
  done
}

main() {
  if [[ ! -d "$RUN_DIR" ]]; then
    log "nothing to stop ($RUN_DIR does not exist)"
    exit 0
  fi
  take_lock 30

  local row
  local -a apps=()
  # The gateway first so no client traffic reaches a stopping service, then the services together.
  for row in "${BANYAN_APPS[@]}"; do
    [[ "$(app_field "$row" 1)" == gateway-service ]] && apps=(gateway-service "${apps[@]+"${apps[@]}"}") ||
      apps+=("$(app_field "$row" 1)")
  done
  stop_group "${apps[0]}"
  stop_group "${apps[@]:1}"
  # Kafka last: the services flush producers and leave their consumer groups while it is still up.
  stop_group kafka

  local leftover
  leftover="$(all_marked_pids | tr '\n' ' ')"
  if [[ -n "${leftover// /}" ]]; then
    die "processes started by run-local.sh are still running: $leftover"
  fi
  log "everything run-local.sh started is stopped (PostgreSQL and Redis left running)"
}

main "$@"
