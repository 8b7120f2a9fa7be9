#!/usr/bin/env bash
# Makes sure promtool is available, so monitoring-service's PrometheusRulesTest runs instead of
# skipping (promtool check rules / test rules / dashboard queries).
#
# promtool comes from Debian's `prometheus` package. The package is only downloaded and unpacked
# (apt-get download + dpkg-deb -x), never installed: nothing is configured, no service is started,
# no dependency is pulled in; promtool is a static Go binary that needs only libc.
#
# Where it goes: /usr/local/bin when writable (CI runs as root), otherwise .run/tools/bin in the
# repository (ignored by git), which PrometheusRulesTest also looks in. Prints promtool's path.
# Idempotent: does nothing when promtool is already on PATH or in .run/tools/bin.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
local_bin="$repo/.run/tools/bin"

if command -v promtool >/dev/null 2>&1; then
  command -v promtool
  exit 0
fi
if [ -x "$local_bin/promtool" ]; then
  echo "$local_bin/promtool"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-deb >/dev/null 2>&1; then
  echo "ensure-promtool: no apt-get/dpkg-deb here; install Prometheus' promtool by hand" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# apt drops privileges to _apt for downloads; let it write into the work directory.
chmod 0777 "$work"
(cd "$work" && apt-get download -q prometheus >/dev/null 2>"$work/apt.err") || {
  # The package lists may be missing on a fresh machine: refresh them once and retry.
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -q >/dev/null
    (cd "$work" && apt-get download -q prometheus >/dev/null)
  else
    cat "$work/apt.err" >&2
    exit 1
  fi
}
dpkg-deb -x "$work"/prometheus_*.deb "$work/root"

if [ -w /usr/local/bin ]; then
  target=/usr/local/bin
else
  target="$local_bin"
  mkdir -p "$target"
fi
install -m 0755 "$work/root/usr/bin/promtool" "$target/promtool"
"$target/promtool" --version >/dev/null
echo "$target/promtool"
