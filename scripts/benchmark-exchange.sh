#!/usr/bin/env bash
# The exchange benchmark (not a test): N outbox records (default 1 000 000) through the province peer to the
# shipped simulator (its own JVM), and in the same run the raw limit (read + map + serialise + send to a
# discarding sink). Prints records/s, peak heap and the ratio.
#   scripts/benchmark-exchange.sh [records] [batchSize]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
records="${1:-1000000}"
batch="${2:-500}"
if [ ! -f integrations/simulators/province/target/anjian-simulator-province-*-all.jar ] \
   || [ ! -d integrations/province/target/test-classes ]; then
  mvn -B -q install -DskipTests -pl integrations/province -am
fi
mvn -B -q -pl integrations/province test-compile
cpfile="$PWD/integrations/province/target/benchmark.classpath"
mvn -B -q -pl integrations/province dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cpfile"
# run from a private copy of everything on the classpath, so that a rebuild meanwhile cannot pull a jar
# from under the running JVMs
snap=integrations/province/target/benchmark/snapshot
rm -rf "$snap" && mkdir -p "$snap/lib"
cp -r integrations/province/target/test-classes "$snap/test-classes"
cp -r integrations/province/target/classes "$snap/classes"
cp integrations/simulators/province/target/anjian-simulator-province-*-all.jar "$snap/simulator.jar"
cp=""
IFS=':' read -ra jars <<< "$(cat "$cpfile")"
for j in "${jars[@]}"; do
  cp "$j" "$snap/lib/" && cp="$cp:$snap/lib/$(basename "$j")"
done
exec java -Xmx${ANJIAN_BENCH_HEAP:-1g} -Danjian.simulator.jar="$snap/simulator.jar" \
  -cp "$snap/test-classes:$snap/classes$cp" \
  org.anjian.exchange.province.ExchangeBenchmark "$records" "$batch" integrations/province/target/benchmark
