#!/usr/bin/env bash
# Records what a real Prometheus answers for histogram_quantile over each bucket set in bucket-sets.txt, into
# answers.tsv (set, q, answer as Prometheus wrote it). HistogramQuantileTest compares Lifeguard's implementation
# with these answers. Needs promtool, prometheus, curl and jq (Debian: apt-get install prometheus jq curl).
# Run from this folder: ./record.sh   (recorded with prometheus 2.42.0+ds from Debian 12)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
at=1700000000
# 1. the bucket sets as OpenMetrics, all at one instant
{
  echo "# TYPE hq histogram"
  grep -v '^#' "$here/bucket-sets.txt" | while IFS=$'\t' read -r name pairs; do
    for pair in $pairs; do
      echo "hq_bucket{set=\"$name\",le=\"${pair%%=*}\"} ${pair#*=} $at"
    done
  done
  echo "# EOF"
} > "$work/sets.om"
# 2. backfilled into a TSDB block, 3. served by a real Prometheus on loopback
promtool tsdb create-blocks-from openmetrics "$work/sets.om" "$work/data" > /dev/null
printf 'global:\n  scrape_interval: 1h\n' > "$work/prometheus.yml"
port=19099
prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/data" \
  --storage.tsdb.retention.time=100y --web.listen-address="127.0.0.1:$port" > "$work/prometheus.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/-/ready" > /dev/null && break; sleep 0.2; done
# 4. one instant query per quantile
out="$here/answers.tsv"
echo "# set	q	histogram_quantile(q, hq_bucket) at $at, from $(prometheus --version 2>&1 | head -1)" > "$out"
for q in 0 0.25 0.5 0.9 0.95 0.99 1 -0.5 1.5; do
  curl -sf "http://127.0.0.1:$port/api/v1/query" --data-urlencode "query=histogram_quantile($q, hq_bucket)" \
      --data-urlencode "time=$at" \
    | jq -r --arg q "$q" '.data.result[] | [.metric.set, $q, .value[1]] | @tsv' | sort >> "$out"
done
echo "wrote $(grep -vc '^#' "$out") answers to $out"
