# Paike: the timetabling integer program of a cadre-training programme, in GNU MathProg.
#
# This is the formulation Paike's Planner builds (Sources/Planner), written for reading and for
# running with any MathProg reader. The data file, written by
#     paike export SCENARIO --format mathprog > scenario.dat
# lists what the scenario allows (every feasible placement, which requirement each can hold,
# limits, travel minutes, weights); this model states the rules. Run it with
#     glpsol --math Models/paike.mod --data scenario.dat
# The last line glpsol prints before "Model has been successfully processed" is
#     PAIKE_OBJECTIVE <value>
# which equals the optimum `paike solve` reaches. The mathematics is explained in docs/model.md.
# Not modelled here: cohorts, min_days, objective.over_capacity and objective.venue_changes;
# `paike export --format mathprog` refuses scenarios that use them.
#
# Vocabulary. A group (a class of cadres) requires sessions; one session of one course, or one
# segment of a five-haves on-site unit, for one group, is a REQUIREMENT. A PLACEMENT is one way to
# hold an activity: a teaching day, a first period, a pool of identical venues and a teacher
# (none for a self-study online course that no teacher teaches). Only placements meeting the
# calendar, availability, qualification, venue and capacity rules exist, so those rules need no
# rows here. A joint course is one meeting several groups share.

# ---------------------------------------------------------------------------------------------
# Calendar, places, people
# ---------------------------------------------------------------------------------------------

param n_days integer >= 0;                 # teaching days 0 .. n_days-1, in calendar order
param n_periods integer >= 0;               # periods 0 .. n_periods-1, the same every day
set DAYS := 0 .. n_days - 1;
set PERIODS := 0 .. n_periods - 1;
param date{DAYS} symbolic;                 # ISO date of each teaching day
param period_start{PERIODS} >= 0;          # minutes after midnight
param period_end{PERIODS} >= 0;
param period_name{PERIODS} symbolic;
# minutes from the end of period q1 to the start of period q2 on one day
param gap{q1 in PERIODS, q2 in PERIODS} := period_start[q2] - period_end[q1];

set SITES;
param trip{SITES, SITES} >= 0, default 0;  # travel minutes; 0 within one site

set POOLS;                                 # pools of interchangeable venues
param pool_size{POOLS} integer > 0;        # venues in the pool
set ONLINE within POOLS;                   # online venues never clash
set CAPPED within POOLS;                   # pools with a seat limit
param capacity{CAPPED} >= 0;
set SITED_POOLS within POOLS;              # pools at a site (online ones are at none)
param pool_site{SITED_POOLS} symbolic in SITES;

set GROUPS;
param group_size{GROUPS} >= 0;
set HOMED within GROUPS;                   # groups with a home site
param home{HOMED} symbolic in SITES;

# ---------------------------------------------------------------------------------------------
# Requirements, activities, placements, assignments
# ---------------------------------------------------------------------------------------------

set REQS;
param group{REQS} symbolic in GROUPS;
param course{REQS} symbolic;
param req_len{REQS} integer > 0;           # consecutive periods of the session
set FIRST within REQS;                     # sessions of a group's compulsory first course
set ELECTIVES dimen 2;                     # (group, course): menu courses a group may choose
set ELECTIVE_REQS within REQS;             # requirements of menu courses
check{r in ELECTIVE_REQS}: (group[r], course[r]) in ELECTIVES;

set ACTIVITIES;                            # what is held as one session
set SHARERS{ACTIVITIES} within REQS;       # requirements an activity can satisfy
set JOINT_ACTIVITIES within ACTIVITIES;    # joint courses: one meeting, several groups

