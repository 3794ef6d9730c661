#!/usr/bin/env bash
# Scale suite: for each size and seed, `paike solve` against Paike's monolithic MPS under HiGHS,
# CBC and glpsol and a direct OR-Tools CP-SAT model, same time limit, same machine, one run.
# See "Scale suite (how to run)" in Benchmarks/README.md.
#
#   Benchmarks/scale-suite.sh [--sizes county,prefecture,province] [--seeds 1,2,3] [--time-limit S]
#                             [--scenario FILE] [--peers highs,cbc,glpsol,cpsat] [--work DIR] [--smoke] [--tight]
#
# --tight: scenarios from `paike generate --tight` (built around a planted timetable, ~95 % full).
#
# Needs: pip install highspy ortools pyyaml; apt-get install coinor-cbc glpk-utils time.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

sizes=county,prefecture,province
seeds=1,2,3
limit=600
scenario=
peers=highs,cbc,glpsol,cpsat
work=
tight=
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --seeds) seeds=$2; shift 2 ;;
    --time-limit) limit=$2; shift 2 ;;
    --scenario) scenario=$2; shift 2 ;;
    --peers) peers=$2; shift 2 ;;
    --work) work=$2; work_given=1; shift 2 ;;
    --smoke) sizes=county; seeds=1; limit=20; shift ;;
    --tight) tight=--tight; shift ;;
    -h|--help) sed -n 2,11p "$0"; exit 0 ;;
    *) echo "scale-suite.sh: unknown option $1" >&2; exit 64 ;;
  esac
done

for tool in /usr/bin/time python3; do
  [ -x "$(command -v $tool)" ] || { echo "scale-suite.sh: $tool is missing (apt-get install time)" >&2; exit 1; }
done
case ",$peers," in *,cbc,*) command -v cbc >/dev/null || { echo "scale-suite.sh: cbc is missing (apt-get install coinor-cbc)" >&2; exit 1; } ;; esac
case ",$peers," in *,glpsol,*) command -v glpsol >/dev/null || { echo "scale-suite.sh: glpsol is missing (apt-get install glpk-utils)" >&2; exit 1; } ;; esac

echo "== building paike (release)" >&2
swift build -c release --product paike >/dev/null
bin=$root/.build/release/paike

if [ -z "$work" ]; then work=$(mktemp -d /tmp/paike-scale.XXXXXX); fi
mkdir -p "$work" Benchmarks/results
day=$(date +%Y-%m-%d)
echo "== scratch in $work (MPS files can be hundreds of MB; delete it when done)" >&2

# One scenario: Paike, export, peers, check. $1 scenario file, $2 run folder.
run_one() {
  local s=$1 run=$2
  mkdir -p "$run"
  echo "== $(cat "$run/name"): paike solve" >&2
  local start end code
  start=$(date +%s.%N)
  set +e
  /usr/bin/time -f %M -o "$run/paike.mem" "$bin" solve "$s" --out "$run/paike" --time-limit "$limit" --timing \
    >"$run/paike.log" 2>&1
  code=$?
  set -e
  end=$(date +%s.%N)
  python3 - "$run" "$code" "$start" "$end" <<'PY'
import json, sys
run, code, start, end = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
try: peak = int(open(run + "/paike.mem").read().split()[-1])
except (OSError, ValueError, IndexError): peak = None
json.dump({"exit": code, "seconds": round(end - start, 3), "peak_kb": peak}, open(run + "/paike.json", "w"))
PY
  # The monolithic MPS only when a MIP peer reads it (a province's would not fit in memory).
  case ",$peers," in
    *,highs,*|*,cbc,*|*,glpsol,*)
      echo "== $(cat "$run/name"): paike export --format mps" >&2
      "$bin" export "$s" --format mps --out "$run/model.mps"
      ls -l "$run/model.mps" | awk '{printf "   MPS: %.1f MB\n", $5/1048576}' >&2 ;;
  esac
  for p in highs cbc glpsol; do
    case ",$peers," in *,$p,*) ;; *) touch "$run/$p.skipped"; continue ;; esac
    echo "== $(cat "$run/name"): $p" >&2
    python3 Benchmarks/peers/mip_peers.py "$run/model.mps" --solver "$p" --time-limit "$limit" --work "$run" \
      >"$run/$p.json" 2>"$run/$p.err" || echo "   $p failed: see $run/$p.err" >&2
    [ -s "$run/$p.json" ] || rm -f "$run/$p.json"
  done
  case ",$peers," in
    *,cpsat,*)
      echo "== $(cat "$run/name"): cpsat" >&2
      python3 Benchmarks/peers/cpsat_paike.py "$s" --time-limit "$limit" --workers 2 --out "$run/cpsat" \
        >"$run/cpsat.json" 2>"$run/cpsat.err" || echo "   cpsat failed: see $run/cpsat.err" >&2
      [ -s "$run/cpsat.json" ] || rm -f "$run/cpsat.json"
      if [ -f "$run/cpsat/timetable.csv" ]; then
        "$bin" check "$s" "$run/cpsat/timetable.csv" >"$run/cpsat-check.txt" 2>&1 || true
      fi ;;
    *) touch "$run/cpsat.skipped" ;;
  esac
  # The MPS is only scratch: keep the folder small unless --work was given.
  [ -n "${keep_mps:-}" ] || rm -f "$run/model.mps"
}

[ -n "${work_given:-}" ] && keep_mps=1
machine="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/Mem:/{print $2}') GiB"
header() {
  printf '# Scale suite, %s\n\nMachine: %s. Date: %s. Time limit %s s for every solver.\nCommand: `%s`\n\n' \
    "$1" "$machine" "$(date -u +%Y-%m-%dT%H:%MZ)" "$limit" "$2"
}
cmdline="Benchmarks/scale-suite.sh $*"
[ -n "$scenario" ] && cmdline="Benchmarks/scale-suite.sh --scenario $scenario --time-limit $limit --peers $peers"

if [ -n "$scenario" ]; then
  name=$(basename "$scenario" .yaml)
  run=$work/$name
  mkdir -p "$run"; echo "$name" >"$run/name"
  run_one "$scenario" "$run"
  results=Benchmarks/results/$day-$name.md
  header "$name" "$cmdline" >"$results"
  python3 Benchmarks/peers/summarise.py "$run" --out "$results"
  echo "== written $results" >&2
  exit 0
fi

IFS=, read -r -a size_list <<<"$sizes"
IFS=, read -r -a seed_list <<<"$seeds"
for size in "${size_list[@]}"; do
  results=Benchmarks/results/$day-$size${tight:+-tight}.md
  header "$size" "Benchmarks/scale-suite.sh --sizes $size --seeds $seeds --time-limit $limit --peers $peers $tight" >"$results"
  runs=()
  for seed in "${seed_list[@]}"; do
    run=$work/$size-$seed${tight:+-tight}
    mkdir -p "$run"; echo "$size${tight:+ tight} seed $seed" >"$run/name"
    echo "== $size seed $seed: paike generate $tight" >&2
    "$bin" generate --scale "$size" --seed "$seed" $tight --out "$run/scenario.yaml" ||
      { echo "scale-suite.sh: paike generate failed (use --scenario FILE to run one file)" >&2; exit 1; }
    run_one "$run/scenario.yaml" "$run"
    runs+=("$run")
  done
  python3 Benchmarks/peers/summarise.py "${runs[@]}" --out "$results"
  echo "== written $results" >&2
done
