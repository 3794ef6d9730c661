#!/usr/bin/env bash
# Shadowing placements at county scale: the generated county (seed 1) with 20 host units and a
# two-day placement (跟班学习) for the five classes with two free days (186 cadres), solved
# and re-checked (timetable.csv with placements.csv). Prints the wall time and the result.
# With --rosters the county also lists its village secretaries by name (about 200 cadres) with
# about 15 mentors (`paike generate --rosters`): placements, mentoring and rosters in one solve,
# and the check re-reads mentors.csv too.
# Usage: Benchmarks/placements.sh [TIME_LIMIT_SECONDS] [debug|release] [--rosters]
set -euo pipefail
cd "$(dirname "$0")/.."
limit=${1:-60}
config=${2:-release}
rosters=
[ "${3:-}" = --rosters ] && rosters=--rosters
[ -n "${PAIKE_SKIP_BUILD:-}" ] || swift build -c "$config" --product paike >/dev/null
bin=.build/$config/paike
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" generate --scale county --seed 1 $rosters --out "$work/county.yaml" >/dev/null
python3 - "$work/county.yaml" "$work/placements.yaml" <<'PY'
import sys, yaml
d = yaml.safe_load(open(sys.argv[1]))
sites = [s["id"] for s in d["sites"]]
topics = ["rural_revitalisation", "grassroots_governance", "industry", "petitions_mediation", "party_building", "rule_of_law"]
hosts = []
for i in range(20):
    # Capacities 4–8 (120 places in all, fewer than the 186 cadres: blocks must be staggered),
    # spread over the county's sites, two topics each.
    hosts.append({"id": f"host_{i + 1:02d}", "name": f"跟班单位{i + 1}", "kind": ["host_unit", "village", "community", "enterprise"][i % 4],
                  "site": sites[i % len(sites)], "capacity": 30, "host_capacity": 4 + i % 5,
                  "topics": {topics[i % 6]: 5 - i % 3, topics[(i + 2) % 6]: 2 + i % 3}})
d["venues"] += hosts
d["courses"].append({"id": "shadowing", "title": "乡镇机关跟班学习", "form": "placement", "days": 2, "hosts": [h["id"] for h in hosts]})
takers = ["secretaries_3", "leaders_4", "young_1", "young_2", "young_4"]
for g in d["groups"]:
    if g["id"] in takers:
        g["required"].append("shadowing")
print("cadres out:", sum(g["size"] for g in d["groups"] if g["id"] in takers), "host places:", sum(h["host_capacity"] for h in hosts),
      "cadres by name:", len(d.get("cadres", [])), "mentors:", len(d.get("mentors", [])), file=sys.stderr)
yaml.safe_dump(d, open(sys.argv[2], "w"), allow_unicode=True, sort_keys=False)
PY
"$bin" validate "$work/placements.yaml"
start=$(date +%s.%N)
set +e; "$bin" solve "$work/placements.yaml" --out "$work/out" --time-limit "$limit" | head -1; code=${PIPESTATUS[0]}; set -e
secs=$(echo "$(date +%s.%N) - $start" | bc)
echo "solve: exit $code, $secs s"
cat "$work/out/placements.csv" | python3 -c "
import sys, csv
rows = list(csv.DictReader(l.lstrip('\ufeff') for l in sys.stdin))
blocks = sorted({(r['group_id'], r['start_date'], r['end_date']) for r in rows})
for b in blocks: print('  ', *b, sum(int(r['count']) for r in rows if (r['group_id'], r['start_date'], r['end_date']) == b), 'cadres')
print('  rows:', len(rows), 'hosts used:', len({r['host_id'] for r in rows}))"
"$bin" check "$work/placements.yaml" "$work/out/timetable.csv"