set PLACEMENTS;
param activity{PLACEMENTS} symbolic in ACTIVITIES;
param day{PLACEMENTS} in DAYS;
param start{PLACEMENTS} in PERIODS;
param len{PLACEMENTS} integer > 0;
param pool{PLACEMENTS} symbolic in POOLS;
# Placements with a teacher. The others hold a self-study online course nobody teaches (S10)
# and take part in no teacher rule.
set TAUGHT within PLACEMENTS;
param teacher{TAUGHT} symbolic;
param finish{p in PLACEMENTS} := start[p] + len[p] - 1;      # last period
check{p in PLACEMENTS}: finish[p] < n_periods;
# position in the whole programme, for "ends before" across days
param slot_start{p in PLACEMENTS} := day[p] * n_periods + start[p];
param slot_end{p in PLACEMENTS} := day[p] * n_periods + finish[p];
set JOINT := setof{p in PLACEMENTS: activity[p] in JOINT_ACTIVITIES} p;
set SITED := setof{p in PLACEMENTS: pool[p] in SITED_POOLS} p;
param site{p in SITED} symbolic := pool_site[pool[p]];

# An assignment (r, p): placement p can hold requirement r (its group fits, is free, ...).
set PLACEMENTS_OF{REQS} within PLACEMENTS;
set ASSIGN := setof{r in REQS, p in PLACEMENTS_OF[r]} (r, p);
set ASSIGN_JOINT := setof{(r, p) in ASSIGN: p in JOINT} (r, p);
check{(r, p) in ASSIGN}: r in SHARERS[activity[p]] and len[p] = req_len[r];

set START_SLOTS{r in REQS} := setof{p in PLACEMENTS_OF[r]} slot_start[p];   # where r could start
set REQ_DAYS{r in REQS} := setof{p in PLACEMENTS_OF[r]} day[p];              # days r could fall on
set REQS_OF{g in GROUPS} := setof{r in REQS: group[r] = g} r;
# assignments of group g on day d
set ON_DAY{g in GROUPS, d in DAYS} := setof{r in REQS_OF[g], p in PLACEMENTS_OF[r]: day[p] = d} (r, p);
set TEACHERS := setof{p in TAUGHT} teacher[p];
set BY_TEACHER{t in TEACHERS} := setof{p in TAUGHT: teacher[p] = t} p;
set TEACHES{t in TEACHERS, d in DAYS} := setof{p in BY_TEACHER[t]: day[p] = d} p;
set BY_POOL{k in POOLS} := setof{p in PLACEMENTS: pool[p] = k} p;
set AT_POOL{k in POOLS, d in DAYS} := setof{p in BY_POOL[k]: day[p] = d} p;

# ---------------------------------------------------------------------------------------------
# Rule data
# ---------------------------------------------------------------------------------------------

set MENU_GROUPS within GROUPS;
param menu_periods{MENU_GROUPS} >= 0;      # elective periods the menu asks for
param elective_periods{ELECTIVES} >= 0;    # periods an elective course fills in all

set DAY_LIMITED within TEACHERS;
param max_per_day{DAY_LIMITED} >= 0;
set TOTAL_LIMITED within TEACHERS;
param max_total{TOTAL_LIMITED} >= 0;

# (a, b): segment b comes right after segment a in one group's five-haves unit
set NEXT_SEGMENT within REQS cross REQS;

set UNITS;                                 # five-haves units whose window is binding
param within_days{UNITS} integer > 0;
set SEGMENTS_OF{UNITS} within REQS;
set WINDOW_STARTS{u in UNITS} := 0 .. n_days - within_days[u];

# ---------------------------------------------------------------------------------------------
# Objective data
# ---------------------------------------------------------------------------------------------

param unmet_penalty > 0;                   # per period of a session left out
param objective_constant, default 0;
param w_needs >= 0;
param w_travel >= 0;
param w_compactness >= 0;
param w_balance >= 0;

set NEEDS dimen 2;                         # (group, topic) with a gap score above 0
param need_score{NEEDS} > 0;
set COVERS dimen 2;                        # (course, topic) with a topic score above 0
param topic_score{COVERS} > 0;
set PIECES;                                # h(c) = sum_i slope_i * max(0, point_i - c)
param point{PIECES};
param slope{PIECES} > 0;
# requirements of the same group and course: the topic score is shared out among them
param same_course{r in REQS} := card(setof{r2 in REQS_OF[group[r]]: course[r2] = course[r]} r2);

