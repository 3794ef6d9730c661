#!/usr/bin/env bash
# Times `paike solve` on the bundled scenarios and, in the same run, the monolithic integer
# program (paike export --format mps) under glpsol and HiGHS with the same time limit.
# Usage: Benchmarks/default-scenarios.sh [TIME_LIMIT_SECONDS]   (needs: pip install highspy)
set -euo pipefail
cd "$(dirname "$0")/.."
limit=${1:-60}
swift build -c release --product paike >/dev/null
bin=.build/release/paike
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-24s %-10s %9s %8s %8s %7s %9s\n' scenario solver status objective bound gap seconds
for s in Scenarios/wensu/wensu.yaml Scenarios/wensu/hall_closed_week1.yaml Scenarios/wensu/extra_guides.yaml; do
  name=$(basename "$s" .yaml)
  start=$(date +%s.%N)
  set +e; "$bin" solve "$s" --out "$work/$name" --time-limit "$limit" >/dev/null 2>&1; code=$?; set -e
  secs=$(echo "$(date +%s.%N) - $start" | bc)
  python3 - "$work/$name/report.json" "$name" "$code" "$secs" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
def f(x, fmt): return fmt % x if x is not None else "-"
obj = r.get("objective"); b = r.get("bound"); g = r.get("gap")
print("%-24s %-10s %9s %8s %8s %7s %9.1f" % (sys.argv[2], "paike", "exit " + sys.argv[3], f(obj, "%.1f"), f(b, "%.1f"),
      f(g * 100 if g is not None else None, "%.1f%%"), float(sys.argv[4])))
PY
  "$bin" export "$s" --format mps --out "$work/$name.mps"
  start=$(date +%s.%N)
  glp=$(timeout $((limit + 120)) glpsol --freemps "$work/$name.mps" --tmlim "$limit" 2>&1 | grep -E '^[+*] ' | tail -1 || true)
  secs=$(echo "$(date +%s.%N) - $start" | bc)
  obj=$(echo "$glp" | sed -n 's/.*mip = *\([-0-9.e+]*\).*/\1/p; s/.*>>>>> *\([-0-9.e+]*\).*/\1/p' | head -1)
  printf '%-24s %-10s %9s %8s %8s %7s %9.1f\n' "$name" glpsol "limit" "${obj:--}" - - "$secs"
  python3 - "$work/$name.mps" "$limit" "$name" <<'PY'
import sys, time
import highspy
h = highspy.Highs(); h.setOptionValue("output_flag", False); h.setOptionValue("time_limit", float(sys.argv[2]))
h.readModel(sys.argv[1]); t = time.time(); h.run(); secs = time.time() - t
info = h.getInfo()
obj = info.objective_function_value if info.primal_solution_status == 2 else None
print("%-24s %-10s %9s %8s %8s %7s %9.1f" % (sys.argv[3], "highs", h.modelStatusToString(h.getModelStatus())[:9],
      "%.1f" % obj if obj is not None else "-", "%.1f" % info.mip_dual_bound, "%.1f%%" % (info.mip_gap * 100) if obj else "-", secs))
PY
done
