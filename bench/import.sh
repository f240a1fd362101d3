#!/usr/bin/env bash
# Import speed: apigw's OpenAPI reader vs swagger-parser on the shared fixtures (JMH, warm, in memory),
# then the whole CLI cold (hyperfine) validating every fixture. Prints the numbers BENCHMARKS.md records.
set -euo pipefail
cd "$(dirname "$0")/.."
fixtures="$(cd .. && pwd)/shared/fixtures"
[ -d "$fixtures" ] || { echo "bench: $fixtures is missing" >&2; exit 2; }

./mvnw -B -q -Dspotless.check.skip=true -DskipTests -pl cli -am package
./mvnw -B -q -Dspotless.check.skip=true -DskipTests -pl model,openapi-import test-compile
cp_file="$(mktemp)"
./mvnw -B -q -pl openapi-import dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
classpath="openapi-import/target/test-classes:openapi-import/target/classes:model/target/classes:model/target/test-classes:$(cat "$cp_file")"
rm -f "$cp_file"

java -Dapigw.root="$(pwd)" -cp "$classpath" org.openjdk.jmh.Main ImportBenchmark \
  -f "${FORKS:-2}" -wi "${WARMUP:-5}" -i "${ITERATIONS:-10}" -w 1s -r 1s -rf json -rff target/import-bench.json

if command -v hyperfine >/dev/null 2>&1; then
  mapfile -t files < <(find "$fixtures/openapi-corpus" "$fixtures/aws-apigw" -type f | sort)
  largest="$(ls -S "$fixtures/openapi-corpus"/* | head -1)"
  hyperfine --warmup 2 --runs "${RUNS:-10}" -i \
    -n "apigw validate (all ${#files[@]} fixtures)" "java -jar cli/target/apigw.jar validate ${files[*]}" \
    -n "apigw validate (largest: $(basename "$largest"))" "java -jar cli/target/apigw.jar validate $largest"
else
  echo "bench: hyperfine is not installed (apt-get install hyperfine); skipped the CLI timing" >&2
fi