param fair_share{TEACHERS} >= 0, default 0;

# ---------------------------------------------------------------------------------------------
# Variables
# ---------------------------------------------------------------------------------------------

var held{PLACEMENTS} binary;               # the placement is used (a joint meeting takes place)
var attend{ASSIGN_JOINT} binary;           # the group of r attends joint meeting p
var unmet{REQS} >= 0, <= 1;                # r is left out (priced; 1 when taken but not held)
var elect{ELECTIVES} binary;               # the group takes this menu course
var menu_short{g in MENU_GROUPS} >= 0, <= menu_periods[g];
var window{u in UNITS, s in WINDOW_STARTS[u]} binary;    # unit u runs within days s .. s+w-1

# Below, "x[r,p]" means (if p in JOINT then attend[r,p] else held[p]): r is held by p. A placement
# that is not joint holds exactly one requirement, so its own column says so.

# ---------------------------------------------------------------------------------------------
# SessionCoverage
# A group may not miss a required session, take one twice, or take a course it neither
# requires nor chose.
# ---------------------------------------------------------------------------------------------
s.t. SessionCoverage{r in REQS}:
    sum{p in PLACEMENTS_OF[r]} (if p in JOINT then attend[r, p] else held[p]) + unmet[r]
    = if r in ELECTIVE_REQS then elect[group[r], course[r]] else 1;

# ---------------------------------------------------------------------------------------------
# ElectiveMenu
# A group may not take electives filling more or fewer periods than its menu asks.
# (Shortfall is allowed at the unmet price, so an unfillable menu still yields a timetable.)
# ---------------------------------------------------------------------------------------------
s.t. ElectiveMenu{g in MENU_GROUPS}:
    sum{(g, c) in ELECTIVES} elective_periods[g, c] * elect[g, c] + menu_short[g] = menu_periods[g];

# CalendarFit, Availability, TeacherQualification, VenueFit, JointClass: no rows. Placements exist
# only on teaching days, within the day, where group, teacher and venue are free, with a teacher
# of the course (or, for a self-study online course nobody teaches, with none), at an allowed
# venue; only joint activities have per-group attendance.

# ---------------------------------------------------------------------------------------------
# GroupClash
# A group may not be in two sessions at once.
# One row per (group, day, period) that any assignment could occupy: it defines occ[g, d, q],
# the group's occupancy of that period, whose upper bound 1 is the clash rule. The compactness
# term reads occ instead of repeating every assignment.
# ---------------------------------------------------------------------------------------------
set GROUP_SLOTS := setof{g in GROUPS, d in DAYS, (r, p) in ON_DAY[g, d], q in start[p] .. finish[p]} (g, d, q);
var occ{GROUP_SLOTS} >= 0, <= 1;
s.t. GroupClash{(g, d, q) in GROUP_SLOTS}:
    sum{(r, p) in ON_DAY[g, d]: start[p] <= q and q <= finish[p]}
        (if p in JOINT then attend[r, p] else held[p]) - occ[g, d, q] = 0;

# ---------------------------------------------------------------------------------------------
# TeacherClash
# A teacher may not teach two sessions at once.
# ---------------------------------------------------------------------------------------------
s.t. TeacherClash{t in TEACHERS, d in DAYS, q in PERIODS:
        card(setof{p in TEACHES[t, d]: start[p] <= q and q <= finish[p]} p) > 1}:
    sum{p in TEACHES[t, d]: start[p] <= q and q <= finish[p]} held[p] <= 1;

