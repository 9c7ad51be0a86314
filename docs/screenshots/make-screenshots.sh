#!/usr/bin/env bash
# Captures every workspace tab of a demo incident, in light mode (and the replay in dark mode), and the Live
# view watching a real simulated exhaustion, into docs/screenshots/*.png, on a 1440×900 screen; then every tab again
# on a 1024×700 screen (the console fills it) into docs/screenshots/small/*.png. Needs Xvfb and imagemagick
# (apt-get install -y xvfb libgtk-3-0 imagemagick).
# Usage, from the repository root: bash docs/screenshots/make-screenshots.sh
# LIFEGUARD_SIZES="1024x700" shoots one size only; LIFEGUARD_SHOTS="whatif hazard" some shots only ("team": the
# two-console team-store picture, drawn by a TestFX run).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
work=$(mktemp -d)
trap 'kill "${xvfb_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

[ -n "${LIFEGUARD_SKIP_BUILD:-}" ] || mvn -B -q -pl desktop -am package -DskipTests
jar=desktop/target/lifeguard.jar

# A display nobody else uses (other sessions may hold :99), with a screen of the size asked for.
start_screen() { # WIDTHxHEIGHT
  n=${LIFEGUARD_SCREEN:-141}
  while [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
  display=:$n
  Xvfb "$display" -screen 0 "$1x24" -nolisten tcp &
  xvfb_pid=$!
  sleep 2
}
stop_screen() {
  kill "$xvfb_pid" 2>/dev/null || true
  wait "$xvfb_pid" 2>/dev/null || true
  xvfb_pid=
}
# The console's settings (window place, theme) for these runs only, never the user's own.
prefs="-Djava.util.prefs.userRoot=$work/prefs -Dlifeguard.prefs.node=/dev/lifeguard/screenshots"

java -jar "$jar" demo --db "$work/demo.db" >/dev/null
demo=${LIFEGUARD_SHOT_INCIDENT:-INC-20260312-LEAK}

shoot_one() { # name tab theme [incident]
  local ready="$work/$1.ready"
  rm -f "$ready"
  DISPLAY=$display java $prefs -Dprism.order=sw -Dlifeguard.theme="$3" -Dlifeguard.open="${4:-$demo}" -Dlifeguard.tab="$2" \
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

# The Live view watching `simulate exhaustion-test.json --engine real --serve-metrics`, captured a few
# scrapes after the simulator's first connection timeout (so the critical alert is listed).
shoot_live() { # name
  local sim_err="$work/sim.err" url="" timeouts=0
  java -jar "$jar" simulate docs/scenarios/exhaustion-test.json --engine real --speed 1 \
    --serve-metrics 127.0.0.1:0 >"$work/sim.out" 2>"$sim_err" &
  local sim=$!
  for _ in $(seq 1 120); do
    url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/metrics' "$sim_err" || true)
    [ -n "$url" ] && break
    sleep 1
  done
  [ -n "$url" ] || { echo "warning: $1: the simulator never served metrics" >&2; kill "$sim" 2>/dev/null || true; return 0; }
  DISPLAY=$display java $prefs -Dprism.order=sw -Dlifeguard.theme=light -Dlifeguard.live="$url" \
    -Dlifeguard.live.interval=1s -jar "$jar" --db "$work/demo.db" &
  local pid=$!
  for _ in $(seq 1 180); do
    timeouts=$(curl -s "$url" 2>/dev/null | awk '/^hikaricp_connections_timeout_total/ { n += $2 } END { print n + 0 }' || true)
    [ "${timeouts%.*}" -gt 0 ] && break
    sleep 1
  done
  sleep 8
  DISPLAY=$display import -window root "$out/$1.png"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  kill "$sim" 2>/dev/null || true
  wait "$sim" 2>/dev/null || true
  echo "wrote $out/$1.png"
}

# The import preview of a register table, with row 7 retargeted to an action item (-Dlifeguard.preview*).
shoot_preview() { # name file retarget
  local ready="$work/$1.ready"
  rm -f "$ready" # the other size's run left its own
  DISPLAY=$display java -Dprism.order=sw -Dlifeguard.theme=light -Dlifeguard.preview="$2" \
    -Dlifeguard.preview.retarget="$3" -Dlifeguard.readyFile="$ready" -Dlifeguard.settle="${LIFEGUARD_SETTLE:-4}" \
    -jar "$jar" --db "$work/demo.db" &
  local pid=$!
  for _ in $(seq 1 180); do [ -e "$ready" ] && break; sleep 1; done
  sleep 2
  [ -e "$ready" ] || echo "warning: $1: the preview never signalled ready; capturing anyway" >&2
  DISPLAY=$display import -window root "$out/$1.png"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "wrote $out/$1.png"
}

only=${LIFEGUARD_SHOTS:-}
shoot() { [ -z "$only" ] || [[ " $only " == *" $1 "* ]] || return 0; shoot_one "$@"; }

every_tab() {
  shoot overview Overview light
  shoot replay Replay light
  shoot replay-dark Replay dark
  shoot timeline Timeline light
  shoot whatif What-if light
  shoot postmortem Postmortem light
  # The slow-query demo is the one with a hazard-log entry.
  shoot hazard Hazard light INC-20260604-SLOW
  shoot insights Insights light
  if [ -z "$only" ] || [[ " $only " == *" live "* ]]; then shoot_live live; fi
  if [ -z "$only" ] || [[ " $only " == *" import-preview "* ]]; then
    shoot_preview import-preview desktop/src/test/resources/import/register-with-follow-up.md 7=action
  fi
}

for size in ${LIFEGUARD_SIZES:-1440x900 1024x700}; do
  out=docs/screenshots
  [ "$size" = 1440x900 ] || out=docs/screenshots/small
  mkdir -p "$out"
  start_screen "$size"
  every_tab
  stop_screen
done

# Two consoles on one library (the team store): drawn by a TestFX run that edits, signs the review off and opens
# the history in two real consoles, then writes both windows side by side (docs/screenshots/team-store.png).
if [ -z "$only" ] || [[ " $only " == *" team "* ]]; then
  mvn -B -q -pl desktop -am test -Dtest=TwoConsolesScreenshot -Dsurefire.failIfNoSpecifiedTests=false \
    -Djacoco.skip=true -Dlifeguard.screenshots="$PWD/docs/screenshots"
  echo "wrote docs/screenshots/team-store.png"
fi
