#!/usr/bin/env bash
# Load test on loopback: publishes ConfBot as it ships (ReadyToRun) and builds the generator in Release, starts the real `confbot serve` (Http mode,
# talking to a fake Slack Web API the generator hosts), then drives it with signed slash commands and, in the same
# run, /healthz for comparison. Bounded: a first burst of SECONDS from the moment it is ready, a 3+1 s warm-up,
# then four phases of SECONDS each.
# Usage: scripts/load-test.sh [RATE=2000] [SECONDS=10] [CONNECTIONS=32]
# Exit code 0 when the targets hold (first burst p99 ≤ 1 s and nothing failed, p99 ≤ 20 ms at RATE, throughput ≥ 70 %
# of /healthz), 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source scripts/build-for-load.sh "$work/confbot"

dotnet "$generator" --confbot "$confbot_dll" --notes seeds \
  --rate "${1:-2000}" --seconds "${2:-10}" --connections "${3:-32}"
