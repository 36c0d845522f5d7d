#!/usr/bin/env bash
# Done-when of #4 through the local stack: a signed HubSpot v3 submission posted with curl yields one form.received;
# the same submission again yields none.
set -euo pipefail
ACME=7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001
GW=http://localhost:8080
T=$(./agency-os token owner@acme.test | tail -1)
APP_SECRET="hubspot-app-secret-$RANDOM$RANDOM"
echo "provider secret: $(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $T" -H 'Content-Type: application/json' \
  -d "{\"kind\":\"hubspot_app\",\"value\":\"$APP_SECRET\"}" $GW/api/v1/tenants/me/provider-secrets)"
SUB="sub-$RANDOM$RANDOM"
EMAIL="hs.$SUB@northwind-logistics.com.au"
BODY="{\"submissionId\":\"$SUB\",\"formId\":\"3f1c9a7e-5b2d-4e8f-9a6c-1d2e3f4a5b6c\",\"fields\":[{\"name\":\"email\",\"value\":\"$EMAIL\"},{\"name\":\"firstname\",\"value\":\"Hana\"},{\"name\":\"lastname\",\"value\":\"Spot\"},{\"name\":\"jobtitle\",\"value\":\"Head of Marketing\"},{\"name\":\"company\",\"value\":\"Northwind Logistics\"}],\"context\":{\"pageUri\":\"https://northwind.example/contact\"},\"legalConsentOptions\":{\"consent\":{\"consentToProcess\":true,\"text\":\"I agree\"}}}"
post() {
  local ts sig
  ts=$(($(date +%s) * 1000))
  sig=$(printf '%s' "POST$GW/webhooks/hubspot/$ACME$BODY$ts" | openssl dgst -sha256 -hmac "$APP_SECRET" -binary | base64)
  curl -s -w ' HTTP %{http_code}\n' -H 'Content-Type: application/json' -H "X-HubSpot-Signature-v3: $sig" \
    -H "X-HubSpot-Request-Timestamp: $ts" -d "$BODY" "$GW/webhooks/hubspot/$ACME"
}
for i in $(seq 1 30); do out=$(post); [[ "$out" == *"HTTP 202"* ]] && break; sleep 1; done
echo "first:  $out"
echo "again:  $(post)"
sleep 8
echo "leads with that email in analytics: $(curl -s -H "Authorization: Bearer $T" "$GW/api/v1/leads?q=$EMAIL" | python3 -c 'import sys,json; d=json.load(sys.stdin); print(len(d.get("items", d if isinstance(d, list) else [])))')"
