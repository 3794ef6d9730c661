#!/usr/bin/env python3
"""A direct OR-Tools CP-SAT model of a Paike scenario, as a planner fluent in Python would write
it in an afternoon: the peer Paike is measured against in Benchmarks/scale-suite.sh.

    cpsat_paike.py SCENARIO.yaml [--time-limit S] [--workers 2] [--out DIR]

Prints one JSON object {status, objective_cpsat, seconds_to_first, seconds, seconds_build,
variables, constraints, history: [[t, objective], ...], peak_kb}; times are seconds since the
script started (reading the YAML and building the model included), like `paike solve`'s.
With --out, writes DIR/timetable.csv in Paike's contract columns and DIR/solution.json (its
unmet list) so that `paike check SCENARIO DIR/timetable.csv` validates it independently.

Formulation (decomposed, so that the model grows with sessions × (starts + venues + teachers),
not with their product):
  x[r,τ]  requirement r starts at period position τ (day·periods_per_day + period)
  y[r,v]  r is held in venue v;   w[r,t]  r is taught by teacher t
  start_r = Σ τ·x[r,τ]; optional fixed-size intervals per (r, venue) and (r, teacher) feed one
  AddNoOverlap per venue and per teacher; a group's clash is a time-indexed sum ≤ 1 per period.
  Joint courses: requirement r attends the meeting "hosted" by an earlier requirement h of the
  same (course, occurrence, segment) through j[r,h] (h = r: r hosts); attendees copy the host's
  start, venue and teacher, only hosts occupy venues and teachers, and the attendees' sizes must
  fit the host's venue.

Exact (same rule and the same objective amount as docs/model.md / Paike's report):
  hard: SessionCoverage, CalendarFit, Availability (group, teacher, venue), TeacherQualification
  (incl. a teacher's limits at least the session's length), VenueFit, VenueCapacity, GroupClash,
  TeacherClash, VenueClash (online venues never clash), JointClass, TeacherLoad (per day and in
  all), FirstCourse, FiveHavesOrder (and units held whole), FiveHavesWindow, ElectiveMenu, Pins,
  Travel for groups (aggregated like Paike's rows: "ends at q1 at site a" + "starts at q2 at a
  site too far from a" ≤ 1 per group, day, q1, a, q2).
  objective: unmet periods ×10,000, menu shortfall ×10,000 per period, needs (piecewise h with
  pieces (5,1), (10,0.5), (15,0.25), coverage in proportion to sessions held), travel (home site
  to each other site per group and day), compactness (breaks + lone-session days), teacher
  balance (periods above the fair share).
Simplified:
  - Travel for teachers: a teacher whose possible sessions lie at sites farther apart than the
    shortest gap between periods works at one site per day (online sessions exempt). Stricter
    than Paike's rule, so every timetable found is still valid; it may miss some that Paike finds.
  - CP-SAT needs integer coefficients: weights are rounded to 1/100, fair shares to 1/100 of a
    period; needs coverage is exact (scaled by the lcm of the per-course session counts).
  - Venues are modelled one by one (no pools of identical rooms): a planner's natural model.
Omitted: variants (`base:`/`changes:`), `--keep` stability, and what came for ITC-2007 (cohorts,
course min_days, objective over_capacity / venue_changes; a warning names them if present).
`paike generate`'s scenarios use none of these.
"""
import argparse
import csv
import datetime as dt
import io
import json
import math
import os
import resource
import sys
import time

T0 = time.monotonic()

import yaml  # noqa: E402
from ortools.sat.python import cp_model  # noqa: E402

SEGMENTS = ["theory", "explanation", "observation", "exchange", "summary"]
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
PIECES = [(5, 1.0), (10, 0.5), (15, 0.25)]
UNMET = 10000


# ---------------------------------------------------------------- reading the scenario

def as_date(v):
    return v if isinstance(v, dt.date) else dt.date.fromisoformat(str(v).strip())


def as_minutes(v):
    # PyYAML reads 10:00 as the base-60 integer 600, which is already minutes.
    if isinstance(v, int):
        return v
    h, m = str(v).strip().split(":")
    return int(h) * 60 + int(m)


