#!/bin/sh
# Virtual-engine benchmarks (docs/benchmarks.md, "pool-sim: virtual engine"). Run from the repository root:
#   sh pool-sim/src/test/bench/run-benchmarks.sh [ROUNDS] [SIMPY_REQUESTS]
# 1. 1 h at 1000 rps through the HikariCP model (target <= 1 s wall), and the engine's event loop against
#    a minimal hand-written M/M/c+D loop on the same requests (target >= 0.5x its throughput);
# 2. the same M/M/c+D model in SimPy (Debian python3-simpy, installed here if missing): target >= 100x.
set -eu
ROUNDS=${1:-5}
SIMPY_REQUESTS=${2:-50000}
PY=/usr/bin/python3
if ! "$PY" -c "import SimPy.Simulation" 2>/dev/null && ! "$PY" -c "import simpy" 2>/dev/null; then
    echo "installing python3-simpy ..."
    if [ "$(id -u)" = 0 ]; then apt-get install -y python3-simpy >/dev/null; else sudo apt-get install -y python3-simpy >/dev/null; fi
fi
mvn -B -q -pl pool-sim -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
CP="pool-sim/target/test-classes:pool-sim/target/classes:$(cat pool-sim/target/bench.cp)"
echo "== virtual engine (best of $ROUNDS rounds after one warm-up round)"
java -cp "$CP" dev.lifeguard.poolsim.bench.VirtualEngineBench "$ROUNDS" | tee target/bench-engine.txt
echo "== SimPy, same M/M/c+D model, $SIMPY_REQUESTS requests"
"$PY" pool-sim/src/test/bench/simpy_mmcd.py "$SIMPY_REQUESTS" 1000 0.027 30 1.0 7 | tee target/bench-simpy.txt
ENGINE=$(sed -n 's/^ENGINE_REQ_PER_SEC=//p' target/bench-engine.txt)
SIMPY=$(sed -n 's/^SIMPY_REQ_PER_SEC=//p' target/bench-simpy.txt)
awk -v e="$ENGINE" -v s="$SIMPY" 'BEGIN { printf "ratio engine/SimPy requests per wall second: %.0fx (target >= 100x)\n", e / s }'
