#!/usr/bin/env bash
# Captures the Spring Boot fixtures Lifeguard's ingest and watch tests read:
#   postmortems/src/test/resources/ingest/boot/stock/      Boot defaults (acquire timer: _count, _sum, _max)
#   postmortems/src/test/resources/ingest/boot/histogram/  with
#     management.metrics.distribution.percentiles-histogram.hikaricp.connections.acquire=true (adds _bucket)
# Needs Maven and Maven Central (or a local repository holding Spring Boot 3.5). Usage: postmortems/boot-capture/capture.sh [-o]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="$here/../src/test/resources/ingest/boot"
mvn -B -q ${1:-} -f "$here/pom.xml" package -DskipTests
jar="$here/target/boot-capture-0.1.0-SNAPSHOT.jar"
java -jar "$jar" --capture.out="$dest/stock"
java -jar "$jar" --spring.profiles.active=histogram --capture.out="$dest/histogram"