class Scenario:
    def __init__(self, path):
        with open(path, encoding="utf-8-sig") as f:
            s = yaml.safe_load(f)
        if "base" in s:
            sys.exit("cpsat_paike.py: variants (base:) are not supported; give a full scenario")
        self.raw = s
        # Rules and terms this model does not write (ITC-2007 cohorts, min_days spread, venue terms).
        extra = (["cohorts"] if s.get("cohorts") else []) + ["min_days" for c in s.get("courses") or [] if c.get("min_days")][:1]
        extra += [k for k in ("over_capacity", "venue_changes") if (s.get("objective") or {}).get(k)]
        if extra:
            print("cpsat_paike.py: warning: not modelled: " + ", ".join(extra), file=sys.stderr)
        cal = s["calendar"]
        wd = [w for w in cal.get("weekdays", ["mon", "tue", "wed", "thu", "fri"])]
        hol = {as_date(h) for h in cal.get("holidays") or []}
        d, end = as_date(cal["start"]), as_date(cal["end"])
        self.days = []
        while d <= end:
            if WEEKDAYS[d.weekday()] in wd and d not in hol:
                self.days.append(d)
            d += dt.timedelta(days=1)
        self.day_index = {d: i for i, d in enumerate(self.days)}
        self.periods = [{"id": str(p["id"]), "start": as_minutes(p["start"]), "end": as_minutes(p["end"])} for p in cal["periods"]]
        self.period_index = {p["id"]: i for i, p in enumerate(self.periods)}
        self.nq = len(self.periods)
        self.sites = [x["id"] for x in s.get("sites") or []]
        self.trip = {}
        for e in s.get("travel") or []:
            self.trip[(e["from"], e["to"])] = int(e["minutes"])
        for (a, b), m in list(self.trip.items()):
            self.trip.setdefault((b, a), m)
        self.venues = {v["id"]: v for v in s.get("venues") or []}
        self.teachers = {t["id"]: t for t in s.get("teachers") or []}
        self.courses = {c["id"]: c for c in s.get("courses") or []}
        self.weights = {"needs": 10, "travel": 1, "compactness": 5, "teacher_balance": 1}
        self.weights.update({k: float(v) for k, v in (s.get("objective") or {}).items() if k in self.weights})
        packages = {p["category"]: p for p in s.get("packages") or []}
        self.groups = []
        for g in s.get("groups") or []:
            g = dict(g)
            pk = packages.get(g["category"])
            req = list(g["required"]) if g.get("required") is not None else list((pk or {}).get("required") or [])
            for c in g.get("required_remove") or []:
                req.remove(c)
            for c in g.get("required_add") or []:
                if c not in req:
                    req.append(c)
            menu = dict((pk or {}).get("menu") or {})
            menu.update(g.get("menu") or {})
            g["required"] = req
            g["menu"] = menu if menu.get("from") is not None and menu.get("periods") is not None else None
            self.groups.append(g)
        self.group = {g["id"]: g for g in self.groups}
        self.pins = s.get("pins") or []

    def trip_minutes(self, a, b):
        if a is None or b is None or a == b:
            return 0
        return self.trip.get((a, b), 0)

    def blocked(self, unavailable, d, q0, length):
        """True if any period of the block on teaching day d is in the unavailable list."""
        date = self.days[d]
        for u in unavailable or []:
            if not isinstance(u, dict):
                if as_date(u) == date:
                    return True
            elif "from" in u:
                if as_date(u["from"]) <= date <= as_date(u["to"]):
                    return True
            elif as_date(u["date"]) == date:
                ps = u.get("periods")
                if not ps or any(self.period_index[str(p)] in range(q0, q0 + length) for p in ps):
                    return True
        return False

    def course_periods(self, c):
        c = self.courses[c]
        per = sum(c["five_haves"][k]["periods"] for k in SEGMENTS) if c.get("five_haves") else c["periods"]
        return per * int(c.get("sessions", 1) or 1)

    def venue_allows(self, rule, vid):
        v = self.venues[vid]
        kinds, ids = rule.get("venue_kinds"), rule.get("venues")
        if not kinds and not ids:
            return v["kind"] != "online"
        return v["kind"] in (kinds or []) or vid in (ids or [])

    def fair_shares(self):
        demand = {}
        for g in self.groups:
            for c in g["required"]:
                if c in self.courses and not self.courses[c].get("joint"):
                    demand[c] = demand.get(c, 0) + self.course_periods(c)
            if g["menu"]:
                offered = [c for c in g["menu"]["from"] if c not in g["required"]]
                total = sum(self.course_periods(c) for c in offered if c in self.courses)
                if total > 0:
                    for c in offered:
                        if c in self.courses and not self.courses[c].get("joint"):
                            demand[c] = demand.get(c, 0) + self.course_periods(c) * g["menu"]["periods"] / total
        for c in self.courses.values():
            if c.get("joint") and any(c["id"] in g["required"] or (g["menu"] and c["id"] in g["menu"]["from"]) for g in self.groups):
                demand[c["id"]] = demand.get(c["id"], 0) + self.course_periods(c["id"])
        share = {}
        for c, periods in demand.items():
            who = [t for t in self.teachers.values() if c in (t.get("teaches") or [])]
            for t in who:
                share[t["id"]] = share.get(t["id"], 0) + periods / len(who)
        return share