# ---------------------------------------------------------------------------------------------
# VenueClash
# A venue may not hold two sessions at once, unless it is online.
# Per pool of identical venues: no more sessions at once than the pool has venues; rooms are
# assigned after the solve by interval colouring, which is exact for identical rooms.
# ---------------------------------------------------------------------------------------------
s.t. VenueClash{k in POOLS diff ONLINE, d in DAYS, q in PERIODS:
        card(setof{p in AT_POOL[k, d]: start[p] <= q and q <= finish[p]} p) > pool_size[k]}:
    sum{p in AT_POOL[k, d]: start[p] <= q and q <= finish[p]} held[p] <= pool_size[k];

# ---------------------------------------------------------------------------------------------
# VenueCapacity
# A venue may not hold more people than its capacity.
# A single group's placements exist only where the group fits; a joint meeting's groups must
# fit together, and groups attend only a meeting that is held (and a meeting is held only if
# attended).
# ---------------------------------------------------------------------------------------------
s.t. VenueCapacityAttend{(r, p) in ASSIGN_JOINT}: attend[r, p] <= held[p];
s.t. VenueCapacityHeld{p in JOINT}:
    held[p] <= sum{r in SHARERS[activity[p]]: (r, p) in ASSIGN} attend[r, p];
s.t. VenueCapacity{p in JOINT: pool[p] in CAPPED
        and sum{r in SHARERS[activity[p]]: (r, p) in ASSIGN} group_size[group[r]] > capacity[pool[p]]}:
    sum{r in SHARERS[activity[p]]: (r, p) in ASSIGN} group_size[group[r]] * attend[r, p]
    <= capacity[pool[p]] * held[p];

# ---------------------------------------------------------------------------------------------
# TeacherLoad
# A teacher may not teach more than max_periods_per_day in a day or max_periods in all.
# Per-day rows only where the candidates could exceed the limit. load[t], the periods t teaches,
# is defined for every teacher with placements; its upper bound is max_periods (none when
# unlimited). The teacher_balance term reads it.
# ---------------------------------------------------------------------------------------------
s.t. TeacherLoadDay{t in DAY_LIMITED, d in DAYS: sum{p in TEACHES[t, d]} len[p] > max_per_day[t]}:
    sum{p in TEACHES[t, d]} len[p] * held[p] <= max_per_day[t];
var load{t in TEACHERS} >= 0, <= if t in TOTAL_LIMITED then max_total[t] else Infinity;
s.t. TeacherLoadTotal{t in TEACHERS}:
    sum{p in BY_TEACHER[t]} len[p] * held[p] - load[t] = 0;

# ---------------------------------------------------------------------------------------------
# FirstCourse
# No session of a group may start before its compulsory first course has ended.
# first_done[f, tau] is the share of first-course session f finished before slot tau: one
# column per start slot keeps every row short instead of one long cumulative row. The columns
# form a chain over the start slots in order: first_done[f, tau] may not exceed its predecessor
# plus the sessions of f ending from the predecessor's slot up to tau, so each session of f
# appears in one row only. The first slot has no predecessor (-1 below) and sums every end
# before it.
# ---------------------------------------------------------------------------------------------
set FIRST_AFTER{f in FIRST} := REQS_OF[group[f]] diff FIRST;    # must wait for f
set FIRST_TAUS{f in FIRST} := setof{r in FIRST_AFTER[f], tau in START_SLOTS[r]} tau;
param first_prev{f in FIRST, tau in FIRST_TAUS[f]} := max{t2 in FIRST_TAUS[f] union {-1}: t2 < tau} t2;
var first_done{f in FIRST, tau in FIRST_TAUS[f]} >= 0, <= 1;
s.t. FirstCourseDone{f in FIRST, tau in FIRST_TAUS[f]}:
    first_done[f, tau]
    <= (if first_prev[f, tau] >= 0 then first_done[f, first_prev[f, tau]] else 0)
     + sum{p in PLACEMENTS_OF[f]: first_prev[f, tau] <= slot_end[p] and slot_end[p] < tau}
        (if p in JOINT then attend[f, p] else held[p]);
s.t. FirstCourse{f in FIRST, r in FIRST_AFTER[f], tau in START_SLOTS[r]}:
    sum{p in PLACEMENTS_OF[r]: slot_start[p] = tau} (if p in JOINT then attend[r, p] else held[p])
    <= first_done[f, tau];

