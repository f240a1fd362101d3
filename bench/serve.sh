#!/usr/bin/env bash
# apigw serve against its peers, in one run on loopback, with wrk (2 threads, 64 connections):
#   mock route          vs nginx `return 200`
#   HTTP proxy route    vs nginx `proxy_pass` to the same backend (an nginx `return 200`)
#   Lambda proxy route  vs serverless-offline 13 (serverless 3) running the same Node handler
# Reports requests/s and p50/p99 latency (medians over RUNS runs, apigw and its peer measured in
# turns), the median of apigw/peer over the turns, and the peak memory (VmHWM) of each server. Installs wrk and nginx (Debian) and serverless + serverless-offline (npm) itself.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
RUNS="${RUNS:-3}"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-64}"
# Long enough for the JIT to settle (nginx needs none; it gets the same).
WARMUP="${WARMUP:-10s}"
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

need_apt() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "bench: installing $2 from Debian's packages" >&2
    apt-get install -y "$2" >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y "$2" >/dev/null; }
  fi
}
need_apt wrk wrk
need_apt nginx nginx-light
# The Debian package may start a system nginx on port 80; this benchmark runs its own.
service nginx stop >/dev/null 2>&1 || true

sls_dir="$root/bench/.peers"
if [ ! -x "$sls_dir/node_modules/.bin/serverless" ]; then
  echo "bench: installing serverless@3 and serverless-offline@13 from npm into bench/.peers" >&2
  mkdir -p "$sls_dir"
  (cd "$sls_dir" && printf '{"name": "apigw-bench-peers", "private": true}\n' > package.json && npm install --no-audit --no-fund serverless@3 serverless-offline@13 >/dev/null)
fi

./mvnw -B -q -Dspotless.check.skip=true -DskipTests -pl cli -am package
jar="$root/cli/target/apigw.jar"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_for() { for _ in $(seq 1 300); do curl -s -o /dev/null "$1" && return 0; sleep 0.1; done; echo "bench: $1 never answered" >&2; exit 1; }
peak_kb() { awk '/VmHWM/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

backend_port=$(free_port); nginx_port=$(free_port); apigw_port=$(free_port); sls_port=$(free_port); lambda_port=$(free_port)

# nginx: the backend (return 200) and the peer (return 200, and proxy_pass to the backend).
cat > "$work/nginx.conf" <<NGINX
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  upstream backend { server 127.0.0.1:$backend_port; keepalive 64; }
  server { listen 127.0.0.1:$backend_port; location / { return 200 '{"ok":true}'; } }
  server {
    listen 127.0.0.1:$nginx_port;
    location /mock { return 200 '{"ok":true}'; }
    location /proxy { proxy_http_version 1.1; proxy_set_header Connection ""; proxy_pass http://backend/; }
  }
}
NGINX
nginx -c "$work/nginx.conf" -p "$work"
wait_for "http://127.0.0.1:$nginx_port/mock"

# The same Node handler for apigw and serverless-offline.
mkdir -p "$work/fn"
cat > "$work/fn/handler.js" <<'JS'
exports.hello = async (event) => ({ statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ok: true, path: event.path }) });
JS
cat > "$work/bench.apigw" <<APIGW
api bench: rest
function hello: nodejs20.x handler=handler.hello code=fn/ concurrency=4
GET /mock   -> mock 200 {"ok":true}
GET /proxy  -> http GET http://127.0.0.1:$backend_port/
GET /lambda -> lambda hello
APIGW
# Through the launcher, as users run it (its JVM flags for serve and its class data sharing archive).
"$root/apigw" serve "$work/bench.apigw" --port "$apigw_port" --access-log off --no-stage-prefix >"$work/apigw.log" 2>&1 &
apigw_pid=$!; pids+=("$apigw_pid")
wait_for "http://127.0.0.1:$apigw_port/mock"

