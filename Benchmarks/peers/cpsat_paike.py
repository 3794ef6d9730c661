#!/usr/bin/env python3
"""A direct OR-Tools CP-SAT model of a Paike scenario, written the way a careful CP-SAT user would
write it: the peer Paike is measured against in Benchmarks/scale-suite.sh.

    cpsat_paike.py SCENARIO.yaml [--time-limit S] [--workers 2] [--out DIR] [--no-hint] [--log]

Prints one JSON object {status, objective_cpsat, seconds_to_first, seconds, seconds_build,
variables, constraints, history: [[t, objective], ...], peak_kb, hint_held}; times are seconds
since the script started (reading the YAML, building the model and the hint included), like
`paike solve`'s. With --out, writes DIR/timetable.csv in Paike's contract columns,
DIR/solution.json (its unmet list) and, with shadowing placements, DIR/placements.csv, so that
`paike check SCENARIO DIR/timetable.csv` validates it independently. `--workers` sets CP-SAT's num_workers (default 2).

Formulation (time-indexed, aggregated so that no symmetric choice is left to the search):
  x[r,τ,s]  requirement r (not joint) starts at period position τ (day·periods_per_day + period)
            at site s (None: online). Only starts the calendar, the group's unavailability, the
            pins, some free teacher and some free allowed venue allow exist.
  Venue pools: venues identical for every rule (kind, site, capacity, unavailability, named by no
            course rule or pin) form one pool of m_k venues. w[c,τ,k] counts the sessions of class
            c (same course, segment, length and allowed pools) starting at τ in pool k, with
            Σ_{k at s} w[c,τ,k] = Σ_{r∈c} x[r,τ,s]; per pool and slot Σ (w, meetings) ≤ m_k
            (AddAtMostOne when m_k = 1; online pools never clash). Rooms are given after the
            solve, per pool in start order (interval graphs: greedy colouring suffices).
  Joint courses: one Boolean per meeting (activity, τ, pool) and attend[r,τ,pool] ⇒ meeting,
            meeting ⇒ OR(attend); Σ sizes·attend ≤ capacity·meeting where they could overflow.
  Teachers counted per course and start: z[key,site,t,τ] with Σ_t z = Σ sessions (or meetings) of
            that key (course, segment) starting at τ at that site; teacher clash is one
            AddAtMostOne per teacher and slot, loads are Σ length·z. No per-session teacher
            variable, so no teacher symmetry between a course's sessions.
  GroupClash: one AddAtMostOne per group and slot. Precedence (first course, five-haves order)
            by chained "has ended by τ" Booleans (done[τ] = done[τ'] + Σ ends in (τ', τ]) and one
            row per start position: Σ sessions that must wait starting at τ ≤ done[τ].
  Shadowing placements (form: placement, 跟班学习): no requirement, no teacher, no venue. Per
            class g and placement course c it requires, blk[g,c,s] = its block of N consecutive
            teaching days starts at day s (only starts whose days the class is free in every
            period and that hold its pinned dates), Σ_s ≤ 1; not held costs N × periods per day
            × 10,000 and is listed unmet (rule PlacementBlock). Each blk covering day d joins the
            class's GroupClash AddAtMostOne of every slot of d (no session on a block day, no two
            blocks overlapping). Host counts y[g,c,h] ∈ [0, min(n, host_capacity)] with
            Σ_h y = n·held (n: roster length, else size), y = 0 if a block day finds h
            unavailable; per host and day where the classes that could be out could overflow,
            wy[g,c,h,d] ≥ y − M·(1 − out[g,c,d]) and Σ wy ≤ host_capacity. The host split is in
            no objective term (Paike's check prices none), so after the solve who goes where is
            Paike's own assignment program (needs × topic fit − travel × minutes) for the
            chosen blocks, a small CP-SAT solve; placements.csv has a row per cadre of a roster
            (count 1), else per class and host. Block days hold no session, so they count in no
            compactness, travel or needs term, as in Paike.
  Hint: a greedy constructive pass (placement blocks first, the latest free window whose hosts
            can still take the class, as Paike chooses them; first courses as joint meetings;
            then five-haves units (whole within their window) and the other sessions in one
            order: courses whose teachers are most loaded (periods asked / their load limits)
            first, then fewest options; earliest free start, the teacher with most load left),
            then an ejection repair (a session left out takes a start whose group slots, and at
            most one session of another group on one of its teachers or its pool, are held by
            sessions that can move elsewhere), completed over every auxiliary variable by one
            short solve with the hinted variables fixed, then given to CP-SAT with AddHint.
  Search in two phases: phase 1 minimises unmet periods only (the 10,000-weighted terms), stops
            as soon as none is unmet, and has at most 60 % of the time left; phase 2 restores the
            full objective, hints phase 1's solution (every variable) and keeps unmet periods at
            most phase 1's. Both use LNS only (use_lns_only): with 2 workers the default
            portfolio spent one worker on an LP tree search that made no progress. history holds
            the full objective of every solution of both phases (phase 1's evaluated from it).
            If phase 2 finds nothing (short limits), the timetable written is phase 1's and
            objective_cpsat is its full objective with the soft-term variables not minimised
            ("objective_minimised": false): it can exceed `paike check`'s price of the same
            timetable (county 1 at 20 s: 115,729 against 71,461), which the suite reports.

Exact (same rule and the same objective amount as docs/model.md / Paike's report):
  hard: SessionCoverage, CalendarFit, Availability (group, teacher, venue), TeacherQualification
  (incl. a teacher's limits at least the session's length), VenueFit, VenueCapacity, GroupClash,
  TeacherClash, VenueClash (online venues never clash), JointClass, TeacherLoad (per day and in
  all), FirstCourse, CourseOrder (`after:`), FiveHavesOrder (and units held whole),
  FiveHavesWindow, ElectiveMenu, Pins, PlacementBlock, HostCapacity,
  Travel for groups and for teachers (aggregated like Paike's rows: "ends at q1 at site a" +
  "starts at q2 at a site too far from a" ≤ 1 per group or teacher, day, q1, a, q2; online
  sessions exempt).
  objective: unmet periods ×10,000, menu shortfall ×10,000 per period, needs (piecewise h with
  pieces (5,1), (10,0.5), (15,0.25), coverage in proportion to sessions held), travel (home site
  to each other site per group and day), compactness (breaks + lone-session days), teacher
  balance (periods above the fair share).
Simplified:
  - CP-SAT needs integer coefficients: weights are rounded to 1/100, fair shares to 1/100 of a
    period; needs coverage is exact (scaled by the lcm of the per-course session counts).
  - A joint activity holds at most one meeting per (start, pool), even in a pool of several
    venues (it may meet in other pools or at other times).
  - CourseOrder binds a group even when the earlier session is left unmet (Paike then lets the
    later one be), so this model may hold fewer sessions, never an invalid order.
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
        # Shadowing placements (form: placement): whole days at host units, no session.
        self.placement = {cid: c for cid, c in self.courses.items() if c.get("form") == "placement"}
        self.cadres = s.get("cadres") or []
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
                if c in self.courses and not self.courses[c].get("joint") and c not in self.placement:
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
            if cid in sc.placement:
                continue   # a shadowing placement is a block of whole days (Model.placement_blocks)
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

class Pool:
    """Venues identical for every rule (kind, site, capacity, unavailability, not named by any rule
    or pin): the model only counts how many of them are busy."""

    def __init__(self, index, venues, sc):
        V = sc.venues[venues[0]]
        self.index, self.venues = index, venues
        self.online = V["kind"] == "online"
        self.site = None if self.online else V.get("site")
        self.cap = None if self.online else int(V.get("capacity", 0))
        self.unavailable = V.get("unavailable")
        self.m = len(venues)


def venue_pools(sc):
    named = set()
    for c in sc.courses.values():
        named.update(c.get("venues") or [])
        for seg in (c.get("five_haves") or {}).values():
            if isinstance(seg, dict):
                named.update(seg.get("venues") or [])
    named.update(p["venue"] for p in sc.pins if p.get("venue") is not None)
    keys = {}
    for vid, V in sc.venues.items():
        online = V["kind"] == "online"
        key = (V["kind"], None if online else V.get("site"), None if online else V.get("capacity"),
               json.dumps(V.get("unavailable"), default=str, sort_keys=True), vid if vid in named else None)
        keys.setdefault(key, []).append(vid)
    return [Pool(i, vs, sc) for i, vs in enumerate(keys.values())]


class Model:
    def __init__(self, sc):
        self.sc = sc
        self.m = cp_model.CpModel()
        self.reqs = requirements(sc)
        self.pools = venue_pools(sc)
        self.pool_of = {v: p for p in self.pools for v in p.venues}
        self._blocked = {}
        self.build()

    def loc_site(self, loc):
        return loc[1] if isinstance(loc, tuple) else self.pools[loc].site

    def ukey(self, i, t, k):
        """The unit of requirement i held at start t in pool k (sessions not joint: by site)."""
        return (i, t, k) if self.reqs[i].joint else (i, t, ("s", self.pools[k].site))

    def pins_of(self, r):
        for p in self.sc.pins:
            if p["group"] != r.group or p["course"] != r.course:
                continue
            if p.get("occurrence") is not None and int(p["occurrence"]) != r.occurrence:
                continue
            if p.get("segment") is not None and p["segment"] != r.segment:
                continue
            yield p

    def blocked(self, kind, ident, unavailable, d, q, length):
        key = (kind, ident, d, q, length)
        b = self._blocked.get(key)
        if b is None:
            b = self._blocked[key] = bool(unavailable) and self.sc.blocked(unavailable, d, q, length)
        return b

    # ------------------------------------------------------------ domains

    def domains(self):
        """Per requirement: the (start, pool) pairs it may take, its teachers, self-study or not."""
        sc, nq, nd = self.sc, self.sc.nq, len(self.sc.days)
        self.cands, self.tchs, self.selfstudy, self.tkey = {}, {}, {}, {}
        qualified = {c: [t["id"] for t in sc.teachers.values() if c in (t.get("teaches") or [])] for c in sc.courses}
        for r in self.reqs:
            g = sc.group[r.group]
            course = sc.courses[r.course]
            pins = list(self.pins_of(r))
            teachers = [t for t in qualified[r.course]
                        if (sc.teachers[t].get("max_periods_per_day") or 10**9) >= r.length
                        and (sc.teachers[t].get("max_periods") or 10**9) >= r.length]
            selfstudy = course["form"] == "online" and not qualified[r.course]
            pools = [k for k in self.pools if sc.venue_allows(r.rule, k.venues[0]) and (k.online or k.cap >= g["size"])]
            for p in pins:
                if p.get("venue") is not None:
                    pools = [k for k in pools if p["venue"] in k.venues]
                if p.get("teacher") is not None:
                    teachers = [t for t in teachers if t == p["teacher"]]
                    selfstudy = False
            cands = []
            if (teachers or selfstudy) and pools and r.length <= nq:
                for d in range(nd):
                    for q in range(nq - r.length + 1):
                        if self.blocked("g", r.group, g.get("unavailable"), d, q, r.length):
                            continue
                        if any((p.get("date") is not None and sc.day_index.get(as_date(p["date"])) != d) or
                               (p.get("period") is not None and sc.period_index.get(str(p["period"])) != q) for p in pins):
                            continue
                        if not selfstudy and all(self.blocked("t", t, sc.teachers[t].get("unavailable"), d, q, r.length) for t in teachers):
                            continue
                        for k in pools:
                            if not self.blocked("v", k.index, k.unavailable, d, q, r.length):
                                cands.append((d * nq + q, k.index))
            self.cands[r.index] = cands
            self.tchs[r.index] = [] if selfstudy else teachers
            self.selfstudy[r.index] = selfstudy
            # Sessions whose teachers are the course's usual ones share the course's teacher counts.
            self.tkey[r.index] = (r.course, r.segment) if teachers == [t for t in qualified[r.course]
                                                                  if (sc.teachers[t].get("max_periods_per_day") or 10**9) >= r.length
                                                                  and (sc.teachers[t].get("max_periods") or 10**9) >= r.length] \
                else ("req", r.index)

    # ------------------------------------------------------------ building

    def build(self):
        sc, m = self.sc, self.m
        nq, nd = sc.nq, len(sc.days)
        self.objective = []  # (coefficient in objective units, linear expression)
        self.domains()

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

        # Sessions ("units"): a requirement that is not joint is its own unit; a joint activity
        # (course, occurrence, segment) holds meetings, one Boolean per (start, pool), that the
        # groups' requirements attend.
        self.sess = {}      # r -> {(τ, k): Bool}: r is held starting at τ in pool k
        self.units = []     # (var, τ, k, length, teacher key or None, teachers, label)
        self.unit_of = {}   # (r, τ, k) -> index in self.units
        self.act = {}       # joint activity -> [requirement indices]
        for r in self.reqs:
            if r.joint:
                self.act.setdefault((r.course, r.occurrence, r.segment), []).append(r.index)
                continue
            i = r.index
            locs = sorted({(t, ("s", self.pools[k].site)) for t, k in self.cands[i]}, key=lambda c: (c[0], str(c[1][1])))
            self.sess[i] = {c: m.NewBoolVar(f"x_{i}_{c[0]}_{c[1][1]}") for c in locs}
            for (t, loc), v in self.sess[i].items():
                self.unit_of[(i, t, loc)] = len(self.units)
                self.units.append((v, t, loc, r.length, None if self.selfstudy[i] else self.tkey[i], self.tchs[i], ("r", i)))
        # Venues of sessions that are not joint, counted per class (same course/segment, same
        # allowed pools) and start: Σ_pools at site s w[class, τ, k] = Σ_class x[r, τ, s].
        self.cls, self.w_of = {}, {}
        for r in self.reqs:
            if not r.joint and self.cands[r.index]:
                key = (r.course, r.segment, r.length, tuple(sorted({k for t, k in self.cands[r.index]})))
                self.cls.setdefault(key, []).append(r.index)
        self.wv = {}        # (class, τ, k) -> Int/Bool: sessions of the class starting at τ in pool k
        for key, members in self.cls.items():
            by, pools_at = {}, {}
            for i in members:
                self.w_of[i] = key
                for (t, loc), v in self.sess[i].items():
                    by.setdefault((t, loc[1]), []).append(v)
                for t, k in self.cands[i]:
                    pools_at.setdefault((t, self.pools[k].site), set()).add(k)
            for (t, site), xs in by.items():
                if site is None:
                    continue   # online pools: never clash, always one free
                ws = {}
                for k in sorted(pools_at[(t, site)]):
                    pk = self.pools[k]
                    ws[k] = m.NewBoolVar(f"w_{t}_{k}") if pk.m == 1 else m.NewIntVar(0, pk.m, f"w_{t}_{k}")
                    self.wv[(key, t, k)] = ws[k]
                m.Add(sum(ws.values()) == sum(xs))
        self.meet = {}
        for a, members in self.act.items():
            r0 = self.reqs[members[0]]
            teachers = [t for t in self.tchs[members[0]] if all(t in self.tchs[i] for i in members)]
            selfstudy = all(self.selfstudy[i] for i in members)
            same = all(self.tkey[i] == self.tkey[members[0]] for i in members) and not self.tkey[members[0]][0] == "req"
            key = None if selfstudy else (self.tkey[members[0]] if same else ("act",) + a)
            slots = sorted({c for i in members for c in self.cands[i]})
            if not teachers and not selfstudy:
                slots = []
            for i in members:
                self.sess[i] = {c: m.NewBoolVar(f"a_{i}_{c[0]}_{c[1]}") for c in self.cands[i] if c in set(slots)}
            for c in slots:
                att = [(i, self.sess[i][c]) for i in members if c in self.sess[i]]
                mv = m.NewBoolVar(f"m_{a[0]}_{a[1]}_{a[2]}_{c[0]}_{c[1]}")
                self.meet[(a, c)] = mv
                for _, v in att:
                    m.AddImplication(v, mv)
                m.AddBoolOr([v for _, v in att]).OnlyEnforceIf(mv)
                k = self.pools[c[1]]
                sizes = [(sc.group[self.reqs[i].group]["size"], v) for i, v in att]
                if not k.online and sum(s for s, _ in sizes) > k.cap:
                    m.Add(sum(s * v for s, v in sizes) <= k.cap * mv)
                self.units.append((mv, c[0], c[1], r0.length, key, teachers, ("a", a)))
                for i, _ in att:
                    self.unit_of[(i, c[0], c[1])] = len(self.units) - 1

        # SessionCoverage: held = Σ of its placements, at most 1 (or the elective's choice).
        self.held = {}
        for r in self.reqs:
            i = r.index
            held = sum(self.sess[i].values())
            self.held[i] = held
            if r.elective:
                e = self.elect[(r.group, r.course)]
                if self.sess[i]:
                    m.Add(held <= e)
                self.objective.append((UNMET * r.length, e - held))
            else:
                if len(self.sess[i]) > 1:
                    m.AddAtMostOne(self.sess[i].values())
                self.objective.append((UNMET * r.length, 1 - held))

        # Shadowing placements: block starts, host counts (before GroupClash, which reads blk_day).
        self.placement_blocks()

        # GroupClash: one AddAtMostOne per group and slot, a block covering the slot's day in it
        # too (no session on a day the class is out); occ (sessions only) is what compactness reads.
        reqs_of = {}
        for r in self.reqs:
            reqs_of.setdefault(r.group, []).append(r.index)
        self.reqs_of = reqs_of
        self.occ, cover_site = {}, {}
        for g, idx in reqs_of.items():
            cover = {}
            for i in idx:
                L = self.reqs[i].length
                for (t, k), v in self.sess[i].items():
                    for j in range(L):
                        cover.setdefault(t + j, []).append(v)
                        cover_site.setdefault((g, t + j, self.loc_site(k)), []).append(v)
            for slot, vs in cover.items():
                out = self.blk_day.get((g, slot // nq), [])
                if len(vs) + len(out) > 1:
                    m.AddAtMostOne(vs + out)
                self.occ[(g, slot)] = sum(vs)

        # VenueClash per pool of k identical venues: ≤ k per slot (online pools never clash).
        pool_cover = {}
        for v, t, k, L, *_ in self.units:
            if isinstance(k, int) and not self.pools[k].online:
                for j in range(L):
                    pool_cover.setdefault((k, t + j), []).append(v)
        for (key, t, k), v in self.wv.items():
            for j in range(key[2]):
                pool_cover.setdefault((k, t + j), []).append(v)
        for (k, slot), vs in pool_cover.items():
            if len(vs) > self.pools[k].m:
                if self.pools[k].m == 1:
                    m.AddAtMostOne(vs)
                else:
                    m.Add(sum(vs) <= self.pools[k].m)

        # Teachers counted per (teacher key, site, start): z[key, site, t, τ] with
        # Σ_t z = Σ sessions of that key starting at τ at that site. No per-session teacher symmetry.
        gaps = [sc.periods[q + 1]["start"] - sc.periods[q]["end"] for q in range(nq - 1)]
        bucket = {}
        for u, (v, t, k, L, key, teachers, _) in enumerate(self.units):
            if key is None:
                continue
            b = bucket.setdefault((key, self.loc_site(k), t), {"L": L, "teachers": teachers, "units": []})
            b["units"].append(u)
        self.z = {}   # (key, site, τ) -> {teacher: Bool}
        tcover, tstart, tend, tday = {}, {}, {}, {}
        for (key, site, t), b in bucket.items():
            d, q = divmod(t, nq)
            L = b["L"]
            free = [tt for tt in b["teachers"] if not self.blocked("t", tt, sc.teachers[tt].get("unavailable"), d, q, L)]
            zs = {tt: m.NewBoolVar(f"z_{key}_{site}_{tt}_{t}") for tt in free}
            self.z[(key, site, t)] = zs
            m.Add(sum(zs.values()) == sum(self.units[u][0] for u in b["units"]))
            for tt, zv in zs.items():
                for j in range(L):
                    tcover.setdefault((tt, t + j), []).append(zv)
                tday.setdefault((tt, d), []).append((L, zv))
                if site is not None:
                    tstart.setdefault((tt, d, q, site), []).append(zv)
                    tend.setdefault((tt, d, q + L - 1, site), []).append(zv)
        for vs in tcover.values():
            if len(vs) > 1:
                m.AddAtMostOne(vs)

        # TeacherLoad, per day and in all.
        self.load = {}
        per_teacher = {}
        for (tt, d), items in tday.items():
            per_teacher.setdefault(tt, []).extend(items)
            lim = sc.teachers[tt].get("max_periods_per_day")
            if lim is not None and sum(L for L, _ in items) > int(lim):
                m.Add(sum(L * zv for L, zv in items) <= int(lim))
        for tt, items in per_teacher.items():
            self.load[tt] = sum(L * zv for L, zv in items)
            lim = sc.teachers[tt].get("max_periods")
            if lim is not None and sum(L for L, _ in items) > int(lim):
                m.Add(self.load[tt] <= int(lim))

        # Travel: "ends at q1 at site a" + "starts at q2 at a site too far from a" ≤ 1, per group
        # (and per teacher) and day: exact, as Paike's rows.
        all_sites = sorted({k.site for k in self.pools if k.site is not None})

        def travel_rows(ends, starts, who):
            for w in who:
                for d in range(nd):
                    for q1 in range(nq - 1):
                        for a in all_sites:
                            left = ends(w, d, q1, a)
                            if not left:
                                continue
                            for q2 in range(q1 + 1, nq):
                                gap = sc.periods[q2]["start"] - sc.periods[q1]["end"]
                                right = [v for s in all_sites if sc.trip_minutes(a, s) > gap for v in starts(w, d, q2, s)]
                                if right:
                                    m.Add(sum(left) + sum(right) <= 1)

        gstart, gend = {}, {}
        for g, idx in reqs_of.items():
            for i in idx:
                L = self.reqs[i].length
                for (t, k), v in self.sess[i].items():
                    s = self.loc_site(k)
                    if s is not None:
                        d, q = divmod(t, nq)
                        gstart.setdefault((g, d, q, s), []).append(v)
                        gend.setdefault((g, d, q + L - 1, s), []).append(v)
        travel_rows(lambda g, d, q, s: gend.get((g, d, q, s), []), lambda g, d, q, s: gstart.get((g, d, q, s), []), reqs_of)
        travel_rows(lambda t, d, q, s: tend.get((t, d, q, s), []), lambda t, d, q, s: tstart.get((t, d, q, s), []), sc.teachers)

        # Precedence (FirstCourse, FiveHavesOrder) through chained "has ended by τ" Booleans:
        # done[τ] = done[τ'] + Σ placements of a ending in [τ', τ), and the sessions that must
        # wait starting at τ sum to at most done[τ].
        def ended_by(i, positions, name):
            ends = {}
            for (t, k), v in self.sess[i].items():
                ends.setdefault(t + self.reqs[i].length, []).append(v)
            out, prev, acc = {}, None, []
            marks = sorted(set(positions))
            e_sorted = sorted(ends)
            j = 0
            for tau in marks:
                while j < len(e_sorted) and e_sorted[j] <= tau:
                    acc += ends[e_sorted[j]]
                    j += 1
                if prev is None and not acc:
                    out[tau] = 0
                    continue
                b = m.NewBoolVar(f"{name}_{tau}")
                m.Add(b == (prev if prev is not None else 0) + sum(acc))
                out[tau], prev, acc = b, b, []
            return out

        def starts_at(idx):
            by = {}
            for i in idx:
                for (t, k), v in self.sess[i].items():
                    by.setdefault(t, []).append(v)
            return by

        def forbid_before(done, waiting):
            """Starts at τ only once the earlier session has ended by τ (never, where it cannot)."""
            for tau, vs in waiting.items():
                if isinstance(done[tau], int):
                    for v in vs:
                        m.Add(v == 0)
                else:
                    m.Add(sum(vs) <= done[tau])

        for g, idx in reqs_of.items():
            firsts = [i for i in idx if self.reqs[i].first]
            others = [i for i in idx if not self.reqs[i].first]
            if not firsts or not others:
                continue
            waiting = starts_at(others)
            for f in firsts:
                done = ended_by(f, waiting.keys(), f"first_{f}")
                forbid_before(done, waiting)

        # CourseOrder (`after:`): a course's sessions start only once every session of each course it
        # follows has ended, for the same group (stricter than Paike where the earlier one is unmet).
        for g, idx in reqs_of.items():
            for c in sc.courses.values():
                later = [i for i in idx if self.reqs[i].course == c["id"]]
                if not later or not c.get("after"):
                    continue
                waiting = starts_at(later)
                for p in c["after"]:
                    if p == c["id"]:
                        continue
                    for e in [i for i in idx if self.reqs[i].course == p]:
                        done = ended_by(e, waiting.keys(), f"after_{e}_{c['id']}")
                        forbid_before(done, waiting)

        units5 = {}
        for r in self.reqs:
            if r.segment:
                units5.setdefault((r.group, r.course, r.occurrence), []).append(r.index)
        self.units5 = units5
        for (g, c, occ), idx in units5.items():
            idx.sort(key=lambda i: SEGMENTS.index(self.reqs[i].segment))
            for a, b in zip(idx, idx[1:]):
                if self.sess[a] or self.sess[b]:
                    m.Add(self.held[a] == self.held[b])
                waiting = starts_at([b])
                done = ended_by(a, waiting.keys(), f"order_{a}")
                forbid_before(done, waiting)
            W = int(sc.courses[c]["five_haves"]["within_days"])
            if W < nd:
                win = [m.NewBoolVar(f"win_{g}_{c}_{occ}_{s}") for s in range(nd - W + 1)]
                m.AddAtMostOne(win)
                for i in idx:
                    for d in range(nd):
                        vs = [v for (t, k), v in self.sess[i].items() if t // nq == d]
                        if vs:
                            m.Add(sum(vs) <= sum(win[s] for s in range(max(0, d - W + 1), min(d, nd - W) + 1)))

        w = sc.weights
        # Soft term: travel (a site other than home, once per group and day).
        if w["travel"] > 0:
            for g, idx in reqs_of.items():
                home = sc.group[g].get("site")
                if home is None:
                    continue
                for d in range(nd):
                    for s in all_sites:
                        if sc.trip_minutes(home, s) <= 0:
                            continue
                        rows = [cover_site[(g, d * nq + q, s)] for q in range(nq) if (g, d * nq + q, s) in cover_site]
                        if not rows:
                            continue
                        visit = m.NewBoolVar(f"visit_{g}_{d}_{s}")
                        for vs in rows:
                            m.Add(visit >= sum(vs))
                        self.objective.append((w["travel"] * sc.trip_minutes(home, s), visit))

        # Soft term: compactness.
        if w["compactness"] > 0:
            for g, idx in reqs_of.items():
                starting = {}
                for i in idx:
                    for (t, k), v in self.sess[i].items():
                        starting.setdefault(t // nq, []).append(v)
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
                    m.Add(lone >= 2 * used - sum(starting.get(d, [])))
                    self.objective.append((w["compactness"], breaks + lone))

        # Soft term: needs, coverage scaled by F so that it is a whole number.
        self.F = 1
        if w["needs"] > 0:
            per_group = {}
            for g in sc.groups:
                per_course = {}
                for i in reqs_of.get(g["id"], []):
                    per_course.setdefault(self.reqs[i].course, []).append(i)
                per_group[g["id"]] = per_course
                for c, rs in per_course.items():
                    self.F = self.F * len(rs) // math.gcd(self.F, len(rs))
            for g in sc.groups:
                per_course = per_group[g["id"]]
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
        self.full_objective = sum(round(c * self.SCALE) * e for c, e in self.objective)
        # Phase 1's objective: unmet periods (sessions, menu shortfall, placement blocks), the
        # terms weighted 10,000 a period, in periods.
        self.unmet_periods = sum(round(c / UNMET) * e for c, e in self.objective if c >= UNMET)
        m.Minimize(self.full_objective)

    # ------------------------------------------------------------ shadowing placements

    def roster(self, g):
        return [c for c in self.sc.cadres if c.get("group") == g]

    def placement_blocks(self):
        """PlacementBlock and HostCapacity. For each class g and placement course c it requires:
        blk[g,c][s] = the block starts at teaching day s (days s..s+N-1 all free for g in every
        period and holding its pinned dates), at most one; unmet costs N × periods per day ×
        10,000. y[g,c,h] = cadres at host h (Σ_h y = class size × held; 0 where h is unavailable on
        a block day). Per host and day: wy[g,c,h,d] ≥ y[g,c,h] − M·(1 − out[g,c,d]) and
        Σ_(g,c) wy ≤ host_capacity, written only where the classes that could be out could overflow."""
        sc, m = self.sc, self.m
        nq, nd = sc.nq, len(sc.days)
        self.blk, self.blk_day, self.hosty, self.blk_n = {}, {}, {}, {}
        for g in sc.groups:
            for cid in g["required"]:
                if cid not in sc.placement:
                    continue
                c = sc.placement[cid]
                N = int(c["days"])
                pinned = [sc.day_index.get(as_date(p["date"])) for p in sc.pins
                          if p["group"] == g["id"] and p["course"] == cid and p.get("date") is not None]
                free = [not self.blocked("g", g["id"], g.get("unavailable"), d, 0, nq) for d in range(nd)]
                starts = [s for s in range(nd - N + 1) if all(free[s:s + N]) and all(d is not None and s <= d < s + N for d in pinned)]
                bs = {s: m.NewBoolVar(f"blk_{g['id']}_{cid}_{s}") for s in starts}
                self.blk[(g["id"], cid)] = bs
                if len(bs) > 1:
                    m.AddAtMostOne(bs.values())
                for s, v in bs.items():
                    for d in range(s, s + N):
                        self.blk_day.setdefault((g["id"], d), []).append(v)
                self.objective.append((UNMET * N * nq, 1 - sum(bs.values())))
                n = len(self.roster(g["id"])) or int(g["size"])
                self.blk_n[(g["id"], cid)] = n
                ys = {}
                for h in c.get("hosts") or []:
                    V = sc.venues.get(h)
                    cap = int((V or {}).get("host_capacity") or 0)
                    if cap <= 0:
                        continue
                    ys[h] = m.NewIntVar(0, min(n, cap), f"y_{g['id']}_{cid}_{h}")
                    for s, v in bs.items():
                        if any(self.blocked("v", h, V.get("unavailable"), d, 0, nq) for d in range(s, s + N)):
                            m.Add(ys[h] == 0).OnlyEnforceIf(v)
                self.hosty[(g["id"], cid)] = ys
                m.Add(sum(ys.values()) == n * sum(bs.values()))
        for d in range(nd):
            byhost = {}
            for (g, cid), bs in self.blk.items():
                out = [v for s, v in bs.items() if s <= d < s + int(sc.placement[cid]["days"])]
                if not out:
                    continue
                for h, y in self.hosty[(g, cid)].items():
                    byhost.setdefault(h, []).append((g, cid, y, out))
            for h, items in byhost.items():
                cap = int(sc.venues[h]["host_capacity"])
                if sum(min(self.blk_n[(g, cid)], cap) for g, cid, _, _ in items) <= cap:
                    continue
                ws = []
                for g, cid, y, out in items:
                    M = min(self.blk_n[(g, cid)], cap)
                    wv = m.NewIntVar(0, M, f"wy_{g}_{cid}_{h}_{d}")
                    m.Add(wv >= y - M + M * sum(out))
                    ws.append(wv)
                m.Add(sum(ws) <= cap)

    def assign_hosts(self, solver):
        """Who goes where for the blocks the solve chose: Paike's host assignment (maximise
        needs weight × topic fit − travel weight × minutes, fit = Σ gap × (h(0) − h(host score)))
        as a small CP-SAT program over cadre types (same home and needs), values in 1/100.
        Returns {(g, c): [(cadre or None, host, count, fit, minutes)]}; None if it fails."""
        sc, nq = self.sc, self.sc.nq
        m = cp_model.CpModel()
        hpiece = lambda x: sum(b * max(0.0, p - x) for p, b in PIECES)
        units, x, day_use = [], {}, {}
        chosen = {}
        for (g, cid), bs in self.blk.items():
            s = next((s for s, v in bs.items() if solver.BooleanValue(v)), None)
            if s is None:
                continue
            N = int(sc.placement[cid]["days"])
            chosen[(g, cid)] = list(range(s, s + N))
            G = sc.group[g]
            roster = self.roster(g)
            if roster:
                types = {}
                for c in roster:
                    home = c.get("town") or G.get("site")
                    needs = c.get("needs") if c.get("needs") is not None else (G.get("needs") or {})
                    key = (home, json.dumps(needs, sort_keys=True))
                    types.setdefault(key, (home, needs, []))[2].append(c["id"])
                for home, needs, ids in types.values():
                    units.append((g, cid, home, needs, ids, len(ids)))
            else:
                units.append((g, cid, G.get("site"), G.get("needs") or {}, None, int(G["size"])))
        vals = {}
        for u, (g, cid, home, needs, ids, n) in enumerate(units):
            row = []
            for h in sc.placement[cid].get("hosts") or []:
                V = sc.venues.get(h) or {}
                cap = int(V.get("host_capacity") or 0)
                if cap <= 0 or any(self.blocked("v", h, V.get("unavailable"), d, 0, nq) for d in chosen[(g, cid)]):
                    continue
                topics = V.get("topics") or {}
                fit = sum(gap * (hpiece(0) - hpiece(float(topics.get(k, 0)))) for k, gap in needs.items() if gap > 0)
                mins = sc.trip_minutes(home, V.get("site"))
                x[(u, h)] = m.NewIntVar(0, min(n, cap), f"x_{u}_{h}")
                vals[(u, h)] = (fit, mins, round(100 * (sc.weights["needs"] * fit - sc.weights["travel"] * mins)))
                row.append(x[(u, h)])
                for d in chosen[(g, cid)]:
                    day_use.setdefault((h, d), []).append(x[(u, h)])
            m.Add(sum(row) == n)
        for (h, d), xs in day_use.items():
            m.Add(sum(xs) <= int(sc.venues[h]["host_capacity"]))
        m.Maximize(sum(vals[k][2] * v for k, v in x.items()))
        s = cp_model.CpSolver()
        s.parameters.max_time_in_seconds = 10
        s.parameters.num_workers = 1
        if s.Solve(m) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return None, chosen
        out = {}
        for u, (g, cid, home, needs, ids, n) in enumerate(units):
            left = list(ids) if ids else None
            for h in sc.placement[cid].get("hosts") or []:
                if (u, h) not in x:
                    continue
                k = s.Value(x[(u, h)])
                fit, mins, _ = vals[(u, h)]
                if k <= 0:
                    continue
                if left is None:
                    out.setdefault((g, cid), []).append((None, h, k, fit, mins))
                else:
                    for c in left[:k]:
                        out.setdefault((g, cid), []).append((c, h, 1, fit, mins))
                    left = left[k:]
        return out, chosen

    # ------------------------------------------------------------ greedy hint

    def greedy(self):
        """A simple constructive pass: first courses (joint meetings), then five-haves units whole
        and the other sessions, courses whose teachers are most loaded first, then fewest options,
        each at its earliest free (start, pool) with a free teacher (most load left first), then
        repair_hint. Returns (unmet periods, its assignment)."""
        sc, nq, nd = self.sc, self.sc.nq, len(self.sc.days)
        gbusy = {}          # (g, slot) -> site or "" (online)
        pused = {}          # (k, slot) -> count
        tbusy = {}          # (t, slot) -> site
        tday, ttot = {}, {}
        placed = {}         # r -> (τ, k)
        meetings = {}       # (a, τ, k) -> {"teacher": t, "size": n}
        uteacher = {}       # unit index -> teacher
        end_of = {}         # r -> τ + length

        def travel_ok(busy, who, t, L, site):
            if site is None:
                return True
            d, q = divmod(t, nq)
            for q2 in range(nq):
                s2 = busy.get((who, d * nq + q2))
                if s2 is None or s2 == "":
                    continue
                if q2 < q and sc.trip_minutes(s2, site) > sc.periods[q]["start"] - sc.periods[q2]["end"]:
                    return False
                if q2 > q + L - 1 and sc.trip_minutes(site, s2) > sc.periods[q2]["start"] - sc.periods[q + L - 1]["end"]:
                    return False
            return True

        def teacher_for(teachers, t, L, site):
            d, q = divmod(t, nq)
            best = None
            for tt in teachers:
                T = sc.teachers[tt]
                if self.blocked("t", tt, T.get("unavailable"), d, q, L):
                    continue
                if any((tt, t + j) in tbusy for j in range(L)):
                    continue
                if T.get("max_periods_per_day") is not None and tday.get((tt, d), 0) + L > int(T["max_periods_per_day"]):
                    continue
                left = (int(T["max_periods"]) if T.get("max_periods") is not None else 10**6) - ttot.get(tt, 0)
                if left < L or not travel_ok(tbusy, tt, t, L, site):
                    continue
                if best is None or left > best[0]:
                    best = (left, tt)
            return None if best is None else best[1]

        def group_ok(i, t, k):
            r = self.reqs[i]
            L = r.length
            if any((r.group, t + j) in gbusy for j in range(L)):
                return False
            if not travel_ok(gbusy, r.group, t, L, self.pools[k].site):
                return False
            return all(end_of.get(f) is not None and end_of[f] <= t for f in self.must_follow.get(i, []))

        def occupy(i, t, k, teacher, new_unit):
            r = self.reqs[i]
            site = self.pools[k].site
            for j in range(r.length):
                gbusy[(r.group, t + j)] = site if site is not None else ""
            if new_unit:
                if not self.pools[k].online:
                    for j in range(r.length):
                        pused[(k, t + j)] = pused.get((k, t + j), 0) + 1
                if teacher is not None:
                    d = t // nq
                    for j in range(r.length):
                        tbusy[(teacher, t + j)] = site if site is not None else ""
                    tday[(teacher, d)] = tday.get((teacher, d), 0) + r.length
                    ttot[teacher] = ttot.get(teacher, 0) + r.length
            placed[i] = (t, k)
            end_of[i] = t + r.length

        def release(i):
            r = self.reqs[i]
            t, k = placed.pop(i)
            end_of.pop(i)
            for j in range(r.length):
                gbusy.pop((r.group, t + j))
            u = self.unit_of[self.ukey(i, t, k)]
            if r.joint:
                a = (r.course, r.occurrence, r.segment)
                mt = meetings[(a, t, k)]
                mt["size"] -= sc.group[r.group]["size"]
                mt["n"] -= 1
                if mt["n"] > 0:
                    return
                del meetings[(a, t, k)]
            if not self.pools[k].online:
                for j in range(r.length):
                    pused[(k, t + j)] -= 1
            teacher = uteacher.pop(u, None)
            if teacher is not None:
                for j in range(r.length):
                    tbusy.pop((teacher, t + j))
                tday[(teacher, t // nq)] -= r.length
                ttot[teacher] -= r.length

        def place(i, after=None, before_day=None, only=None, prefer=None):
            r = self.reqs[i]
            L = r.length
            size = sc.group[r.group]["size"]
            a = (r.course, r.occurrence, r.segment) if r.joint else None
            opts = sorted(self.sess[i]) if r.joint else sorted(self.cands[i])
            if r.joint:   # join an existing meeting first
                for (t, k) in opts:
                    mt = meetings.get((a, t, k))
                    if mt is None or (after is not None and t < after) or (before_day is not None and t // nq > before_day):
                        continue
                    pk = self.pools[k]
                    if (pk.online or mt["size"] + size <= pk.cap) and group_ok(i, t, k):
                        mt["size"] += size
                        mt["n"] += 1
                        occupy(i, t, k, None, False)
                        return True
            for (t, k) in opts:
                if (after is not None and t < after) or (before_day is not None and t // nq > before_day):
                    continue
                if only is not None and (t, k) != only:
                    continue
                if r.joint and (a, t, k) in meetings:
                    continue
                pk = self.pools[k]
                if not pk.online and any(pused.get((k, t + j), 0) >= pk.m for j in range(L)):
                    continue
                if not group_ok(i, t, k):
                    continue
                u = self.unit_of[self.ukey(i, t, k)]
                key, teachers = self.units[u][4], self.units[u][5]
                teacher = None
                if key is not None:
                    teacher = teacher_for([prefer] if prefer in teachers else teachers, t, L, pk.site)
                    if teacher is None:
                        continue
                    uteacher[u] = teacher
                if r.joint:
                    meetings[(a, t, k)] = {"size": size, "n": 1}
                occupy(i, t, k, teacher, True)
                return True
            return False

        # Placement blocks first, as Paike chooses them: per class and course the latest free
        # window whose hosts can still take the class (cadres filled greedily, roomiest host first).
        hostleft, blk_hint, y_hint = {}, {}, {}
        for (g, cid), bs in self.blk.items():
            N, n = int(sc.placement[cid]["days"]), self.blk_n[(g, cid)]
            for s0 in sorted(bs, reverse=True):
                days = range(s0, s0 + N)
                if any((g, d * nq + q) in gbusy for d in days for q in range(nq)):
                    continue
                alloc, hosts = {}, []
                for h in self.hosty[(g, cid)]:
                    V = sc.venues[h]
                    if not any(self.blocked("v", h, V.get("unavailable"), d, 0, nq) for d in days):
                        hosts.append((min(hostleft.get((h, d), int(V["host_capacity"])) for d in days), h))
                for room, h in sorted(hosts, key=lambda x: (-x[0], x[1])):
                    k = min(room, n - sum(alloc.values()))
                    if k > 0:
                        alloc[h] = k
                if sum(alloc.values()) < n:
                    continue
                for h, k in alloc.items():
                    for d in days:
                        hostleft[(h, d)] = hostleft.get((h, d), int(sc.venues[h]["host_capacity"])) - k
                for d in days:
                    for q in range(nq):
                        gbusy[(g, d * nq + q)] = ""
                blk_hint[(g, cid)], y_hint[(g, cid)] = s0, alloc
                break

        firsts = [r.index for r in self.reqs if r.first]
        fh = set(i for idx in self.units5.values() for i in idx)
        for i in firsts:
            place(i)
        def place_unit(g, c, occ, idx):
            W = int(sc.courses[c]["five_haves"]["within_days"])
            for t0 in sorted({t for t, k in self.sess[idx[0]]}):
                got = []
                after = t0
                for i in idx:
                    lim = t0 // nq + W - 1
                    if not place(i, after, lim):
                        break
                    got.append(i)
                    after = end_of[i]
                if len(got) == len(idx):
                    return True
                for i in reversed(got):
                    release(i)
            return False

        rest = [r.index for r in self.reqs if not r.first and r.index not in fh and not r.elective]
        # teacher pressure: periods asked of a course's teachers over their total load limits
        demand, capacity = {}, {}
        for r in self.reqs:
            demand[r.course] = demand.get(r.course, 0) + r.length
        for c in sc.courses:
            capacity[c] = sum(min(int(T.get("max_periods") or 10**4), int(T.get("max_periods_per_day") or nq) * nd)
                              for T in sc.teachers.values() if c in (T.get("teaches") or []))
        press = {c: demand.get(c, 0) / capacity[c] if capacity.get(c) else 0 for c in sc.courses}
        items = [("u", key, idx) for key, idx in self.units5.items()] + [("r", None, [i]) for i in rest]
        def prio(it):
            idx = it[2]
            i = idx[0]
            opts = len(self.sess[i]) / max(1, self.reqs[i].length)
            return (-round(press[self.reqs[i].course], 1), opts, -sum(self.reqs[j].length for j in idx))
        items.sort(key=prio)
        for kind, key, idx in items:
            if kind == "u":
                if not any(i in placed for i in idx):
                    place_unit(*key, idx)
            else:
                place(idx[0])
        self.repair_hint(rest, placed, (gbusy, pused, tbusy, tday, ttot, placed, meetings, uteacher, end_of), place, release, uteacher)
        unmet = sum(self.reqs[i].length for i in rest + firsts + list(fh) if i not in placed)
        unmet += sum(int(sc.placement[c]["days"]) * nq for (g, c) in self.blk if (g, c) not in blk_hint)
        return unmet, (placed, meetings, uteacher, blk_hint, y_hint)

    def hint(self):
        """The greedy given to CP-SAT as its hint. Returns the number of requirements and
        placement blocks placed."""
        unmet, (placed, meetings, uteacher, blk_hint, y_hint) = self.greedy()
        self.hint_unmet = unmet
        # Hints: placements, meetings, teacher counts.
        m = self.m
        wcount = {}
        for i, opts in self.sess.items():
            c0 = placed.get(i)
            c1 = None if c0 is None else self.ukey(i, *c0)[1:]
            for c, v in opts.items():
                m.AddHint(v, 1 if c1 == c else 0)
            if c0 is not None and not self.reqs[i].joint:
                wcount[(self.w_of[i], c0[0], c0[1])] = wcount.get((self.w_of[i], c0[0], c0[1]), 0) + 1
        for key, v in self.wv.items():
            m.AddHint(v, wcount.get(key, 0))
        held_meet = {(a, (t, k)) for (a, t, k) in meetings}
        for key, mv in self.meet.items():
            m.AddHint(mv, 1 if key in held_meet else 0)
        zt = {}
        for u, tt in uteacher.items():
            v, t, k, L, key, *_ = self.units[u]
            zt[(key, self.loc_site(k), t, tt)] = 1
        for (key, site, t), zs in self.z.items():
            for tt, zv in zs.items():
                m.AddHint(zv, zt.get((key, site, t, tt), 0))
        for e in self.elect.values():
            m.AddHint(e, 0)
        for key, bs in self.blk.items():
            for s0, v in bs.items():
                m.AddHint(v, 1 if blk_hint.get(key) == s0 else 0)
            for h, y in self.hosty[key].items():
                m.AddHint(y, y_hint.get(key, {}).get(h, 0))
        self._placed = placed
        return len(placed) + len(blk_hint)

    def repair_hint(self, rest, placed, state, place, release, uteacher):
        """Ejection repair of the greedy: a session left out takes a start held only by movable
        sessions (not joint, first, five-haves or awaited): its group's there, plus at most one
        of another group's that holds one of its teachers or its pool, if each moved one can then
        be placed elsewhere; repeated while it helps."""
        nq = self.sc.nq
        waited = {j for js in self.must_follow.values() for j in js}
        movable = set(i for i in rest if i not in waited and not self.reqs[i].joint)

        def attempt(i, t, k, block):
            snap = [dict(d) for d in state]
            for j in block:
                release(j)
            ok = place(i, only=(t, k))
            if ok:
                for j in sorted(block, key=lambda j: len(self.cands[j])):
                    if not place(j):
                        ok = False
                        break
            if not ok:
                for d, d0 in zip(state, snap):
                    d.clear()
                    d.update(d0)
            return ok

        for sweep in range(4):
            progress = False
            for i in rest:
                if i in placed or self.reqs[i].joint:
                    continue
                r = self.reqs[i]
                for (t, k) in sorted(self.cands[i]):
                    if t // nq != (t + r.length - 1) // nq:
                        continue
                    teachers = set(self.units[self.unit_of[self.ukey(i, t, k)]][5])
                    own, other = set(), []
                    for j, (t2, k2) in placed.items():
                        if t2 >= t + r.length or t2 + self.reqs[j].length <= t:
                            continue
                        if self.reqs[j].group == r.group:
                            own.add(j)
                        elif j in movable and (k2 == k or uteacher.get(self.unit_of[self.ukey(j, t2, k2)]) in teachers):
                            other.append(j)
                    if any(j not in movable for j in own) or len(own) > 2:
                        continue
                    if attempt(i, t, k, own) or any(attempt(i, t, k, own | {j}) for j in other):
                        progress = True
                        break
            if not progress:
                break

    def complete_hint(self):
        """Complete the greedy hint over every variable (shares, windows, soft-term measures) by
        one short solve with the hinted variables fixed, so that CP-SAT starts from a complete,
        feasible hint (an incomplete one is often dropped)."""
        s = cp_model.CpSolver()
        s.parameters.fix_variables_to_their_hinted_value = True
        s.parameters.num_workers = 1
        s.parameters.max_time_in_seconds = 30
        st = s.Solve(self.m)
        if st not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return False
        vals = list(s.ResponseProto().solution)
        self.m.ClearHints()
        for idx, v in enumerate(vals):
            self.m.AddHint(self.m.GetIntVarFromProtoIndex(idx), v)
        return True

    @property
    def must_follow(self):
        """r -> requirements that must have ended before r starts (first course, previous segment)."""
        if not hasattr(self, "_follow"):
            f = {}
            for g, idx in self.reqs_of.items():
                firsts = [i for i in idx if self.reqs[i].first]
                for i in idx:
                    if not self.reqs[i].first:
                        f.setdefault(i, []).extend(firsts)
            for idx in self.units5.values():
                for a, b in zip(idx, idx[1:]):
                    f.setdefault(b, []).append(a)
            for g, idx in self.reqs_of.items():
                for i in idx:
                    for p in self.sc.courses[self.reqs[i].course].get("after") or []:
                        f.setdefault(i, []).extend(e for e in idx if self.reqs[e].course == p and p != self.reqs[i].course)
            self._follow = f
        return self._follow

    # ------------------------------------------------------------ reading a solution

    def timetable(self, solver):
        sc, nq = self.sc, self.sc.nq
        val = solver.BooleanValue
        # Units held, their teachers (from the counts) and venues (per pool, in start order).
        held_units = [u for u, un in enumerate(self.units) if val(un[0])]
        teacher = {}
        by_bucket = {}
        for u in held_units:
            v, t, k, L, key, *_ = self.units[u]
            if key is not None:
                by_bucket.setdefault((key, self.loc_site(k), t), []).append(u)
        for b, us in by_bucket.items():
            ts = [tt for tt, zv in self.z[b].items() if val(zv)]
            for u, tt in zip(us, ts):
                teacher[u] = tt
        # Sessions not joint: their pool from the class counts w; then rooms per pool in start order
        # (interval graphs: the greedy colouring needs no more rooms than the pool's count).
        pool = {}
        by_class = {}
        for u in held_units:
            v, t, loc, L, key, teachers, (kind, i) = self.units[u]
            if kind == "a":
                pool[u] = loc
            elif loc[1] is None:
                pool[u] = next(k for tt, k in self.cands[i] if tt == t and self.pools[k].online)
            else:
                by_class.setdefault((self.w_of[i], t, loc[1]), []).append(u)
        for (ck, t, site), us in by_class.items():
            ks = []
            for k in sorted({k for i in self.cls[ck] for tt, k in self.cands[i] if tt == t and self.pools[k].site == site}):
                ks += [k] * solver.Value(self.wv[(ck, t, k)])
            for u, k in zip(us, ks):
                pool[u] = k
        venue = {}
        busy = {}
        for u in sorted(held_units, key=lambda u: self.units[u][1]):
            v, t, _, L, *_ = self.units[u]
            k = pool[u]
            pk = self.pools[k]
            if pk.online:
                venue[u] = pk.venues[0]
                continue
            for vid in pk.venues:
                if all((vid, t + j) not in busy for j in range(L)):
                    venue[u] = vid
                    for j in range(L):
                        busy[(vid, t + j)] = u
                    break
        host = {}
        rows, unmet = [], []
        for r in self.reqs:
            i = r.index
            c = next((c for c, v in self.sess[i].items() if val(v)), None)
            if c is None:
                if not r.elective or val(self.elect[(r.group, r.course)]):
                    unmet.append({"group": r.group, "course": r.course, "occurrence": r.occurrence,
                                  "segment": r.segment, "periods": r.length, "rule": "SessionCoverage",
                                  "reason": "not held by the CP-SAT peer"})
                continue
            u = self.unit_of[(i, c[0], c[1])]
            host.setdefault(u, r.group)
            t = c[0]
            sid = "-".join([r.course, str(r.occurrence)] + ([r.segment] if r.segment else []) + [host[u]])
            for k in range(r.length):
                d, q = divmod(t + k, nq)
                rows.append((d, q, r.group, sid, r, teacher.get(u), venue[u]))
        # Placement blocks: every period of each block day, no teacher, venue or segment.
        for (g, cid), bs in self.blk.items():
            s0 = next((s0 for s0, v in bs.items() if val(v)), None)
            N = int(sc.placement[cid]["days"])
            if s0 is None:
                unmet.append({"group": g, "course": cid, "occurrence": 1, "segment": None, "periods": N * nq,
                              "rule": "PlacementBlock", "reason": "not held by the CP-SAT peer"})
                continue
            for d in range(s0, s0 + N):
                for q in range(nq):
                    rows.append((d, q, g, f"{cid}-{g}", None, None, None))
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
            day, p = sc.days[d], sc.periods[q]
            if r is None:   # a placement day: the course is the session id's prefix
                c = sc.courses[sid[:-len(g) - 1]]
                wr.writerow([day.isoformat(), WEEKDAYS[day.weekday()], p["id"], hhmm(p["start"]), hhmm(p["end"]), g,
                             guard(sc.group[g]["name"]), c["id"], guard(c["title"]), "placement", "", "", "", "", "", "",
                             sid, 1])
                continue
            c, V = sc.courses[r.course], sc.venues[v]
            wr.writerow([day.isoformat(), WEEKDAYS[day.weekday()], p["id"], hhmm(p["start"]), hhmm(p["end"]), g,
                         guard(sc.group[g]["name"]), r.course, guard(c["title"]), c["form"], r.segment or "", t or "",
                         guard(sc.teachers[t]["name"]) if t else "", v, guard(V["name"]), V["kind"], sid, r.occurrence])
        with open(os.path.join(out, "timetable.csv"), "w", encoding="utf-8-sig", newline="") as f:
            f.write(buf.getvalue())
        with open(os.path.join(out, "solution.json"), "w", encoding="utf-8") as f:
            json.dump({"source": "cpsat_paike.py", "unmet": unmet}, f, ensure_ascii=False, indent=1)
        if self.blk:
            self.write_placements(solver, out, guard)

    def write_placements(self, solver, out, guard):
        """placements.csv (docs/outputs.md): a row per cadre of a roster (count 1), else per class
        and host with its count; the hosts from Paike's assignment program for the chosen blocks,
        or, should that fail, the solve's own counts y (fit and minutes then 0)."""
        sc = self.sc
        shares, chosen = self.assign_hosts(solver)
        if shares is None:
            shares = {}
            for key, days in chosen.items():
                left = [c["id"] for c in self.roster(key[0])] or None
                for h, y in self.hosty[key].items():
                    k = solver.Value(y)
                    if k <= 0:
                        continue
                    if left is None:
                        shares.setdefault(key, []).append((None, h, k, 0, 0))
                    else:
                        shares.setdefault(key, []).extend((c, h, 1, 0, 0) for c in left[:k])
                        left = left[k:]
        names = {c["id"]: c.get("name", c["id"]) for c in sc.cadres}

        def fit(x):
            t = "%.2f" % x
            return t.rstrip("0").rstrip(".") if "." in t else t

        buf = io.StringIO()
        wr = csv.writer(buf, lineterminator="\r\n")
        wr.writerow(["group_id", "group_name", "cadre_id", "cadre_name", "count", "host_id", "host_name",
                     "start_date", "end_date", "topic_fit", "travel_minutes"])
        for (g, cid) in sorted(chosen):
            days = chosen[(g, cid)]
            for cadre, h, k, f, mins in shares.get((g, cid), []):
                wr.writerow([g, guard(sc.group[g]["name"]), cadre or "", guard(names[cadre]) if cadre else "", k, h,
                             guard(sc.venues[h]["name"]), sc.days[days[0]].isoformat(), sc.days[days[-1]].isoformat(),
                             fit(f), mins])
        with open(os.path.join(out, "placements.csv"), "w", encoding="utf-8-sig", newline="") as f:
            f.write(buf.getvalue())


