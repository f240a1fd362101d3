#!/usr/bin/env bash
# apigw lint against Spectral (@stoplight/spectral-cli, the spectral:oas ruleset) on the same files,
# in one run, with hyperfine:
#   a synthetic OpenAPI definition of OPERATIONS operations (bench/lint-api.py; default 10,000)
#   the PetStore sample (samples/petstore.openapi.yaml, and samples/petstore.apigw for apigw alone)
# Both commands exit non-zero when they find problems; hyperfine ignores exit codes here.
# Installs hyperfine (Debian) and spectral-cli (npm, into bench/.peers) itself.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
RUNS="${RUNS:-10}"
SPECTRAL_RUNS="${SPECTRAL_RUNS:-3}"
OPERATIONS="${OPERATIONS:-10000}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT

if ! command -v hyperfine >/dev/null 2>&1; then
  echo "bench: installing hyperfine from Debian's packages" >&2
  apt-get install -y hyperfine >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y hyperfine >/dev/null; }
fi
peers="$root/bench/.peers"
if [ ! -x "$peers/node_modules/.bin/spectral" ]; then
  echo "bench: installing @stoplight/spectral-cli from npm into bench/.peers" >&2
  mkdir -p "$peers"
  [ -f "$peers/package.json" ] || printf '{"name": "apigw-bench-peers", "private": true}\n' > "$peers/package.json"
  (cd "$peers" && npm install --no-audit --no-fund @stoplight/spectral-cli@6 >/dev/null)
fi
spectral="$peers/node_modules/.bin/spectral"
printf 'extends: ["spectral:oas"]\n' > "$work/.spectral.yaml"

./apigw --version >/dev/null # builds the jar and its class data sharing archive if needed
python3 bench/lint-api.py "$work/big.json" "$OPERATIONS"
echo "synthetic definition: $OPERATIONS operations, $(wc -c < "$work/big.json") bytes" >&2
./apigw lint "$work/big.json" | tail -n 1 >&2 || true
"$spectral" lint -q -r "$work/.spectral.yaml" "$work/big.json" 2>/dev/null | tail -n 1 >&2 || true

hyperfine -N -i -w 1 -r "$SPECTRAL_RUNS" --export-json "$work/big.json.out" \
  "./apigw lint $work/big.json" \
  "$spectral lint -q -r $work/.spectral.yaml $work/big.json"
hyperfine -N -i -w 2 -r "$RUNS" --export-json "$work/small.json.out" \
  "./apigw lint samples/petstore.apigw" \
  "./apigw lint samples/petstore.openapi.yaml" \
  "$spectral lint -q -r $work/.spectral.yaml samples/petstore.openapi.yaml"
python3 - "$work/big.json.out" "$work/small.json.out" <<'PY'
import json, sys
print("| command | median | min | max | runs |")
print("|---|---|---|---|---|")
for f in sys.argv[1:]:
    for r in json.load(open(f))["results"]:
        print(f"| `{r['command']}` | {r['median']*1000:,.0f} ms | {r['min']*1000:,.0f} ms | {r['max']*1000:,.0f} ms | {len(r['times'])} |")
PY
