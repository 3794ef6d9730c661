#!/usr/bin/env python3
"""Reads the run folders Benchmarks/scale-suite.sh wrote and prints one markdown table (and
writes it with --out): per scenario and solver, the result, times and the ratio

    ratio = (Paike's first time at which its objective ≤ the peer's final objective)
            ÷ (the peer's time to its own final objective)

Below 1: Paike reaches the peer's best result sooner than the peer did. "not reached": Paike's
history never gets that low (ratio ∞). "peer found nothing": the peer has no objective.

    summarise.py RUN_DIR... [--out FILE] [--title TEXT]
"""
import argparse
import json
import os
import re

TOL = 1e-6


def load(path):
    """The JSON object a peer printed (its last line starting with '{'), or None."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if path.endswith("report.json"):
            return json.loads(text)
        return json.loads([l for l in text.splitlines() if l.startswith("{")][-1])
    except (OSError, ValueError, IndexError):
        return None


def fmt(x, f="%.1f"):
    return "-" if x is None else f % x


def mb(kb):
    return "-" if kb is None else "%.0f" % (kb / 1024)


def paike_time_to(history, z):
    """First time Paike's objective is at most z (relative tolerance), or None."""
    for p in history or []:
        o = p.get("objective")
        if o is not None and o <= z + TOL * max(1.0, abs(z)):
            return p.get("seconds")
    return None


def rows_for(run):
    name = open(os.path.join(run, "name")).read().strip() if os.path.exists(os.path.join(run, "name")) else os.path.basename(run)
    meta = load(os.path.join(run, "paike.json")) or {}
    report = load(os.path.join(run, "paike", "report.json")) or {}
    history = report.get("history")
    out = []
    z = report.get("objective")
    first = history[0]["seconds"] if history else None
    final_t = None
    if history and z is not None:
        final_t = paike_time_to(history, z)
    gap = report.get("gap")
    out.append([name, "**paike**", "%s (exit %s)" % (report.get("status", "-"), meta.get("exit", "-")), fmt(first), fmt(z),
                fmt(report.get("bound")), fmt(gap * 100 if gap is not None else None, "%.1f %%"), fmt(final_t),
                fmt(meta.get("seconds")), mb(meta.get("peak_kb")), "-", "-"])
    for peer in ("highs", "cbc", "glpsol", "cpsat"):
        r = load(os.path.join(run, peer + ".json"))
        if r is None:
            if os.path.exists(os.path.join(run, peer + ".skipped")):
                continue
            out.append([name, peer, "did not run", "-", "-", "-", "-", "-", "-", "-", "-", "-"])
            continue
        obj = r.get("objective") if peer != "cpsat" else r.get("objective_cpsat")
        bound = r.get("bound") if peer != "cpsat" else r.get("bound_cpsat")
        status = r.get("status", "-")
        if peer == "cpsat" and obj is not None:
            # Paike's own check of the CP-SAT timetable: validity and Paike's objective for it.
            chk = open(os.path.join(run, "cpsat-check.txt"), encoding="utf-8").read() if os.path.exists(os.path.join(run, "cpsat-check.txt")) else ""
            m = re.search(r"^objective:\s*([-+0-9.eE]+)", chk, re.M)
            v = re.search(r"(\d+) violations", chk)
            if v:
                status += ", paike check: %s violations" % v.group(1)
            if m:
                obj = float(m.group(1))
            elif chk:
                status += " (check printed no objective: CP-SAT's own shown)"
        gap = (obj - bound) / abs(obj) if obj not in (None, 0) and bound is not None else None
        peer_t = r.get("seconds_to_final")
        if obj is None:
            paike_t, ratio = "-", "peer found nothing"
        elif peer == "cpsat" and "violations" in status and not status.endswith(": 0 violations"):
            paike_t, ratio = "-", "peer's timetable invalid"
        elif history is None:
            paike_t, ratio = "-", "- (no Paike history)"
        else:
            pt = paike_time_to(history, obj)
            if pt is None:
                paike_t, ratio = "not reached", "∞ (not reached)"
            else:
                paike_t = fmt(pt, "%.2f")
                ratio = fmt(pt / peer_t, "%.3f") if peer_t and peer_t > 0 else "-"
        out.append([name, peer, status, fmt(r.get("seconds_to_first")), fmt(obj), fmt(bound),
                    fmt(gap * 100 if gap is not None else None, "%.1f %%"), fmt(peer_t), fmt(r.get("seconds")),
                    mb(r.get("peak_kb")), paike_t, ratio])
    return out


HEADER = ["scenario", "solver", "result", "first (s)", "final objective", "bound", "gap", "to final (s)", "wall (s)",
          "peak MB", "Paike to this (s)", "ratio"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("runs", nargs="+")
    ap.add_argument("--out")
    ap.add_argument("--title", default="")
    a = ap.parse_args()
    lines = ["| " + " | ".join(HEADER) + " |", "| " + " | ".join("---" for _ in HEADER) + " |"]
    for run in a.runs:
        for row in rows_for(run):
            lines.append("| " + " | ".join(str(c) for c in row) + " |")
    text = "\n".join(lines) + "\n"
    print(text)
    if a.out:
        with open(a.out, "a", encoding="utf-8") as f:
            if a.title:
                f.write(a.title + "\n\n")
            f.write(text + "\n")


if __name__ == "__main__":
    main()
