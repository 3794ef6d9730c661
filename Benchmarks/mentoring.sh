#!/usr/bin/env bash
# Mentoring (导师帮带) at scale: generated counties with rosters (`paike generate --rosters`,
# about 200 village secretaries and 15 mentors each) solved, then re-checked by `paike check`,
# which re-reads mentors.csv. Prints per seed: cadres, mentors, matched, unmet, matching seconds
# (report.json with --timing), the solve's wall seconds and status, and the check's verdict.
#
#   Benchmarks/mentoring.sh [--seeds 1,2,3] [--time-limit S] [--scale county|prefecture]
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=1,2,3
limit=30
scale=county
while [ $# -gt 0 ]; do
  case "$1" in
    --seeds) seeds=$2; shift 2 ;;
    --time-limit) limit=$2; shift 2 ;;
    --scale) scale=$2; shift 2 ;;
    -h|--help) sed -n 2,7p "$0"; exit 0 ;;
    *) echo "mentoring.sh: unknown option $1" >&2; exit 64 ;;
  esac
done
[ -n "${PAIKE_SKIP_BUILD:-}" ] || swift build -c release --product paike >/dev/null
bin=.build/release/paike
work=$(mktemp -d /tmp/paike-mentoring.XXXXXX)
trap 'rm -rf "$work"' EXIT
printf '%-6s %-5s %7s %7s %7s %5s %10s %9s %-7s %s\n' scale seed cadres mentors matched unmet match_s solve_s status check
for seed in ${seeds//,/ }; do
  s=$work/$scale-$seed.yaml
  "$bin" generate --scale "$scale" --seed "$seed" --rosters --out "$s" 2>/dev/null
  start=$(date +%s.%N)
  set +e; "$bin" solve "$s" --out "$work/out-$seed" --time-limit "$limit" --timing >/dev/null 2>&1; code=$?; set -e
  secs=$(echo "$(date +%s.%N) - $start" | bc)
  set +e; check=$("$bin" check "$s" "$work/out-$seed/timetable.csv" | grep 'mentors.csv:' | sed 's/.*mentors.csv: //'); set -e
  python3 - "$work/out-$seed/report.json" "$s" "$scale" "$seed" "$secs" "$code" "$check" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); m = r.get("mentoring", {})
def section(name):
    lines, inside = [], False
    for l in open(sys.argv[2]).read().split("\n"):
        if not l.startswith(" ") and l.endswith(":"): inside = l == name + ":"; continue
        if inside and l.startswith("  - "): lines.append(l)
    return len(lines)
cadres, mentors = section("cadres"), section("mentors")
print("%-6s %-5s %7d %7d %7d %5d %10.2f %9.1f %-7s %s" % (sys.argv[3], sys.argv[4], cadres, mentors, len(m.get("pairs", [])),
      len(m.get("unmet", [])), m.get("seconds", float("nan")), float(sys.argv[5]), "exit " + sys.argv[6], sys.argv[7]))
PY
done
