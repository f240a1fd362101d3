#!/usr/bin/env bash
# Deploy speed and throttling.
# 1. A 300-route API deployed directly through fakes that answer 429 at API Gateway's control-plane rates
#    (limits.md), on a simulated clock: paced + retried (apigw) against retries only (what a client that does not
#    pace itself gets). The JUnit tests print calls, 429s, retries and simulated time.
# 2. Against moto on loopback (real HTTP, real time): the first direct deploy of a 300-route REST API, then the CI
#    case of a redeploy with nothing to change, apigw against the AWS CLI doing what a hand-written pipeline does
#    (put-rest-api --mode overwrite + create-deployment), with hyperfine.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

echo "== simulated throttling (JUnit, -Dapigw.fuzz=0)"
[ -n "${SKIP_SIMULATED:-}" ] || ./mvnw -B -q -Dapigw.fuzz=0 -Dspotless.check.skip=true test -pl deployers -am \
  -Dtest='V2ThrottlingTest,RestThrottlingTest' -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -E '300-route' || true

echo "== against moto"
work="$(mktemp -d)"
log="$work/moto.log"
moto_server -H 127.0.0.1 -p 0 >"$log" 2>&1 &
moto=$!
trap 'kill $moto 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do grep -q 'Running on' "$log" && break; sleep 0.1; done
endpoint="$(grep -o 'http://127.0.0.1:[0-9]*' "$log" | head -1)"
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1

python3 - "$work/big.apigw" <<'PY'
import sys
lines = ["api big300: rest, regional", 'description "300 routes"', "stage prod throttle 100/s burst 200 metrics", ""]
for i in range(300):
    lines.append(f"GET /items{i}/{{id}} -> http GET https://backend.example.com/items{i}/{{id}}")
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
PY

"$root/apigw" generate openapi "$work/big.apigw" --format json -o "$work/big.json" >/dev/null
start=$(date +%s.%N)
"$root/apigw" deploy "$work/big.apigw" --direct --yes --endpoint-url "$endpoint" >"$work/first.out" 2>"$work/first.err"
end=$(date +%s.%N)
echo "first direct deploy of 300 routes: $(python3 -c "print(round($end-$start,2))") s; $(tail -1 "$work/first.err")"
api_id="$(aws --endpoint-url "$endpoint" apigateway get-rest-apis --query "items[?name=='big300'].id" --output text)"

hyperfine --warmup 1 --runs "${RUNS:-10}" --export-json "$work/deploy.json" \
  -n "apigw deploy --direct (nothing changed)" \
  "$root/apigw deploy $work/big.apigw --direct --yes --endpoint-url $endpoint" \
  -n "aws apigateway put-rest-api + create-deployment" \
  "aws --endpoint-url $endpoint apigateway put-rest-api --rest-api-id $api_id --mode overwrite --body fileb://$work/big.json >/dev/null && aws --endpoint-url $endpoint apigateway create-deployment --rest-api-id $api_id --stage-name prod >/dev/null"
python3 - "$work/deploy.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f'  {r["command"]:50} median {r["median"]*1000:7.0f} ms')
PY