# ---------------------------------------------------------------------------------------------
# FiveHavesOrder
# No five-haves segment may start before the previous segment of its unit has ended, and no unit
# may be held in part.
# Same construction as FirstCourse (a chain over b's start slots), one pair of consecutive
# segments at a time.
# ---------------------------------------------------------------------------------------------
param order_prev{(a, b) in NEXT_SEGMENT, tau in START_SLOTS[b]} := max{t2 in START_SLOTS[b] union {-1}: t2 < tau} t2;
var order_done{(a, b) in NEXT_SEGMENT, tau in START_SLOTS[b]} >= 0, <= 1;
s.t. FiveHavesOrderDone{(a, b) in NEXT_SEGMENT, tau in START_SLOTS[b]}:
    order_done[a, b, tau]
    <= (if order_prev[a, b, tau] >= 0 then order_done[a, b, order_prev[a, b, tau]] else 0)
     + sum{p in PLACEMENTS_OF[a]: order_prev[a, b, tau] <= slot_end[p] and slot_end[p] < tau}
        (if p in JOINT then attend[a, p] else held[p]);
s.t. FiveHavesOrder{(a, b) in NEXT_SEGMENT, tau in START_SLOTS[b]}:
    sum{p in PLACEMENTS_OF[b]: slot_start[p] = tau} (if p in JOINT then attend[b, p] else held[p])
    <= order_done[a, b, tau];
# All five segments or none: a unit without its summary is no five-haves unit.
s.t. FiveHavesWhole{(a, b) in NEXT_SEGMENT}: unmet[a] - unmet[b] = 0;

# ---------------------------------------------------------------------------------------------
# FiveHavesWindow
# The segments of a five-haves unit may not spread over more than within_days consecutive
# teaching days. At most one window is chosen; a segment may fall on a day only if the chosen
# window covers it.
# ---------------------------------------------------------------------------------------------
s.t. FiveHavesWindowOne{u in UNITS}: sum{s in WINDOW_STARTS[u]} window[u, s] <= 1;
s.t. FiveHavesWindow{u in UNITS, r in SEGMENTS_OF[u], d in REQ_DAYS[r]}:
    sum{p in PLACEMENTS_OF[r]: day[p] = d} (if p in JOINT then attend[r, p] else held[p])
    <= sum{s in WINDOW_STARTS[u]: s <= d and d < s + within_days[u]} window[u, s];

# ---------------------------------------------------------------------------------------------
# Travel
# Two sessions of a group or teacher on one day may not be closer in time than the travel
# between their sites.
# One row per (owner, day, period q1 some session ends at site s1, later start period q2 with a
# session at a site too far from s1): at most one of "a session ends at q1 at s1" and "a session
# starts at q2 too far away". Each side is at most 1 by the clash rows, so the row is exact.
# ---------------------------------------------------------------------------------------------
set GROUP_ENDS{g in GROUPS, d in DAYS} :=
    setof{(r, p) in ON_DAY[g, d]: p in SITED} (finish[p], site[p]);
set GROUP_TRAVEL := setof{g in GROUPS, d in DAYS, (q1, s1) in GROUP_ENDS[g, d], (r, p) in ON_DAY[g, d]:
        p in SITED and start[p] > q1 and trip[s1, site[p]] > gap[q1, start[p]]} (g, d, q1, s1, start[p]);
s.t. TravelGroup{(g, d, q1, s1, q2) in GROUP_TRAVEL}:
    sum{(r, p) in ON_DAY[g, d]: p in SITED and finish[p] = q1 and site[p] = s1}
        (if p in JOINT then attend[r, p] else held[p])
    + sum{(r, p) in ON_DAY[g, d]: p in SITED and start[p] = q2 and trip[s1, site[p]] > gap[q1, q2]}
        (if p in JOINT then attend[r, p] else held[p]) <= 1;

