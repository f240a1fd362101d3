#!/usr/bin/env bash
# Import speed: apigw's OpenAPI reader vs swagger-parser on the shared fixtures (JMH, warm, in memory),
# then the whole CLI cold (hyperfine) validating every fixture. Prints the numbers BENCHMARKS.md records.
set -euo pipefail
cd "$(dirname "$0")/.."
fixtures="$(cd .. && pwd)/shared/fixtures"
[ -d "$fixtures" ] || { echo "bench: $fixtures is missing" >&2; exit 2; }

mkdir -p target
# One reactor run builds the jars and writes each module's test classpath to its target/ (the
# reactor resolves our own modules to the jars it just built).
./mvnw -B -q -Dspotless.check.skip=true -DskipTests -pl cli -am package dependency:build-classpath \
  -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
classpath="openapi-import/target/test-classes:openapi-import/target/classes:$(cat openapi-import/target/test.classpath)"

java -Dapigw.root="$(pwd)" -cp "$classpath" org.openjdk.jmh.Main ImportBenchmark \
  -f "${FORKS:-2}" -wi "${WARMUP:-5}" -i "${ITERATIONS:-10}" -w 1s -r 1s -rf json -rff target/import-bench.json

if ! command -v hyperfine >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  echo "bench: installing hyperfine from Debian's packages" >&2
  apt-get install -y hyperfine >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y hyperfine >/dev/null 2>&1; } || true
fi
if command -v hyperfine >/dev/null 2>&1; then
  mapfile -t files < <(find "$fixtures/openapi-corpus" "$fixtures/aws-apigw" -type f | sort)
  largest="$(ls -S "$fixtures/openapi-corpus"/* | head -1)"
  hyperfine --warmup 2 --runs "${RUNS:-10}" -i --export-json target/import-cli.json \
    -n "apigw validate (all ${#files[@]} fixtures)" "java -jar cli/target/apigw.jar validate ${files[*]}" \
    -n "apigw validate (largest: $(basename "$largest"))" "java -jar cli/target/apigw.jar validate $largest" \
    -n "apigw validate samples/petstore.apigw" "java -jar cli/target/apigw.jar validate samples/petstore.apigw" \
    -n "apigw routes samples/petstore.openapi.yaml" "java -jar cli/target/apigw.jar routes samples/petstore.openapi.yaml"
else
  echo "bench: hyperfine is not installed (apt-get install hyperfine); skipped the CLI timing" >&2
fi
python3 - <<'MEDIANS'
import json
print("\nmedians:")
for row in json.load(open("target/import-bench.json")):
    p = row["primaryMetric"]
    print(f'  {row["benchmark"].split(".")[-1]:24} p50 {p["scorePercentiles"]["50.0"]:9.1f} {p["scoreUnit"]}')
try:
    for r in json.load(open("target/import-cli.json"))["results"]:
        print(f'  {r["command"]:60} median {r["median"] * 1000:7.0f} ms')
except FileNotFoundError:
    pass
MEDIANS
