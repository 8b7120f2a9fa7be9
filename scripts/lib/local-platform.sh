# shellcheck shell=bash disable=SC2034  # the variables are used by the scripts that source this file
# Shared by scripts/run-local.sh and scripts/stop-local.sh: the application table, the run folder
# layout and the helpers that decide whether a process is one of ours. Sourced, never executed.

BANYAN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN_DIR="$BANYAN_ROOT/.run"
LOG_DIR="$RUN_DIR/logs"
PID_DIR="$RUN_DIR/pids"
KAFKA_DIR="$RUN_DIR/kafka"
LOCK_FILE="$RUN_DIR/platform.lock"

# Every JVM we start carries these two system properties on its command line. They are how both
# scripts recognise "a process run-local.sh started from this checkout" (a pid file alone is not
# proof: pids are reused after a reboot or a crash).
RUN_MARKER="-Dbanyan.local.run=$RUN_DIR"
app_marker() { printf -- '-Dbanyan.local.app=%s' "$1"; }

# name | port | max heap | database ("-" = none). Start order = table order; the gateway last.
BANYAN_APPS=(
  "profile-service|8081|768m|profile"
  "recommendation-service|8082|1536m|recommendation"
  "credit-risk-service|8083|768m|credit_risk"
  "monitoring-service|8084|768m|monitoring"
  "gateway-service|8080|512m|-"
)
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093

app_field() { # app_field "<row>" <1-based field>
  local IFS='|'
  # shellcheck disable=SC2206
  local f=($1)
  printf '%s' "${f[$(($2 - 1))]}"
}

_ts() { date '+%H:%M:%S'; }
log() { printf '[%s %s] %s\n' "$(_ts)" "${SCRIPT_NAME:-banyan}" "$*"; }
warn() { printf '[%s %s] WARNING: %s\n' "$(_ts)" "${SCRIPT_NAME:-banyan}" "$*" >&2; }
die() {
  printf '[%s %s] ERROR: %s\n' "$(_ts)" "${SCRIPT_NAME:-banyan}" "$*" >&2
  exit 1
}

# True when something accepts TCP connections on host:port (bash /dev/tcp, no nc needed).
port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null
}

# Pid of the process listening on a local TCP port, if ss can tell (empty otherwise).
port_owner() {
  ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n1 | cut -d= -f2 || true
}

pid_alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }

# True when pid is alive AND its command line carries our run marker and the component's marker.
pid_is_ours() {
  local pid="$1" name="$2" cmdline
  pid_alive "$pid" || return 1
  cmdline="$({ tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null)" || return 1
  [[ "$cmdline" == *"$RUN_MARKER "* && "$cmdline" == *"$(app_marker "$name") "* ]]
}

# Pids of all live processes that carry our run marker (any component), one per line.
all_marked_pids() {
  local f pid cmdline
  for f in /proc/[0-9]*/cmdline; do
    pid="${f#/proc/}"
    pid="${pid%/cmdline}"
    [[ "$pid" == "$$" || "$pid" == "$BASHPID" ]] && continue
    cmdline="$({ tr '\0' ' ' <"$f"; } 2>/dev/null)" || continue
    [[ "$cmdline" == *"$RUN_MARKER "* && "$cmdline" == *java* ]] && printf '%s\n' "$pid"
  done
  return 0
}

marked_pid_of() { # first live process carrying the markers of component $1
  local pid
  while read -r pid; do
    if pid_is_ours "$pid" "$1"; then
      printf '%s' "$pid"
      return 0
    fi
  done < <(all_marked_pids)
  return 0
}

# Prints the pid of component $1 when one of ours is alive: the pid file is trusted only if that
# pid is alive and carries our markers; otherwise a marked process without (or with a stale) pid
# file is adopted and its pid file rewritten. Stale pid files are removed. Prints nothing if none.
running_pid() {
  local name="$1" pidfile="$PID_DIR/$1.pid" pid=""
  if [[ -f "$pidfile" ]]; then
    pid="$(tr -dc '0-9' <"$pidfile")"
    if pid_is_ours "$pid" "$name"; then
      printf '%s' "$pid"
      return 0
    fi
    rm -f "$pidfile"
  fi
  pid="$(marked_pid_of "$name")"
  if [[ -n "$pid" ]]; then
    mkdir -p "$PID_DIR"
    printf '%s\n' "$pid" >"$pidfile"
    printf '%s' "$pid"
  fi
  return 0
}

# Waits (up to 10 s) until a process just forked for component $2 has exec'd the JVM, i.e. its
# command line carries our markers; until then it is still a copy of the starting shell and would
# look like a stranger to pid_is_ours. Returns 1 if it never does (it died, or exec failed).
await_exec() {
  local pid="$1" name="$2" _
  for _ in $(seq 1 100); do
    pid_is_ours "$pid" "$name" && return 0
    pid_alive "$pid" || return 1
    sleep 0.1
  done
  return 1
}

# Serialises run-local.sh and stop-local.sh. fd 9 must not leak into the JVMs we start (they would
# hold the lock forever): every start command closes it with 9>&-.
take_lock() {
  mkdir -p "$RUN_DIR"
  exec 9>"$LOCK_FILE"
  flock -w "${1:-0}" 9 || die "another run-local.sh or stop-local.sh is running in $BANYAN_ROOT (lock $LOCK_FILE)"
}