set TEACHER_ENDS{t in TEACHERS, d in DAYS} := setof{p in TEACHES[t, d]: p in SITED} (finish[p], site[p]);
set TEACHER_TRAVEL := setof{t in TEACHERS, d in DAYS, (q1, s1) in TEACHER_ENDS[t, d], p in TEACHES[t, d]:
        p in SITED and start[p] > q1 and trip[s1, site[p]] > gap[q1, start[p]]} (t, d, q1, s1, start[p]);
s.t. TravelTeacher{(t, d, q1, s1, q2) in TEACHER_TRAVEL}:
    sum{p in TEACHES[t, d]: p in SITED and finish[p] = q1 and site[p] = s1} held[p]
    + sum{p in TEACHES[t, d]: p in SITED and start[p] = q2 and trip[s1, site[p]] > gap[q1, q2]} held[p] <= 1;

# =============================================================================================
# Soft terms. Each is a non-negative amount, weighted in the objective; a term of weight 0 is
# left out altogether.
# =============================================================================================

# ---------------------------------------------------------------------------------------------
# needs: each group's uncovered need, sum over topics of gap score * h(coverage), h convex and
# decreasing, so a second course on a covered topic gains less than a first on an open one.
# coverage = sum over the group's courses of topic score * (sessions held / sessions required).
# A requirement is held exactly when it is taken (1 if required, the elective choice if a menu
# course) and not unmet (SessionCoverage), so cov[g, k] is defined from those columns alone,
# with the constant of the required ones on the right-hand side.
# short[g, k, i] >= point_i - coverage is the i-th piece of h.
# ---------------------------------------------------------------------------------------------
var cov{NEEDS: w_needs > 0} >= 0;
s.t. NeedsCoverage{(g, k) in NEEDS: w_needs > 0}:
    cov[g, k] = sum{r in REQS_OF[g]: (course[r], k) in COVERS}
        topic_score[course[r], k] / same_course[r]
        * ((if r in ELECTIVE_REQS then elect[group[r], course[r]] else 1) - unmet[r]);
var short{(g, k) in NEEDS, i in PIECES: w_needs > 0} >= 0;
s.t. NeedsShortfall{(g, k) in NEEDS, i in PIECES: w_needs > 0}:
    short[g, k, i] + cov[g, k] >= point[i];

# ---------------------------------------------------------------------------------------------
# travel: for each group and day, the minutes from the group's home site to every other site it
# attends that day, each site counted once. visit[g, d, s] is 1 when any session of g on day d
# is at site s.
# ---------------------------------------------------------------------------------------------
set VISITS := setof{g in HOMED, d in DAYS, (r, p) in ON_DAY[g, d]: p in SITED and trip[home[g], site[p]] > 0}
    (g, d, site[p]);
var visit{VISITS: w_travel > 0} >= 0, <= 1;
s.t. TravelVisit{(g, d, s) in VISITS, q in PERIODS: w_travel > 0 and
        exists{(r, p) in ON_DAY[g, d]: p in SITED and site[p] = s} (start[p] <= q and q <= finish[p])}:
    sum{(r, p) in ON_DAY[g, d]: p in SITED and site[p] = s and start[p] <= q and q <= finish[p]}
        (if p in JOINT then attend[r, p] else held[p]) <= visit[g, d, s];

