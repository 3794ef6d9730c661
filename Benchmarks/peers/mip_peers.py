#!/usr/bin/env python3
"""Runs a general MIP solver on Paike's monolithic MPS (`paike export --format mps`) with a time
limit and prints one JSON object: status, objective over time, final objective, bound, seconds.

    mip_peers.py MODEL.mps --solver highs|cbc|glpsol --time-limit S [--work DIR]

Times are wall-clock seconds since the solver was launched (reading the MPS included), so they
compare with `paike solve`'s own history, which also starts at launch. The MPS is never read
into Python: HiGHS reads it itself, CBC and glpsol get its path.

Needs: highspy (PyPI), cbc (Debian coinor-cbc), glpsol (Debian glpk-utils), /usr/bin/time.
"""
import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time

NUM = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"


def run_highs(mps, limit, work):
    import highspy
    t0 = time.monotonic()
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("time_limit", float(limit))
    h.setOptionValue("threads", 2)
    history = []

    def improving(e):
        z = e.data_out.objective_function_value
        history.append([round(time.monotonic() - t0, 3), z])

    h.cbMipImprovingSolution.subscribe(improving)
    h.readModel(mps)
    h.run()
    secs = time.monotonic() - t0
    info = h.getInfo()
    has = info.primal_solution_status == 2
    bound = info.mip_dual_bound
    return {
        "status": h.modelStatusToString(h.getModelStatus()),
        "objective": info.objective_function_value if has else None,
        "bound": bound if bound not in (float("inf"), float("-inf")) else None,
        "seconds": round(secs, 3),
        "history": history,
        # The child does nothing else, so its peak is HiGHS's peak (plus Python's ~30 MB).
        "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }


def timed_lines(cmd, limit, memfile):
    """Runs cmd under /usr/bin/time, yielding (seconds since launch, line) as lines arrive."""
    hard = limit + max(30, limit / 2)  # glpsol cannot stop inside a long LP; do not wait for ever
    full = ["/usr/bin/time", "-f", "%M", "-o", memfile, "timeout", str(int(hard)), "stdbuf", "-oL"] + cmd
    t0 = time.monotonic()
    p = subprocess.Popen(full, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace", bufsize=1)
    for line in p.stdout:
        yield time.monotonic() - t0, line.rstrip("\n")
    p.wait()
    yield time.monotonic() - t0, None


def peak(memfile):
    try:
        with open(memfile) as f:
            return int(f.read().strip().splitlines()[-1])
    except (OSError, ValueError, IndexError):
        return None


def cbc_attempt(mps, limit, work, extra, offset):
    memfile = os.path.join(work, "cbc.mem")
    cmd = ["cbc", mps, "-timeMode", "elapsed"] + extra + ["-sec", str(limit), "-solve", "-quit"]
    history, status, obj, bound, secs, log = [], "no result", None, None, 0.0, []
    # Cbc0012I / Cbc0004I: "Integer solution of 6803.6 found ... (12.34 seconds)"
    found = re.compile(r"Integer solution of (" + NUM + r") found")
    best_possible = re.compile(r"best possible (" + NUM + r")")
    for t, line in timed_lines(cmd, limit, memfile):
        if line is None:
            secs = t
            break
        log.append(line)
        m = found.search(line)
        if m:
            z = float(m.group(1))
            if not history or z < history[-1][1] - 1e-9:
                history.append([round(offset + t, 3), z])
        m = best_possible.search(line)
        if m:
            bound = float(m.group(1))
        if line.startswith("Result - "):
            status = line[len("Result - "):].strip()
        if "Pre-processing says infeasible" in line:
            status = "pre-processing says infeasible"
        m = re.match(r"Objective value:\s*(" + NUM + ")", line)
        if m:
            obj = float(m.group(1))
        m = re.match(r"Lower bound:\s*(" + NUM + ")", line)
        if m:
            bound = float(m.group(1))
    # CBC prints "Objective value: 1e+50" when it has no solution: trust only logged incumbents.
    obj = (obj if obj is not None and obj < 1e49 else history[-1][1]) if history else None
    return {"status": status, "objective": obj, "bound": bound, "seconds": round(offset + secs, 3),
            "history": history, "peak_kb": peak(memfile), "log_tail": log[-5:]}


def run_cbc(mps, limit, work):
    t0 = time.monotonic()
    out = cbc_attempt(mps, limit, work, [], 0.0)
    used = time.monotonic() - t0
    if out["status"] == "pre-processing says infeasible" and limit - used > 1:
        # Paike's programs always have a feasible point (every requirement may stay unmet), so this
        # is CBC's pre-processing being wrong: retry without it in the time left, as a user would.
        again = cbc_attempt(mps, limit - used, work, ["-preprocess", "off"], used)
        again["status"] = "pre-processing wrongly said infeasible; without it: " + again["status"]
        again["peak_kb"] = max(filter(None, [out["peak_kb"], again["peak_kb"]]), default=None)
        out = again
    return out


def run_glpsol(mps, limit, work):
    memfile = os.path.join(work, "glpsol.mem")
    cmd = ["glpsol", "--freemps", mps, "--tmlim", str(int(limit))]
    history, status, bound, secs, log = [], "no result", None, 0.0, []
    # "+ 12345: mip =   6.803600000e+03 >=   5.460000000e+03  19.7% (12; 3)"; '*' marks a new incumbent.
    row = re.compile(r"^[+*]\s*\d+: (?:mip|>>>>>) =\s*(" + NUM + r"|not found yet)\s*>=\s*(" + NUM + r"|-inf|tree is empty)")
    for t, line in timed_lines(cmd, limit, memfile):
        if line is None:
            secs = t
            break
        log.append(line)
        m = row.match(line)
        if m:
            if m.group(1) != "not found yet":
                z = float(m.group(1))
                if not history or z < history[-1][1] - 1e-9:
                    history.append([round(t, 3), z])
            if m.group(2) not in ("-inf", "tree is empty"):
                bound = float(m.group(2))
        for key in ("INTEGER OPTIMAL SOLUTION FOUND", "TIME LIMIT EXCEEDED", "PROBLEM HAS NO INTEGER FEASIBLE SOLUTION",
                    "PROBLEM HAS NO PRIMAL FEASIBLE SOLUTION"):
            if key in line:
                status = key.lower()
    return {"status": status if secs < limit + max(30, limit / 2) - 1 else "killed at the limit + max(30 s, half the limit)", "objective": history[-1][1] if history else None,
            "bound": bound, "seconds": round(secs, 3), "history": history, "peak_kb": peak(memfile), "log_tail": log[-5:]}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mps")
    ap.add_argument("--solver", required=True, choices=["highs", "cbc", "glpsol"])
    ap.add_argument("--time-limit", type=float, default=60)
    ap.add_argument("--work", default=None, help="folder for scratch files (default: a temporary one)")
    a = ap.parse_args()
    work = a.work or tempfile.mkdtemp(prefix="paike-peers-")
    os.makedirs(work, exist_ok=True)
    run = {"highs": run_highs, "cbc": run_cbc, "glpsol": run_glpsol}[a.solver]
    # HiGHS prints a banner on stdout however its options are set: keep stdout for the JSON.
    sys.stdout.flush()
    saved = os.dup(1)
    os.dup2(2, 1)
    try:
        out = run(os.path.abspath(a.mps), a.time_limit, work)
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
    out["solver"] = a.solver
    # The peer's time to its own final objective: when its last improvement arrived.
    out["seconds_to_final"] = out["history"][-1][0] if out["history"] else None
    out["seconds_to_first"] = out["history"][0][0] if out["history"] else None
    json.dump(out, sys.stdout)
    print()


if __name__ == "__main__":
    main()
