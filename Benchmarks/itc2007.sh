#!/usr/bin/env bash
# Solves the bundled ITC-2007 track 3 instances with `paike itc2007 solve`, scores each solution
# with `paike itc2007 score` and prints a markdown table with the best known costs, the lower
# bound Paike proved and the published lower bound.
# Usage: Benchmarks/itc2007.sh [TIME_LIMIT_SECONDS] [INSTANCE...]   (default 300 s, comp01–comp07)
set -euo pipefail
cd "$(dirname "$0")/.."
limit=${1:-300}
shift || true
instances=("$@")
[ ${#instances[@]} -eq 0 ] && instances=(comp01 comp02 comp03 comp04 comp05 comp06 comp07)
swift build -c release --product paike >/dev/null
bin=.build/release/paike
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
declare -A best=([comp01]=5 [comp02]=24 [comp03]=64 [comp04]=35 [comp05]=284 [comp06]=27 [comp07]=6)
echo "| instance | hard violations | cost | best known | cost ÷ best | Paike's lower bound | published lower bound | seconds | peak MB |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for i in "${instances[@]}"; do
  f=Benchmarks/itc2007/instances/$i.ctt
  start=$(date +%s.%N)
  set +e
  /usr/bin/time -f "%M" -o "$work/$i.mem" "$bin" itc2007 solve "$f" --out "$work/$i.sol" --time-limit "$limit" 2>"$work/$i.err"
  set -e
  secs=$(echo "$(date +%s.%N) - $start" | bc)
  set +e; "$bin" itc2007 score "$f" "$work/$i.sol" >"$work/$i.score" 2>&1; set -e
  hard=$(sed -n 's/^Violations of .* : \([0-9]*\)$/\1/p' "$work/$i.score" | paste -sd+ | bc)
  cost=$(sed -n 's/^Cost of .* : \([0-9]*\)$/\1/p' "$work/$i.score" | paste -sd+ | bc)
  mem=$(( $(tail -1 "$work/$i.mem") / 1024 ))
  bound=$(sed -n 's/^lower bound \([0-9]*\) .*/\1/p' "$work/$i.err"); bound=${bound:-none}
  published=$(sed -n 's/.*published for .*, lower bound \([0-9]*\)$/\1/p' "$work/$i.err"); published=${published:-?}
  ratio=$(echo "scale=2; $cost / ${best[$i]}" | bc)
  printf '| %s | %s | %s | %s | %s | %s | %s | %.1f | %s |\n' "$i" "$hard" "$cost" "${best[$i]}" "$ratio" "$bound" "$published" "$secs" "$mem"
done
