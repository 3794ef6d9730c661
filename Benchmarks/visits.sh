#!/usr/bin/env bash
# Follow-up visits (跟踪回访) at scale: generated scenarios with rosters and visiting teams
# (`paike generate --rosters --teams N`), planned by `paike visits --timing`, then visits.csv
# re-checked here: every town exactly once, every tour within its team's towns and minutes a
# day. Prints per seed: towns, visited, tours, tours enumerated (the program's columns),
# team-days, travel minutes, planning seconds (tours + GLPK), the command's wall seconds, status.
#
#   Benchmarks/visits.sh [--seeds 1,2,3] [--scale prefecture|county] [--teams 5] [--weeks 4] [--config release|debug]
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=1,2,3
scale=prefecture
teams=5
weeks=4
config=release
while [ $# -gt 0 ]; do
  case "$1" in
    --seeds) seeds=$2; shift 2 ;;
    --scale) scale=$2; shift 2 ;;
    --teams) teams=$2; shift 2 ;;
    --weeks) weeks=$2; shift 2 ;;
    --config) config=$2; shift 2 ;;
    -h|--help) sed -n 2,8p "$0"; exit 0 ;;
    *) echo "visits.sh: unknown option $1" >&2; exit 64 ;;
  esac
done
[ -n "${PAIKE_SKIP_BUILD:-}" ] || swift build -c "$config" --product paike >/dev/null
bin=.build/$config/paike
work=$(mktemp -d /tmp/paike-visits.XXXXXX)
trap 'rm -rf "$work"' EXIT
printf '%-10s %-4s %5s %7s %5s %9s %9s %7s %7s %7s %-7s %s\n' scale seed towns visited tours enumerated team_days travel plan_s wall_s status check
for seed in ${seeds//,/ }; do
  s=$work/$scale-$seed.yaml
  "$bin" generate --scale "$scale" --seed "$seed" --rosters --teams "$teams" --out "$s" 2>/dev/null
  # Visits start the Monday at least a week after the programme ends.
  from=$(python3 - "$s" <<'PY'
import datetime, re, sys
end = re.search(r'\n  end: "?(\d{4}-\d{2}-\d{2})', open(sys.argv[1]).read()).group(1)
d = datetime.date.fromisoformat(end) + datetime.timedelta(days=7)
print(d + datetime.timedelta(days=(7 - d.weekday()) % 7))
PY
)
  start=$(date +%s.%N)
  set +e; "$bin" visits "$s" --from "$from" --weeks "$weeks" --out "$work/out-$seed" --timing --lang en >"$work/stdout" 2>"$work/stderr"; code=$?; set -e
  secs=$(echo "$(date +%s.%N) - $start" | bc)
  python3 - "$work/out-$seed/visits.csv" "$s" "$work/stdout" "$work/stderr" "$scale" "$seed" "$secs" "$code" <<'PY'
import csv, re, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")))
text = open(sys.argv[2], encoding="utf-8").read()
teams = {m[0]: (int(m[1]), int(m[2])) for m in re.findall(r'\{id: (team_\d+),.*?max_visits_per_day: (\d+), max_minutes_per_day: (\d+)\}', text)}
out, err = open(sys.argv[3]).read(), open(sys.argv[4]).read()
m = re.search(r': (\d+) of (\d+) towns visited in (\d+) day tours .*?, (\d+) minutes of travel \((\d+) tours possible, (\d+) team-days\)', out)
visited, towns, tours, travel, enumerated, team_days = (int(x) for x in m.groups()) if m else (0,) * 6
plan = re.search(r'planning took ([\d.]+) s', err)
problems = []
done = [r for r in rows if r["date"]]
ids = [r["town_id"] for r in done]
if len(ids) != len(set(ids)): problems.append("a town twice")
if len(set(r["town_id"] for r in rows)) != towns: problems.append("towns missing from visits.csv")
by_tour = {}
for r in done: by_tour.setdefault((r["date"], r["team_id"]), []).append(r)
for (day, team), stops in by_tour.items():
    k, minutes = teams[team]
    if len(stops) > k or int(stops[0]["tour_minutes"]) > minutes: problems.append(f"{team} {day} over its day")
print("%-10s %-4s %5d %7d %5d %9d %9d %7d %7s %7.2f %-7s %s" % (sys.argv[5], sys.argv[6], towns, visited, tours, enumerated, team_days, travel,
      plan.group(1) if plan else "-", float(sys.argv[7]), "exit " + sys.argv[8], "; ".join(problems) or "ok"))
PY
done
