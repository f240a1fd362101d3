#!/usr/bin/env bash
# Time from launch to the first 200 of a Lambda route (Node handler, cold start included):
#   ./apigw serve samples/petstore.apigw  (GET /prod/pets)    vs
#   serverless-offline 13 with the same handler code           (GET /pets)
# Median of RUNS runs each. serverless and serverless-offline are installed by bench/serve.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
RUNS="${RUNS:-7}"
./apigw --version >/dev/null # builds the jar and its class data sharing archive if needed
sls_dir="$root/bench/.peers"
if [ ! -x "$sls_dir/node_modules/.bin/serverless" ]; then
  mkdir -p "$sls_dir"
  (cd "$sls_dir" && printf '{"name": "apigw-bench-peers", "private": true}\n' > package.json \
    && npm install --no-audit --no-fund serverless@3 serverless-offline@13 >/dev/null)
fi
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cp samples/functions/petstore/index.js "$work/index.js"
cat > "$work/serverless.yml" <<'SLS'
service: startup
frameworkVersion: '3'
provider: { name: aws, runtime: nodejs20.x, region: us-east-1 }
plugins: [serverless-offline]
custom: { serverless-offline: { noPrependStageInUrl: true } }
functions:
  pets: { handler: index.handler, events: [ { http: { method: get, path: pets } } ] }
SLS
ln -s "$sls_dir/node_modules" "$work/node_modules"

first_200() { # url, command...
  local url="$1"; shift
  local start end pid
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null)" = 200 ]; do sleep 0.01; done
  end=$(date +%s%N)
  pkill -P "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  sleep 0.3
  echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

apigw=(); sls=()
for _ in $(seq 1 "$RUNS"); do
  p=$(free_port)
  apigw+=("$(first_200 "http://127.0.0.1:$p/prod/pets" ./apigw serve samples/petstore.apigw --port "$p" --access-log off)")
  p=$(free_port); l=$(free_port)
  sls+=("$(cd "$work" && first_200 "http://127.0.0.1:$p/pets" env SLS_TELEMETRY_DISABLED=1 SLS_NOTIFICATIONS_MODE=off \
    AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x "$sls_dir/node_modules/.bin/serverless" offline start --httpPort "$p" --lambdaPort "$l")")
done
echo "time to the first 200 of a Lambda route, median of $RUNS runs:"
echo "  ./apigw serve samples/petstore.apigw      $(printf '%s\n' "${apigw[@]}" | median) ms   (runs: ${apigw[*]})"
echo "  serverless offline start (same handler)   $(printf '%s\n' "${sls[@]}" | median) ms   (runs: ${sls[*]})"
