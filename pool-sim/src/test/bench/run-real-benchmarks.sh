#!/bin/sh
# Real-engine benchmarks (docs/benchmarks.md, "pool-sim: real engine"). Run from the repository root:
#   sh pool-sim/src/test/bench/run-real-benchmarks.sh [ROUNDS]
# 1. harness overhead: the engine's request path against bare HikariCP doing the same work (target <= 1.10x);
# 2. the bundled 10-minute, 100 requests/s stress scenario at the default speed (target <= 60 s, no distortion);
# 3. how long a cancelled run takes to stop and clean up (target <= 1 s).
set -eu
ROUNDS=${1:-7}
mvn -B -q -pl pool-sim -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/real-bench.cp -Dmdep.includeScope=test
CP="pool-sim/target/test-classes:pool-sim/target/classes:$(cat pool-sim/target/real-bench.cp)"
echo "== real engine, load average $(cut -d' ' -f1 /proc/loadavg)"
java -cp "$CP" dev.lifeguard.poolsim.bench.RealEngineBench "$ROUNDS"
