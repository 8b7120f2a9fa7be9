#!/bin/sh
# Triggers one Banyan batch job through the gateway, as the scheduler (role BATCH).
#   trigger-job.sh JOB [QUERY] [JSON_BODY] [KEY_SCOPE]
# QUERY and JSON_BODY may contain @DATE@, replaced by the business date (yesterday, in BANYAN_BUSINESS_ZONE).
# The bearer token: a client-credentials grant against BANYAN_OIDC_TOKEN_URL when it is set (production),
# else BANYAN_BATCH_TOKEN (a token minted for role BATCH, e.g. by scripts/token.sh in HMAC mode).
# The Idempotency-Key is job + business date (KEY_SCOPE "date", the default), so a retried Kubernetes Job never
# starts a second run; KEY_SCOPE "minute" keys a job that runs several times a day by the minute it started.
set -eu
job="$1"; query="${2:-}"; body="${3:-}"; scope="${4:-date}"
business_date="$(TZ="${BANYAN_BUSINESS_ZONE:-Asia/Shanghai}" date -d "@$(( $(date +%s) - 86400 ))" +%Y-%m-%d)"
query="$(printf '%s' "$query" | sed "s/@DATE@/$business_date/g")"
body="$(printf '%s' "$body" | sed "s/@DATE@/$business_date/g")"
if [ "$scope" = minute ]; then key="$job-$(date -u +%Y%m%dT%H%M)"; else key="$job-$business_date${query:+-$query}"; fi

if [ -n "${BANYAN_OIDC_TOKEN_URL:-}" ]; then
  token="$(curl -fsS --max-time 30 -u "$BANYAN_OIDC_CLIENT_ID:$BANYAN_OIDC_CLIENT_SECRET" \
    -d grant_type=client_credentials -d "scope=${BANYAN_OIDC_SCOPE:-banyan}" "$BANYAN_OIDC_TOKEN_URL" \
    | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')"
else
  token="${BANYAN_BATCH_TOKEN:?set BANYAN_BATCH_TOKEN or BANYAN_OIDC_TOKEN_URL}"
fi
[ -n "$token" ] || { echo "no access token obtained" >&2; exit 1; }

url="${BANYAN_GATEWAY_URL:-http://gateway-service:8080}/api/v1/jobs/$job${query:+?$query}"
echo "POST $url (business date $business_date)"
status="$(curl -sS --max-time 120 -o /tmp/response -w '%{http_code}' -X POST \
  -H "Authorization: Bearer $token" -H "Idempotency-Key: $key" \
  -H 'Content-Type: application/json' ${body:+--data "$body"} "$url")"
cat /tmp/response; echo
case "$status" in
  2*) echo "accepted ($status)" ;;
  *) echo "refused or failed ($status)" >&2; exit 1 ;;
esac