cat > "$work/fn/serverless.yml" <<SLS
service: bench
frameworkVersion: '3'
provider: { name: aws, runtime: nodejs20.x, region: us-east-1 }
plugins: [serverless-offline]
custom: { serverless-offline: { httpPort: $sls_port, lambdaPort: $lambda_port, noPrependStageInUrl: true } }
functions:
  hello: { handler: handler.hello, events: [ { http: { method: get, path: lambda } } ] }
SLS
ln -s "$sls_dir/node_modules" "$work/fn/node_modules"
(cd "$work/fn" && SLS_TELEMETRY_DISABLED=1 SLS_NOTIFICATIONS_MODE=off AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x \
  "$sls_dir/node_modules/.bin/serverless" offline start >"$work/sls.log" 2>&1) &
pids+=("$!")
wait_for "http://127.0.0.1:$sls_port/lambda"
# The newest such process is this run's; it is not the subshell's pid, so it is stopped by its own.
sls_pid="$(pgrep -n -f "serverless offline start")"
pids+=("$sls_pid")

# One wrk run: prints "requests/s p50(ms) p99(ms)".
measure() {
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$1" 2>/dev/null | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    END { printf "%.0f %.3f %.3f\n", rps, p50, p99 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

row() { # name runs...
  local rps p50 p99
  rps=$(printf '%s\n' "${@:2}" | awk '{print $1}' | median)
  p50=$(printf '%s\n' "${@:2}" | awk '{print $2}' | median)
  p99=$(printf '%s\n' "${@:2}" | awk '{print $3}' | median)
  printf '| %-34s | %9s | %8s | %8s |' "$1" "$rps" "$p50" "$p99"
}

# A peer and apigw, warmed up, then measured in turns (peer, apigw, peer, apigw, ...), so that on a
# shared machine a busy spell falls on both; the last column is the median of apigw/peer per turn.
pair() { # peer-name peer-url apigw-name apigw-url
  local peer=() ours=() ratios=()
  for url in "$2" "$4"; do curl -s -o /dev/null "$url"; wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null 2>&1; done # warm-up
  for _ in $(seq 1 "$RUNS"); do
    peer+=("$(measure "$2")")
    ours+=("$(measure "$4")")
    ratios+=("$(awk -v a="${ours[-1]%% *}" -v p="${peer[-1]%% *}" 'BEGIN { printf "%.2f", (p > 0 ? a / p : 0) }')")
  done
  row "$1" "${peer[@]}"; echo " |"
  row "$3" "${ours[@]}"; echo " $(printf '%s\n' "${ratios[@]}" | median) |"
}

echo
echo "wrk -t2 -c$CONNECTIONS -d$DURATION --latency, median of $RUNS runs in turns with the peer after a $WARMUP warm-up of each"
echo
printf '| %-34s | %9s | %8s | %8s | %s |\n' "target" "req/s" "p50 ms" "p99 ms" "apigw/peer"
printf '|%s|%s|%s|%s|%s|\n' "------------------------------------" "-----------" "----------" "----------" "------------"
pair "nginx return 200" "http://127.0.0.1:$nginx_port/mock" "apigw mock route" "http://127.0.0.1:$apigw_port/mock"
pair "nginx proxy_pass" "http://127.0.0.1:$nginx_port/proxy" "apigw HTTP proxy route" "http://127.0.0.1:$apigw_port/proxy"
pair "serverless-offline Lambda (Node)" "http://127.0.0.1:$sls_port/lambda" "apigw Lambda proxy route (Node)" "http://127.0.0.1:$apigw_port/lambda"
echo
nginx_kb=0
for pid in $(pgrep -f "nginx: (master|worker)" || true); do nginx_kb=$((nginx_kb + $(peak_kb "$pid"))); done
lambda_kb=0
for pid in $(pgrep -P "$apigw_pid" || true); do lambda_kb=$((lambda_kb + $(peak_kb "$pid"))); done
echo "peak memory (VmHWM): apigw JVM $(( $(peak_kb "$apigw_pid") / 1024 )) MB + its Node workers $((lambda_kb / 1024)) MB;" \
  "nginx (all processes) $((nginx_kb / 1024)) MB; serverless-offline $(( $(peak_kb "${sls_pid:-0}") / 1024 )) MB"
