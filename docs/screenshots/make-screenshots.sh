#!/usr/bin/env bash
# Captures every workspace tab of a demo incident, in light mode (and the replay in dark mode), into
# docs/screenshots/*.png. Needs Xvfb and imagemagick (apt-get install -y xvfb libgtk-3-0 imagemagick).
# Usage, from the repository root: bash docs/screenshots/make-screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
work=$(mktemp -d)
trap 'kill "${xvfb_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

[ -n "${LIFEGUARD_SKIP_BUILD:-}" ] || mvn -B -q -pl desktop -am package -DskipTests
jar=desktop/target/lifeguard.jar

# A display nobody else uses (other sessions may hold :99).
n=${LIFEGUARD_SCREEN:-141}
while [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
display=:$n
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp &
xvfb_pid=$!
sleep 2

java -jar "$jar" demo --db "$work/demo.db" >/dev/null
demo=${LIFEGUARD_SHOT_INCIDENT:-INC-20260312-LEAK}

shoot_one() { # name tab theme [incident]
  local ready="$work/$1.ready"
  DISPLAY=$display java -Dprism.order=sw -Dlifeguard.theme="$3" -Dlifeguard.open="${4:-$demo}" -Dlifeguard.tab="$2" \
    -Dlifeguard.readyFile="$ready" -Dlifeguard.settle="${LIFEGUARD_SETTLE:-8}" -jar "$jar" --db "$work/demo.db" &
  local pid=$!
  # The console writes $ready once the incident is shown and settled; wait for it (at most 3 min).
  for _ in $(seq 1 180); do [ -e "$ready" ] && break; sleep 1; done
  sleep 2
  [ -e "$ready" ] || echo "warning: $1: the console never signalled ready; capturing anyway" >&2
  DISPLAY=$display import -window root "$out/$1.png"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "wrote $out/$1.png"
}

only=${LIFEGUARD_SHOTS:-}
shoot() { [ -z "$only" ] || [[ " $only " == *" $1 "* ]] || return 0; shoot_one "$@"; }

shoot overview Overview light
shoot replay Replay light
shoot replay-dark Replay dark
shoot timeline Timeline light
shoot whatif What-if light
shoot postmortem Postmortem light
# The slow-query demo is the one with a hazard-log entry.
shoot hazard Hazard light INC-20260604-SLOW