# ---------------------------------------------------------------------------------------------
# compactness: for each group and day, the breaks inside the day (occupied stretches beyond the
# first) plus one for a day holding a lone session. With occ[g, d, q] the occupancy GroupClash
# defines: stretch_q >= occ_q - occ_{q-1} counts stretch starts, breaks >= sum_q stretch_q - 1,
# used >= occ_q, lone >= 2 used - (sessions starting that day).
# ---------------------------------------------------------------------------------------------
set BUSY_DAYS := setof{g in GROUPS, d in DAYS: card(ON_DAY[g, d]) > 0} (g, d);
set BUSY{(g, d) in BUSY_DAYS} := setof{(r, p) in ON_DAY[g, d], q in start[p] .. finish[p]} q;   # = GROUP_SLOTS of (g, d)
var stretch{(g, d) in BUSY_DAYS, q in BUSY[g, d]: w_compactness > 0} >= 0, <= 1;
var breaks{BUSY_DAYS: w_compactness > 0} >= 0;
var used{BUSY_DAYS: w_compactness > 0} >= 0, <= 1;
var lone{BUSY_DAYS: w_compactness > 0} >= 0;
s.t. CompactnessStretch{(g, d) in BUSY_DAYS, q in BUSY[g, d]: w_compactness > 0}:
    stretch[g, d, q] >= occ[g, d, q] - (if q - 1 in BUSY[g, d] then occ[g, d, q - 1] else 0);
s.t. CompactnessBreaks{(g, d) in BUSY_DAYS: w_compactness > 0}:
    breaks[g, d] >= sum{q in BUSY[g, d]} stretch[g, d, q] - 1;
s.t. CompactnessUsed{(g, d) in BUSY_DAYS, q in BUSY[g, d]: w_compactness > 0}:
    used[g, d] >= occ[g, d, q];
s.t. CompactnessLone{(g, d) in BUSY_DAYS: w_compactness > 0}:
    lone[g, d] >= 2 * used[g, d] - sum{(r, p) in ON_DAY[g, d]} (if p in JOINT then attend[r, p] else held[p]);

# ---------------------------------------------------------------------------------------------
# teacher_balance: the periods each teacher teaches beyond a fair share (each course's expected
# periods split evenly among the teachers who teach it), read from load[t] (TeacherLoad).
# ---------------------------------------------------------------------------------------------
var excess{TEACHERS: w_balance > 0} >= 0;
s.t. TeacherBalance{t in TEACHERS: w_balance > 0}:
    excess[t] >= load[t] - fair_share[t];

# ---------------------------------------------------------------------------------------------
# Objective: unmet periods at a price no soft term can outweigh, then the weighted soft terms.
# ---------------------------------------------------------------------------------------------
minimize cost:
    objective_constant
    + sum{r in REQS} unmet_penalty * req_len[r] * unmet[r]
    + sum{g in MENU_GROUPS} unmet_penalty * menu_short[g]
    + sum{(g, k) in NEEDS, i in PIECES: w_needs > 0} w_needs * need_score[g, k] * slope[i] * short[g, k, i]
    + sum{(g, d, s) in VISITS: w_travel > 0} w_travel * trip[home[g], s] * visit[g, d, s]
    + sum{(g, d) in BUSY_DAYS: w_compactness > 0} w_compactness * (breaks[g, d] + lone[g, d])
    + sum{t in TEACHERS: w_balance > 0} w_balance * excess[t];

solve;

# ---------------------------------------------------------------------------------------------
# Report: the sessions held, what is left out, and the objective.
# ---------------------------------------------------------------------------------------------
printf "Sessions held (placement: date, first period x periods, teacher, pool: requirements)\n";
for{p in PLACEMENTS: held[p] > 0.5} {
    printf "  %s: %s, %s x %d, teacher %s, pool %s:", p, date[day[p]], period_name[start[p]], len[p],
        if p in TAUGHT then teacher[p] else "none (self-study)", pool[p];
    printf{r in SHARERS[activity[p]]: (r, p) in ASSIGN and (if p in JOINT then attend[r, p] else held[p]) > 0.5}
        " %s (group %s)", r, group[r];
    printf "\n";
}
printf{r in REQS: unmet[r] > 0.5} "  unmet: %s (group %s, course %s)\n", r, group[r], course[r];
printf{g in MENU_GROUPS: menu_short[g] > 0.5} "  menu short: group %s, %g periods\n", g, menu_short[g];
# MathProg's value of a row leaves out the row's constant term, so it is added back here.
printf "PAIKE_OBJECTIVE %.17g\n", cost + objective_constant;

end;
