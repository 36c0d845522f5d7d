#!/usr/bin/env bash
# Done-when of #4: a reply to a sent touch (Postmark inbound, matched by In-Reply-To) yields one reply.classified
# for the right lead. Args: touch id.
set -euo pipefail
ACME=7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001
GW=http://localhost:8080
T=$(./agency-os token owner@acme.test | tail -1)
TOUCH=$(curl -s -H "Authorization: Bearer $T" "$GW/api/v1/touches/$1")
MSGID=$(echo "$TOUCH" | python3 -c 'import sys,json; print(json.load(sys.stdin)["messageId"])')
LEAD=$(echo "$TOUCH" | python3 -c 'import sys,json; print(json.load(sys.stdin)["leadId"])')
TO=$(echo "$TOUCH" | python3 -c 'import sys,json; print(json.load(sys.stdin)["to"])')
PASS="pm-$RANDOM$RANDOM"
echo "postmark secret: $(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $T" -H 'Content-Type: application/json' \
  -d "{\"kind\":\"postmark_basic\",\"value\":\"postmark:$PASS\"}" $GW/api/v1/tenants/me/provider-secrets)"
BODY=$(python3 - "$MSGID" "$TO" <<'PY'
import json, sys
msgid, to = sys.argv[1], sys.argv[2]
print(json.dumps({"From": to, "FromFull": {"Email": to, "Name": "Priya"}, "To": "sales@acme-agency.test",
  "Subject": "Re: a quick question", "MessageID": "pm-inbound-check-1",
  "TextBody": "Hi, yes this is timely. Could we book a call on Thursday at 10am?\n\nPriya\n\nOn Mon, someone wrote:\n> I'm reaching out because",
  "StrippedTextReply": "Hi, yes this is timely. Could we book a call on Thursday at 10am?",
  "MailboxHash": "", "Headers": [{"Name": "In-Reply-To", "Value": msgid}, {"Name": "References", "Value": msgid}]}))
PY
)
for i in $(seq 1 30); do
  out=$(curl -s -u "postmark:$PASS" -w ' HTTP %{http_code}' -H 'Content-Type: application/json' -d "$BODY" "$GW/webhooks/postmark/$ACME/inbound")
  [[ "$out" == *"HTTP 20"* ]] && break; sleep 1
done
echo "inbound: $out"
echo "again:   $(curl -s -u "postmark:$PASS" -w ' HTTP %{http_code}' -H 'Content-Type: application/json' -d "$BODY" "$GW/webhooks/postmark/$ACME/inbound")"
sleep 8
curl -s -H "Authorization: Bearer $T" "$GW/api/v1/leads/$LEAD" | python3 -c "
import sys,json
d=json.load(sys.stdin)
print('replies on lead $LEAD:', json.dumps(d.get('replies'))[:600])"
