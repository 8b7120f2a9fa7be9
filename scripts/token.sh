#!/usr/bin/env bash
# Mints a development bearer token (HS256) and prints only the token, for curl:
#
#   scripts/token.sh ROLE[,ROLE...] [customerId]
#   curl -H "Authorization: Bearer $(scripts/token.sh ADMIN)" http://127.0.0.1:8080/api/v1/tags
#   curl -H "Authorization: Bearer $(scripts/token.sh APP C0000123)" http://127.0.0.1:8080/api/v1/customers/C0000123
#
# Roles: ADMIN ANALYST FRONTLINE APP BATCH OPS (docs/security.md). Claims: iss, aud, sub, roles,
# customerId (when given), iat, exp (1 h).
#
# The HMAC secret is the one the gateway and the services validate with:
#   1. env BANYAN_SECURITY_JWT_SECRET, else
#   2. the git-ignored file the local run (scripts/run-local.sh) generates at its first start:
#      .run/secrets/jwt-secret (or .run/jwt-secret): one line, the secret text itself, used as UTF-8
#      bytes exactly like the environment variable (at least 32 bytes).
#
# Optional env: BANYAN_SECURITY_JWT_ISSUER (default banyan-local), BANYAN_SECURITY_JWT_AUDIENCE
# (default banyan-api), TOKEN_SUBJECT (default dev-<first role, lower case>), TOKEN_TTL_SECONDS (3600).
# Needs bash and openssl only.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROLES_KNOWN=(ADMIN ANALYST FRONTLINE APP BATCH OPS)

die() {
  printf 'token.sh: %s\n' "$1" >&2
  exit "${2:-1}"
}

usage() {
  printf 'usage: scripts/token.sh ROLE[,ROLE...] [customerId]\n  roles: %s\n' "${ROLES_KNOWN[*]}" >&2
  exit 2
}

[[ $# -ge 1 && $# -le 2 ]] || usage
[[ "$1" != -h && "$1" != --help ]] || usage

command -v openssl >/dev/null || die "openssl is needed (apt-get install -y openssl)"

# --- roles -------------------------------------------------------------------------------------
IFS=',' read -r -a roles <<<"$1"
[[ ${#roles[@]} -gt 0 ]] || usage
roles_json=""
for role in "${roles[@]}"; do
  role="${role//[[:space:]]/}"
  known=0
  for candidate in "${ROLES_KNOWN[@]}"; do [[ "$role" == "$candidate" ]] && known=1; done
  [[ $known == 1 ]] || die "unknown role '$role'; roles: ${ROLES_KNOWN[*]}" 2
  roles_json+="${roles_json:+,}\"$role\""
done

customer="${2:-}"
if [[ -n "$customer" && ! "$customer" =~ ^[A-Za-z0-9._:-]{1,64}$ ]]; then
  die "customerId '$customer' must be 1-64 of A-Z a-z 0-9 . _ : -" 2
fi

# --- secret ------------------------------------------------------------------------------------
secret="${BANYAN_SECURITY_JWT_SECRET:-}"
if [[ -z "$secret" ]]; then
  for file in "$ROOT/.run/secrets/jwt-secret" "$ROOT/.run/jwt-secret"; do
    if [[ -s "$file" ]]; then
      secret="$(head -n 1 "$file" | tr -d '\r\n')"
      break
    fi
  done
fi
[[ -n "$secret" ]] || die "no signing secret: set BANYAN_SECURITY_JWT_SECRET, or start the platform once with scripts/run-local.sh (it writes .run/secrets/jwt-secret)"
(( $(printf '%s' "$secret" | wc -c) >= 32 )) || die "the secret is shorter than 32 bytes; the gateway and the services would refuse it"

# --- claims ------------------------------------------------------------------------------------
issuer="${BANYAN_SECURITY_JWT_ISSUER:-banyan-local}"
audience="${BANYAN_SECURITY_JWT_AUDIENCE:-banyan-api}"
first_role="${roles[0]//[[:space:]]/}"
subject="${TOKEN_SUBJECT:-dev-${first_role,,}}"
ttl="${TOKEN_TTL_SECONDS:-3600}"
[[ "$ttl" =~ ^[0-9]+$ ]] || die "TOKEN_TTL_SECONDS must be a number of seconds" 2
for value in "$issuer" "$audience" "$subject"; do
  [[ "$value" != *[\"\\]* ]] || die "issuer, audience and subject may not contain quotes or backslashes" 2
done
now="$(date +%s)"

payload="{\"iss\":\"$issuer\",\"aud\":\"$audience\",\"sub\":\"$subject\",\"roles\":[$roles_json]"
[[ -z "$customer" ]] || payload+=",\"customerId\":\"$customer\""
payload+=",\"iat\":$now,\"exp\":$((now + ttl))}"

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

header="$(printf '%s' '{"alg":"HS256","typ":"JWT"}' | b64url)"
body="$(printf '%s' "$payload" | b64url)"
signature="$(printf '%s' "$header.$body" | openssl dgst -sha256 -mac HMAC -macopt "key:$secret" -binary | b64url)"

printf '%s.%s.%s\n' "$header" "$body" "$signature"