class Req:
    """One session a group must (or, from its menu, may) attend: Paike's SessionRequirement."""

    def __init__(self, index, group, course, occurrence, segment, length, rule, elective, joint, first):
        self.index, self.group, self.course, self.occurrence, self.segment = index, group, course, occurrence, segment
        self.length, self.rule, self.elective, self.joint, self.first = length, rule, elective, joint, first


def requirements(sc):
    out = []
    for g in sc.groups:
        ids = [(c, False) for c in g["required"]]
        ids += [(c, True) for c in (g["menu"]["from"] if g["menu"] else []) if c not in g["required"]]
        for cid, elective in ids:
            c = sc.courses[cid]
            for occ in range(1, max(1, int(c.get("sessions", 1) or 1)) + 1):
                if c.get("five_haves"):
                    for seg in SEGMENTS:
                        sg = c["five_haves"][seg]
                        out.append(Req(len(out), g["id"], cid, occ, seg, sg["periods"], sg, elective, bool(c.get("joint")), bool(c.get("first"))))
                else:
                    out.append(Req(len(out), g["id"], cid, occ, None, c["periods"], c, elective, bool(c.get("joint")), bool(c.get("first"))))
    return out


# ---------------------------------------------------------------- the model

class Model:
    def __init__(self, sc):
        self.sc = sc
        self.m = cp_model.CpModel()
        self.reqs = requirements(sc)
        self.build()

    def pins_of(self, r):
        for p in self.sc.pins:
            if p["group"] != r.group or p["course"] != r.course:
                continue
            if p.get("occurrence") is not None and int(p["occurrence"]) != r.occurrence:
                continue
            if p.get("segment") is not None and p["segment"] != r.segment:
                continue
            yield p

    def build(self):
        sc, m = self.sc, self.m
        nq, nd = sc.nq, len(sc.days)
        self.objective = []  # (coefficient in objective units, linear expression)

        # Domains: starts, venues, teachers per requirement.
        self.starts, self.vens, self.tchs, self.selfstudy = {}, {}, {}, {}
        for r in self.reqs:
            g = sc.group[r.group]
            course = sc.courses[r.course]
            pins = list(self.pins_of(r))
            teachers = [t["id"] for t in sc.teachers.values() if r.course in (t.get("teaches") or [])
                        and (t.get("max_periods_per_day") or 10**9) >= r.length and (t.get("max_periods") or 10**9) >= r.length]
            selfstudy = course["form"] == "online" and not any(r.course in (t.get("teaches") or []) for t in sc.teachers.values())
            venues = [v for v in sc.venues if sc.venue_allows(r.rule, v)
                      and (sc.venues[v]["kind"] == "online" or sc.venues[v].get("capacity", 0) >= g["size"])]
            for p in pins:
                if p.get("venue") is not None:
                    venues = [v for v in venues if v == p["venue"]]
                if p.get("teacher") is not None:
                    teachers = [t for t in teachers if t == p["teacher"]]
                    selfstudy = False
            starts = []
            if (teachers or selfstudy) and venues and r.length <= nq:
                for d in range(nd):
                    for q in range(nq - r.length + 1):
                        if sc.blocked(g.get("unavailable"), d, q, r.length):
                            continue
                        if any((p.get("date") is not None and sc.day_index.get(as_date(p["date"])) != d) or
                               (p.get("period") is not None and sc.period_index.get(str(p["period"])) != q) for p in pins):
                            continue
                        if not any(not sc.blocked(sc.venues[v].get("unavailable"), d, q, r.length) for v in venues):
                            continue
                        if not selfstudy and not any(not sc.blocked(sc.teachers[t].get("unavailable"), d, q, r.length) for t in teachers):
                            continue
                        starts.append(d * nq + q)
            self.starts[r.index] = starts
            self.vens[r.index] = venues if starts else []
            self.tchs[r.index] = ([] if selfstudy else teachers) if starts else []
            self.selfstudy[r.index] = selfstudy

        # Elective choices and menu.
        self.elect = {}
        for g in sc.groups:
            if not g["menu"]:
                continue
            offered = [c for c in g["menu"]["from"] if c not in g["required"]]
            for c in offered:
                self.elect[(g["id"], c)] = m.NewBoolVar(f"elect_{g['id']}_{c}")
            taken = sum(sc.course_periods(c) * self.elect[(g["id"], c)] for c in offered)
            m.Add(taken <= g["menu"]["periods"])
            self.objective.append((UNMET, g["menu"]["periods"] - taken))

        # Per requirement variables.
        self.x, self.y, self.w, self.held, self.start = {}, {}, {}, {}, {}
        for r in self.reqs:
            i = r.index
            self.held[i] = m.NewBoolVar(f"held_{i}")
            self.x[i] = {t: m.NewBoolVar(f"x_{i}_{t}") for t in self.starts[i]}
            m.Add(sum(self.x[i].values()) == self.held[i])
            self.start[i] = m.NewIntVarFromDomain(cp_model.Domain.FromValues([0] + self.starts[i]), f"start_{i}")
            m.Add(self.start[i] == sum(t * v for t, v in self.x[i].items()))
            self.y[i] = {v: m.NewBoolVar(f"y_{i}_{v}") for v in self.vens[i]}
            m.Add(sum(self.y[i].values()) == self.held[i])
            self.w[i] = {t: m.NewBoolVar(f"w_{i}_{t}") for t in self.tchs[i]}
            if not self.selfstudy[i]:
                m.Add(sum(self.w[i].values()) == self.held[i])
            # SessionCoverage: unmet = 1 (or elected) − held
            if r.elective:
                e = self.elect[(r.group, r.course)]
                m.Add(self.held[i] <= e)
                self.objective.append((UNMET * r.length, e - self.held[i]))
            else:
                self.objective.append((UNMET * r.length, 1 - self.held[i]))

        # Joint meetings: hosts and attendees.
        self.host = {}
        self.join = {}  # (r, h) -> bool, h < r
        by_activity = {}
        for r in self.reqs:
            if r.joint:
                by_activity.setdefault((r.course, r.occurrence, r.segment), []).append(r)
            else:
                self.host[r.index] = self.held[r.index]
        for rs in by_activity.values():
            for r in rs:
                i = r.index
                self.host[i] = m.NewBoolVar(f"host_{i}")
                options = [self.host[i]]
                for h in rs:
                    if h.index >= i or not set(self.starts[h.index]) & set(self.starts[i]) or not set(self.vens[h.index]) & set(self.vens[i]):
                        continue
                    j = m.NewBoolVar(f"join_{i}_{h.index}")
                    self.join[(i, h.index)] = j
                    options.append(j)
                    m.AddImplication(j, self.host[h.index])
                    m.Add(self.start[i] == self.start[h.index]).OnlyEnforceIf(j)
                    for v in set(self.vens[i]) | set(self.vens[h.index]):
                        a, b = self.y[i].get(v), self.y[h.index].get(v)
                        if a is None or b is None:
                            m.AddImplication(j, (a if a is not None else b).Not())
                        else:
                            m.Add(a == b).OnlyEnforceIf(j)
                    for t in set(self.tchs[i]) | set(self.tchs[h.index]):
                        a, b = self.w[i].get(t), self.w[h.index].get(t)
                        if a is None or b is None:
                            m.AddImplication(j, (a if a is not None else b).Not())
                        else:
                            m.Add(a == b).OnlyEnforceIf(j)
                m.Add(sum(options) == self.held[i])
            # VenueCapacity: the attendees fit the host's venue.
            everyone = sum(sc.group[r.group]["size"] for r in rs)
            for h in rs:
                # An online venue holds everyone.
                caps = [(v, everyone if sc.venues[v]["kind"] == "online" else sc.venues[v]["capacity"]) for v in self.vens[h.index]]
                if all(c >= everyone for _, c in caps):
                    continue
                guests = [(sc.group[r.group]["size"], self.join[(r.index, h.index)]) for r in rs if (r.index, h.index) in self.join]
                if guests:
                    own = sc.group[h.group]["size"]
                    m.Add(own * self.host[h.index] + sum(s * j for s, j in guests) <= sum(c * self.y[h.index][v] for v, c in caps))

        # Presence of a requirement in a venue / with a teacher: only hosts occupy them.
        def present(i, var, name):
            if not self.reqs[i].joint:
                return var
            b = m.NewBoolVar(name)
            m.AddBoolAnd([var, self.host[i]]).OnlyEnforceIf(b)
            m.AddBoolOr([var.Not(), self.host[i].Not()]).OnlyEnforceIf(b.Not())
            return b

        self.vp = {(i, v): present(i, b, f"vp_{i}_{v}") for i in self.y for v, b in self.y[i].items()}
        self.tp = {(i, t): present(i, b, f"tp_{i}_{t}") for i in self.w for t, b in self.w[i].items()}

        # VenueClash and TeacherClash: one no-overlap each, unavailable periods as fixed intervals.
        def fixed_blocks(unavailable, name):
            out = []
            for d in range(nd):
                for q in range(nq):
                    if sc.blocked(unavailable, d, q, 1):
                        out.append(m.NewFixedSizeIntervalVar(d * nq + q, 1, f"{name}_{d}_{q}"))
            return out

        on_venue, on_teacher = {}, {}
        for (i, v), lit in self.vp.items():
            on_venue.setdefault(v, []).append(m.NewOptionalFixedSizeIntervalVar(self.start[i], self.reqs[i].length, lit, f"iv_{i}_{v}"))
        for (i, t), lit in self.tp.items():
            on_teacher.setdefault(t, []).append(m.NewOptionalFixedSizeIntervalVar(self.start[i], self.reqs[i].length, lit, f"it_{i}_{t}"))
        for v, ivs in on_venue.items():
            if sc.venues[v]["kind"] == "online":
                # Never clashes, but may still be unavailable.
                for (i, vv), lit in self.vp.items():
                    if vv == v:
                        for t, xv in self.x[i].items():
                            if sc.blocked(sc.venues[v].get("unavailable"), t // nq, t % nq, self.reqs[i].length):
                                m.AddBoolOr([xv.Not(), self.y[i][v].Not()])
                continue
            m.AddNoOverlap(ivs + fixed_blocks(sc.venues[v].get("unavailable"), f"vb_{v}"))
        for t, ivs in on_teacher.items():
            m.AddNoOverlap(ivs + fixed_blocks(sc.teachers[t].get("unavailable"), f"tb_{t}"))

        # Helpers: the day and site of a requirement, as linear expressions of its booleans.
        def day_of(i, d):
            return sum(v for t, v in self.x[i].items() if t // nq == d)

        def site_of(v):
            return None if sc.venues[v]["kind"] == "online" else sc.venues[v].get("site")

        self.sites_of = {i: sorted({site_of(v) for v in self.vens[i] if site_of(v) is not None}) for i in self.y}

        def at_site(i, s):
            return sum(b for v, b in self.y[i].items() if site_of(v) == s)

        # TeacherLoad.
        self.load = {}
        by_teacher = {}
        for (i, t), lit in self.tp.items():
            by_teacher.setdefault(t, []).append((i, lit))
        tpd = {}
        gaps = [sc.periods[q + 1]["start"] - sc.periods[q]["end"] for q in range(nq - 1)]
        min_gap = min(gaps) if gaps else 0
        for t, items in by_teacher.items():
            T = sc.teachers[t]
            self.load[t] = sum(self.reqs[i].length * lit for i, lit in items)
            if T.get("max_periods") is not None:
                m.Add(self.load[t] <= int(T["max_periods"]))
            sites = {s for i, _ in items for s in self.sites_of[i]}
            far = any(sc.trip_minutes(a, b) > min_gap for a in sites for b in sites)
            per_day = T.get("max_periods_per_day")
            if (per_day is None or per_day >= nq) and not far:
                continue
            for i, lit in items:
                for d in {s // nq for s in self.starts[i]}:
                    b = m.NewBoolVar(f"tpd_{i}_{t}_{d}")
                    m.Add(b >= lit + day_of(i, d) - 1)
                    tpd[(i, t, d)] = b
            for d in range(nd):
                day_items = [(i, tpd[(i, t, d)]) for i, _ in items if (i, t, d) in tpd]
                if not day_items:
                    continue
                if per_day is not None and per_day < nq:
                    m.Add(sum(self.reqs[i].length * b for i, b in day_items) <= int(per_day))
                if far:
                    # Simplified teacher travel: one site a day (see the header).
                    here = {s: m.NewBoolVar(f"tsite_{t}_{d}_{s}") for s in sites}
                    m.AddAtMostOne(here.values())
                    for i, b in day_items:
                        for s in self.sites_of[i]:
                            m.Add(here[s] >= b + at_site(i, s) - 1)

        # GroupClash (time-indexed) and the occupancy the compactness term reads.
        reqs_of = {}
        for r in self.reqs:
            reqs_of.setdefault(r.group, []).append(r.index)
        self.occ = {}
        for g, idx in reqs_of.items():
            cover = {}
            for i in idx:
                for t, v in self.x[i].items():
                    for k in range(self.reqs[i].length):
                        cover.setdefault(t + k, []).append(v)
            for slot, vs in cover.items():
                if len(vs) > 1:
                    m.Add(sum(vs) <= 1)
                self.occ[(g, slot)] = sum(vs)

        # FirstCourse.
        for g, idx in reqs_of.items():
            firsts = [i for i in idx if self.reqs[i].first]
            for i in idx:
                if self.reqs[i].first:
                    continue
                for f in firsts:
                    m.AddImplication(self.held[i], self.held[f])
                    m.Add(self.start[i] >= self.start[f] + self.reqs[f].length).OnlyEnforceIf(self.held[i])

        # FiveHavesOrder (held whole, in order) and FiveHavesWindow.
        units = {}
        for r in self.reqs:
            if r.segment:
                units.setdefault((r.group, r.course, r.occurrence), []).append(r.index)
        for (g, c, _), idx in units.items():
            idx.sort(key=lambda i: SEGMENTS.index(self.reqs[i].segment))
            for a, b in zip(idx, idx[1:]):
                m.Add(self.held[a] == self.held[b])
                m.Add(self.start[b] >= self.start[a] + self.reqs[a].length).OnlyEnforceIf(self.held[b])
            wdays = int(sc.courses[c]["five_haves"]["within_days"])
            if wdays < nd:
                first_day = sum((t // nq) * v for t, v in self.x[idx[0]].items())
                last_day = sum((t // nq) * v for t, v in self.x[idx[-1]].items())
                m.Add(last_day - first_day <= wdays - 1).OnlyEnforceIf(self.held[idx[0]])

        # Travel for groups: aggregated rows per (group, day, end period q1, site a, later start q2).
        zsite = {}

        def at(i, t, s):
            """x[i,t] ∧ (r at site s), with a product only where r may be at several sites."""
            sites = self.sites_of[i]
            if s not in sites:
                return None
            if len(sites) == 1:
                return self.x[i][t]
            key = (i, t, s)
            if key not in zsite:
                z = m.NewBoolVar(f"z_{i}_{t}_{s}")
                m.Add(z >= self.x[i][t] + at_site(i, s) - 1)
                zsite[key] = z
            return zsite[key]

        all_sites = sorted({s for ss in self.sites_of.values() for s in ss})
        for g, idx in reqs_of.items():
            for d in range(nd):
                for q1 in range(nq - 1):
                    for a in all_sites:
                        ending = [(i, d * nq + q1 - self.reqs[i].length + 1) for i in idx]
                        ending = [at(i, t, a) for i, t in ending if t in self.x[i] and (t // nq) == d]
                        ending = [e for e in ending if e is not None]
                        if not ending:
                            continue
                        for q2 in range(q1 + 1, nq):
                            gap = sc.periods[q2]["start"] - sc.periods[q1]["end"]
                            starting = []
                            for i in idx:
                                t = d * nq + q2
                                if t in self.x[i]:
                                    for s in self.sites_of[i]:
                                        if sc.trip_minutes(a, s) > gap:
                                            starting.append(at(i, t, s))
                            if starting:
                                m.Add(sum(ending) + sum(starting) <= 1)

        w = sc.weights
        # Soft term: travel.
        if w["travel"] > 0:
            for g, idx in reqs_of.items():
                home = sc.group[g].get("site")
                if home is None:
                    continue
                visits = {}
                for i in idx:
                    for s in self.sites_of[i]:
                        if sc.trip_minutes(home, s) <= 0:
                            continue
                        for d in {t // nq for t in self.starts[i]}:
                            if (d, s) not in visits:
                                visits[(d, s)] = m.NewBoolVar(f"visit_{g}_{d}_{s}")
                                self.objective.append((w["travel"] * sc.trip_minutes(home, s), visits[(d, s)]))
                            m.Add(visits[(d, s)] >= day_of(i, d) + at_site(i, s) - 1)

        # Soft term: compactness.
        if w["compactness"] > 0:
            for g, idx in reqs_of.items():
                for d in range(nd):
                    occ = {q: self.occ[(g, d * nq + q)] for q in range(nq) if (g, d * nq + q) in self.occ}
                    if not occ:
                        continue
                    stretches = []
                    for q, o in occ.items():
                        s = m.NewBoolVar(f"stretch_{g}_{d}_{q}")
                        m.Add(s >= o - occ[q - 1]) if q - 1 in occ else m.Add(s >= o)
                        stretches.append(s)
                    breaks = m.NewIntVar(0, nq, f"breaks_{g}_{d}")
                    m.Add(breaks >= sum(stretches) - 1)
                    used = m.NewBoolVar(f"used_{g}_{d}")
                    for o in occ.values():
                        m.Add(used >= o)
                    lone = m.NewBoolVar(f"lone_{g}_{d}")
                    m.Add(lone >= 2 * used - sum(day_of(i, d) for i in idx))
                    self.objective.append((w["compactness"], breaks + lone))

        # Soft term: needs, coverage scaled by F so that it is a whole number.
        self.F = 1
        if w["needs"] > 0:
            for g in sc.groups:
                per_course = {}
                for i in reqs_of.get(g["id"], []):
                    per_course.setdefault(self.reqs[i].course, []).append(i)
                for c, rs in per_course.items():
                    self.F = self.F * len(rs) // math.gcd(self.F, len(rs))
            for g in sc.groups:
                per_course = {}
                for i in reqs_of.get(g["id"], []):
                    per_course.setdefault(self.reqs[i].course, []).append(i)
                for topic, gap in (g.get("needs") or {}).items():
                    if gap <= 0:
                        continue
                    terms = []
                    for c, rs in per_course.items():
                        theta = (sc.courses[c].get("topics") or {}).get(topic, 0)
                        if theta > 0:
                            terms += [(theta * self.F // len(rs), self.held[i]) for i in rs]
                    cov = sum(k * v for k, v in terms)
                    for point, slope in PIECES:
                        short = m.NewIntVar(0, point * self.F, f"short_{g['id']}_{topic}_{point}")
                        m.Add(short >= point * self.F - cov)
                        self.objective.append((w["needs"] * gap * slope / self.F, short))

        # Soft term: teacher balance, excess in hundredths of a period.
        if w["teacher_balance"] > 0:
            fair = sc.fair_shares()
            for t, load in self.load.items():
                ex = m.NewIntVar(0, 100 * 10**6, f"excess_{t}")
                m.Add(ex >= 100 * load - round(100 * fair.get(t, 0)))
                self.objective.append((w["teacher_balance"] / 100, ex))

        # One integer objective: every coefficient times SCALE is a whole number (weights in 1/100).
        self.SCALE = 400 * self.F
        m.Minimize(sum(round(c * self.SCALE) * e for c, e in self.objective))

    # ------------------------------------------------------------ reading a solution

    def timetable(self, solver):
        sc, nq = self.sc, self.sc.nq
        val = solver.BooleanValue
        rows, unmet = [], []
        for r in self.reqs:
            i = r.index
            if not val(self.held[i]):
                if not r.elective or val(self.elect[(r.group, r.course)]):
                    unmet.append({"group": r.group, "course": r.course, "occurrence": r.occurrence,
                                  "segment": r.segment, "periods": r.length, "rule": "SessionCoverage",
                                  "reason": "not held by the CP-SAT peer"})
                continue
            h = i
            if r.joint and not val(self.host[i]):
                h = next(hh for (ii, hh), j in self.join.items() if ii == i and val(j))
            t = next(t for t, v in self.x[i].items() if val(v))
            venue = next(v for v, b in self.y[i].items() if val(b))
            teacher = next((tt for tt, b in self.w[i].items() if val(b)), None)
            hr = self.reqs[h]
            sid = "-".join([r.course, str(r.occurrence)] + ([r.segment] if r.segment else []) + [hr.group])
            for k in range(r.length):
                d, q = divmod(t + k, nq)
                rows.append((d, q, r.group, sid, r, teacher, venue))
        rows.sort(key=lambda x: (x[0], x[1], x[2], x[3]))
        return rows, unmet

    def write(self, solver, out):
        sc = self.sc
        rows, unmet = self.timetable(solver)
        os.makedirs(out, exist_ok=True)

        def guard(s):
            s = "" if s is None else str(s)
            return "'" + s if s[:1] in ("=", "+", "-", "@", "\t", "\r") else s

        def hhmm(mins):
            return "%02d:%02d" % divmod(mins, 60)

        buf = io.StringIO()
        wr = csv.writer(buf, lineterminator="\r\n")
        wr.writerow(["date", "weekday", "period", "start", "end", "group_id", "group_name", "course_id", "course_title", "form",
                     "segment", "teacher_id", "teacher_name", "venue_id", "venue_name", "venue_kind", "session_id", "occurrence"])
        for d, q, g, sid, r, t, v in rows:
            day, p, c, V = sc.days[d], sc.periods[q], sc.courses[r.course], sc.venues[v]
            wr.writerow([day.isoformat(), WEEKDAYS[day.weekday()], p["id"], hhmm(p["start"]), hhmm(p["end"]), g,
                         guard(sc.group[g]["name"]), r.course, guard(c["title"]), c["form"], r.segment or "", t or "",
                         guard(sc.teachers[t]["name"]) if t else "", v, guard(V["name"]), V["kind"], sid, r.occurrence])
        with open(os.path.join(out, "timetable.csv"), "w", encoding="utf-8-sig", newline="") as f:
            f.write(buf.getvalue())
        with open(os.path.join(out, "solution.json"), "w", encoding="utf-8") as f:
            json.dump({"source": "cpsat_paike.py", "unmet": unmet}, f, ensure_ascii=False, indent=1)


class History(cp_model.CpSolverSolutionCallback):
    def __init__(self, scale):
        super().__init__()
        self.scale, self.points = scale, []

    def on_solution_callback(self):
        self.points.append([round(time.monotonic() - T0, 3), self.ObjectiveValue() / self.scale])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("scenario")
    ap.add_argument("--time-limit", type=float, default=60, help="seconds for the whole run, build included")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--out", default=None)
    ap.add_argument("--build-only", action="store_true", help="build the model, print its size, do not solve")
    a = ap.parse_args()

    sc = Scenario(a.scenario)
    model = Model(sc)
    built = time.monotonic() - T0
    proto = model.m.Proto()
    size = {"variables": len(proto.variables), "constraints": len(proto.constraints),
            "requirements": len(model.reqs), "joint_pairs": len(model.join), "seconds_build": round(built, 3)}
    if a.build_only:
        size["peak_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps(size))
        return
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(1.0, a.time_limit - built)
    solver.parameters.num_workers = a.workers
    cb = History(model.SCALE)
    status = solver.Solve(model.m, cb)
    secs = time.monotonic() - T0
    found = status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    if found and a.out:
        model.write(solver, a.out)
    out = {"status": solver.StatusName(status),
           "objective_cpsat": solver.ObjectiveValue() / model.SCALE if found else None,
           "bound_cpsat": solver.BestObjectiveBound() / model.SCALE if found else None,
           "seconds_to_first": cb.points[0][0] if cb.points else None,
           "seconds_to_final": cb.points[-1][0] if cb.points else None,
           "seconds": round(secs, 3), "history": cb.points,
           "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}
    out.update(size)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
