#!/usr/bin/env bash
# Generation speed: SAM and CloudFormation for a 1,000-route REST API (JMH, warm, in memory).
# Goal: under 1 s inside the JVM. Prints the numbers BENCHMARKS.md records.
set -euo pipefail
cd "$(dirname "$0")/.."

mkdir -p target
./mvnw -B -q -Dspotless.check.skip=true -DskipTests -pl deployers -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
classpath="deployers/target/test-classes:deployers/target/classes:$(cat deployers/target/test.classpath)"

java -Dapigw.root="$(pwd)" -cp "$classpath" org.openjdk.jmh.Main GenerateBenchmark \
  -f "${FORKS:-2}" -wi "${WARMUP:-5}" -i "${ITERATIONS:-10}" -w 1s -r 1s -rf json -rff target/generate-bench.json

python3 - <<'MEDIANS'
import json
print("\nmedians:")
for row in json.load(open("target/generate-bench.json")):
    p = row["primaryMetric"]
    print(f'  {row["benchmark"].split(".")[-1]:24} p50 {p["scorePercentiles"]["50.0"]:9.1f} {p["scoreUnit"]}')
MEDIANS