class History(cp_model.CpSolverSolutionCallback):
    """Records [seconds since T0, full objective] per solution. In phase 1 (objective: unmet
    periods only) the full objective is evaluated from the solution, and the search stops once
    no period is unmet (or the bound is reached)."""

    def __init__(self, model, points, phase1=False):
        super().__init__()
        self.model, self.points, self.phase1 = model, points, phase1
        self.best = None    # phase 1: (unmet periods, full objective)

    def on_solution_callback(self):
        t = round(time.monotonic() - T0, 3)
        if not self.phase1:
            self.points.append([t, self.ObjectiveValue() / self.model.SCALE])
            return
        full = self.Value(self.model.full_objective) / self.model.SCALE
        unmet = self.ObjectiveValue()
        self.best = (unmet, full)
        self.points.append([t, full])
        if unmet <= 0 or unmet <= self.BestObjectiveBound():
            self.StopSearch()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("scenario")
    ap.add_argument("--time-limit", type=float, default=60, help="seconds for the whole run, build included")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--out", default=None)
    ap.add_argument("--build-only", action="store_true", help="build the model, print its size, do not solve")
    ap.add_argument("--no-hint", action="store_true", help="no greedy hint")
    ap.add_argument("--log", action="store_true", help="CP-SAT's search log on stderr")
    a = ap.parse_args()

    sc = Scenario(a.scenario)
    model = Model(sc)
    hinted = model.hint() if not a.no_hint else None
    if hinted is not None:
        model.complete_hint()
    built = time.monotonic() - T0
    proto = model.m.Proto()
    size = {"variables": len(proto.variables), "constraints": len(proto.constraints),
            "requirements": len(model.reqs), "joint_meetings": len(model.meet), "pools": len(model.pools),
            "hint_held": hinted, "seconds_build": round(built, 3)}
    if a.build_only:
        size["peak_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps(size))
        return
    points = []

    def make_solver(seconds):
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = max(1.0, seconds)
        solver.parameters.num_workers = a.workers
        # With 2 workers the default portfolio spends one worker on an LP-heavy tree search that
        # makes no progress on these models; LNS on both workers (around the hint) does better.
        solver.parameters.use_lns_only = True
        solver.parameters.log_search_progress = a.log
        solver.parameters.log_to_stdout = False
        if a.log:
            solver.log_callback = lambda s: print(s, file=sys.stderr)
        return solver

    # Phase 1: hold every session first (minimise unmet periods only), stopping as soon as none
    # is unmet, within at most about 60 % of the time left.
    m = model.m
    left = a.time_limit - (time.monotonic() - T0)
    m.Minimize(model.unmet_periods)
    s1 = make_solver(0.6 * left)
    cb1 = History(model, points, phase1=True)
    st1 = s1.Solve(m, cb1)
    ok1 = st1 in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    # Phase 2: the full objective, from phase 1's solution (every variable hinted), unmet periods
    # kept at most phase 1's.
    solver, status = s1, st1
    if ok1:
        m.ClearHints()
        for idx in range(len(m.Proto().variables)):
            v = m.GetIntVarFromProtoIndex(idx)
            m.AddHint(v, s1.Value(v))
        m.Add(model.unmet_periods <= int(round(s1.ObjectiveValue())))
    m.Minimize(model.full_objective)
    left = a.time_limit - (time.monotonic() - T0)
    if left > 1.0:
        s2 = make_solver(left)
        st2 = s2.Solve(m, History(model, points))
        if st2 in (cp_model.OPTIMAL, cp_model.FEASIBLE) or not ok1:
            solver, status = s2, st2
    cb = type("cb", (), {"points": points})
    secs = time.monotonic() - T0
    found = status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    if found and a.out:
        model.write(solver, a.out)
    final = (solver.ObjectiveValue() if solver is not s1 else s1.Value(model.full_objective)) / model.SCALE if found else None
    bound = solver.BestObjectiveBound() / model.SCALE if found and solver is not s1 else None
    out = {"status": solver.StatusName(status),
           "objective_cpsat": final, "bound_cpsat": bound,
           # False when phase 2 found nothing (short limits): the figure is then phase 1's, whose
           # soft-term variables were not minimised, so it may exceed what `paike check` prices.
           "objective_minimised": found and solver is not s1,
           "seconds_to_first": cb.points[0][0] if cb.points else None,
           "seconds_to_final": cb.points[-1][0] if cb.points else None,
           "seconds": round(secs, 3), "history": cb.points,
           "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}
    out.update(size)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
