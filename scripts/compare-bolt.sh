#!/usr/bin/env bash
# ConfBot beside a minimal Slack Bolt for JavaScript app, each server alone on 127.0.0.1 under the same signed slash
# command load from the same generator (tools/ConfBot.LoadTest), REPS times in turn: a first burst of RATE/s for
# SECONDS from the moment each is ready, a warm-up, RATE/s for SECONDS, then saturation at CONNECTIONS connections.
# ConfBot answers with BM25 only; Bolt acks a fixed text. Bolt 5.1.0 is installed from npm into a temporary folder,
# removed at exit. Prints Markdown tables (per repetition, medians, ratios ConfBot/Bolt) and the load average.
# Usage: scripts/compare-bolt.sh [REPS=3] [RATE=2000] [SECONDS=10] [CONNECTIONS=32]
# Exit code 0 when ConfBot's CPU per command at saturation is at most Bolt's (median ratio ≤ 1) and its first burst
# met p99 ≤ 1 s with nothing failed in every repetition, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

reps=${1:-3} rate=${2:-2000} seconds=${3:-10} connections=${4:-32}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "installing @slack/bolt@5.1.0 into $work" >&2
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent @slack/bolt@5.1.0 >/dev/null)
# The smallest Bolt app that answers a slash command: the default receiver (HTTPReceiver, Bolt's HTTP receiver
# since 3.0), signature checked, processBeforeResponse left false, a fixed-text ack. Its one auth.test goes to the
# generator's fake Slack, as ConfBot's does.
cat >"$work/app.js" <<'EOF'
const { App } = require('@slack/bolt');

const app = new App({
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  token: 'xoxb-load-test',
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
});

app.command('/confbot', async ({ ack }) => {
  await ack('fixed text');
});

app.start({ port: Number(process.env.PORT), host: '127.0.0.1' });
EOF

echo "publishing ConfBot (ReadyToRun) and building the load generator (Release)" >&2
source scripts/build-for-load.sh "$work/confbot"
load=(--rate "$rate" --seconds "$seconds" --connections "$connections" --skip-healthz)

start_load=$(cut -d' ' -f1-3 /proc/loadavg)
summaries=()
for rep in $(seq 1 "$reps"); do
  for server in confbot bolt; do
    echo "repetition $rep/$reps: $server" >&2
    if [ "$server" = confbot ]; then
      target=(--confbot "$confbot_dll" --notes seeds --search words)
    else
      target=(--server bolt --bolt-app "$work")
    fi
    # ConfBot's own run exits 1 when it misses a target; its summary is still written and compared below.
    dotnet "$generator" "${target[@]}" "${load[@]}" --summary "$work/$server-$rep.json" >"$work/$server-$rep.md" || true
    [ -s "$work/$server-$rep.json" ] || { cat "$work/$server-$rep.md" >&2; echo "$server run $rep failed" >&2; exit 1; }
    summaries+=("$work/$server-$rep.json")
  done
done

echo "### ConfBot vs Slack Bolt for JavaScript $(node -p "require('$work/node_modules/@slack/bolt/package.json').version")"
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), node $(node --version), .NET $(dotnet --version), $reps repetitions;" \
  "load average (1/5/15 min) $start_load at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end."
echo
dotnet "$generator" compare "${summaries[@]}"
