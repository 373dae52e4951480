#include "planner/search/recreate.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kefu::planner {

namespace {

/// Decides which insertion positions are skipped: a countdown drawn from the geometric
/// distribution, equivalent to an independent coin per position but one draw per blink.
class Blinker {
public:
    Blinker(double rate, Rng& rng) : rate_(rate), rng_(rng) { Draw(); }
    bool Blink() {
        if (rate_ <= 0.0) return false;
        if (countdown_ > 0) {
            --countdown_;
            return false;
        }
        Draw();
        return true;
    }

private:
    void Draw() {
        if (rate_ <= 0.0) return;
        const double draw = std::log(1.0 - rng_.Unit()) / LogOfKeep(rate_);
        countdown_ = draw > 1e9 ? 1000000000U : static_cast<std::size_t>(draw);
    }

    /// log(1 - rate), remembered: a recreate builds a blinker for every job it inserts.
    static double LogOfKeep(double rate) {
        thread_local double cached_rate = 0.0;
        thread_local double cached_log = 0.0;
        if (rate != cached_rate) {
            cached_rate = rate;
            cached_log = std::log(1.0 - rate);
        }
        return cached_log;
    }

    double rate_;
    Rng& rng_;
    std::size_t countdown_ = 0;
};

/// Cheapest feasible position of `job` in a non-empty route, improving on `best`. Positions
/// are skipped ("blinks") as the blinker decides.
void ScanRoute(const Instance& instance,
               const Route& route,
               std::size_t job,
               std::size_t route_index,
               Blinker& blinker,
               Insertion& best) {
    const JobData& jd = instance.job(job);
    const VehicleData& vd = instance.vehicle(route.vehicle);
    if (route.pieces + jd.pieces > vd.pieces || route.volume + jd.volume > vd.volume) return;
    const std::int64_t* to_job = instance.DistancesTo(jd.location);
    const std::int64_t* from_job = instance.DistancesFrom(jd.location);
    const std::int64_t* time_to_job = instance.TimesTo(jd.location);
    const std::int64_t* time_from_job = instance.TimesFrom(jd.location);
    const std::int64_t service = instance.Service(route.vehicle, job);
    const std::int64_t earliest_done = jd.first_start + service;
    const std::size_t size = route.jobs.size();
    std::size_t previous = vd.start;
    std::int64_t departure = vd.shift_start;
    for (std::size_t p = 0; p <= size; ++p) {
        if (p > 0) {
            previous = route.locations[p - 1];
            departure = route.departure[p - 1];
        }
        // Departures only grow along a route, so once too late for j, later positions are too.
        if (departure > jd.last_end) break;
        if (blinker.Blink()) continue;
        // Latest starts only grow along a route too: while the next job must start before j
        // could even be done, skip the position without looking up its distances.
        if (p < size && route.latest[p] < earliest_done) continue;
        const std::size_t next = p < size ? route.locations[p] : vd.end;
        const std::int64_t delta =
            vd.arc_weight * (to_job[previous] + from_job[next] - route.arcs[p]);
        if (best.route != kNone && delta >= best.delta) continue;
        const std::int64_t start = instance.StartTime(job, departure + time_to_job[previous]);
        if (start == kNever) continue;
        const std::int64_t next_latest = p < size ? route.latest[p] : vd.shift_end;
        if (start + service + time_from_job[next] > next_latest) continue;
        best = Insertion{route_index, p, delta};
    }
}

/// Places `job` alone on the empty route `route`, when that is feasible and beats `best`.
void TryEmptyRoute(const Instance& instance,
                   const Route& route,
                   std::size_t job,
                   std::size_t route_index,
                   Insertion& best) {
    const JobData& jd = instance.job(job);
    const VehicleData& vd = instance.vehicle(route.vehicle);
    const std::int64_t delta =
        vd.fixed + vd.arc_weight * (instance.Distance(vd.start, jd.location) +
                                    instance.Distance(jd.location, vd.end));
    if (best.route != kNone && delta >= best.delta) return;
    const std::int64_t start =
        instance.StartTime(job, vd.shift_start + instance.Time(vd.start, jd.location));
    if (start == kNever ||
        start + instance.Service(route.vehicle, job) + instance.Time(jd.location, vd.end) >
            vd.shift_end) {
        return;
    }
    best = Insertion{route_index, 0, delta};
}

}  // namespace

Insertion BestInsertion(const Instance& instance,
                        const WorkingSolution& solution,
                        std::size_t job,
                        const InsertionOptions& options,
                        Rng& rng) {
    Insertion best;
    Blinker blinker(options.blink_rate, rng);
    const std::size_t route_count = solution.routes.size();
    // Granular scan: routes serving one of the job's nearest neighbours first; the others only
    // when none of those can take it.
    std::vector<std::uint8_t> near;  // only a granular scan needs it (and allocates)
    if (options.neighbours > 0) {
        near.assign(route_count, 0);
        const std::vector<std::size_t>& neighbours = instance.Neighbours(job);
        const std::size_t count = std::min(options.neighbours, neighbours.size());
        for (std::size_t k = 0; k < count; ++k) {
            const std::size_t r = solution.route_of[neighbours[k]];
            if (r != kNone) near[r] = 1;
        }
    }
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t r = 0; r < route_count; ++r) {
            const Route& route = solution.routes[r];
            if (route.jobs.empty()) continue;
            if (!near.empty() && near[r] != (pass == 0 ? 1 : 0)) continue;
            if (!instance.CanServe(route.vehicle, job)) continue;
            ScanRoute(instance, route, job, r, blinker, best);
        }
        if (best.route != kNone || options.neighbours == 0) break;
    }
    if (options.new_routes == NewRoutes::kForbidden) return best;
    // Empty vehicles are tried once per type: interchangeable vehicles give the same result.
    std::uint64_t tried_types = 0;
    std::size_t tried_over_64 = 0;
    for (std::size_t r = 0; r < route_count; ++r) {
        const Route& route = solution.routes[r];
        if (!route.jobs.empty() || !instance.CanServe(route.vehicle, job)) continue;
        const VehicleData& vd = instance.vehicle(route.vehicle);
        if (vd.type < 64) {
            if ((tried_types >> vd.type) & 1U) continue;
            tried_types |= std::uint64_t{1} << vd.type;
        } else if (++tried_over_64 > 8) {
            continue;
        }
        TryEmptyRoute(instance, route, job, r, best);
    }
    return best;
}

void InsertJob(const Instance& instance,
               WorkingSolution& solution,
               std::size_t job,
               std::size_t route,
               std::size_t position) {
    Route& target = solution.routes[route];
    target.jobs.insert(target.jobs.begin() + static_cast<std::ptrdiff_t>(position), job);
    solution.route_of[job] = route;
    UpdateRoute(instance, target);
}

void Recreate(const Instance& instance,
              WorkingSolution& solution,
              const std::vector<std::size_t>& jobs,
              const InsertionOptions& options,
              Rng& rng) {
    for (std::size_t job : jobs) {
        const Insertion best = BestInsertion(instance, solution, job, options, rng);
        if (best.route == kNone) {
            solution.unassigned.push_back(job);
        } else {
            InsertJob(instance, solution, job, best.route, best.position);
        }
    }
}

void RecreateByRegret(const Instance& instance,
                      WorkingSolution& solution,
                      const std::vector<std::size_t>& jobs,
                      const InsertionOptions& options,
                      Rng& rng) {
    constexpr std::int64_t kNoSecond = std::numeric_limits<std::int64_t>::max();
    const std::size_t route_count = solution.routes.size();
    const std::size_t count = jobs.size();
    Blinker blinker(options.blink_rate, rng);
    // Per job and route: the cheapest position there (route == kNone when it does not fit);
    // per job: the cheapest route's insertion and the second cheapest route's delta. Kept per
    // thread: the annealing calls this tens of thousands of times a second.
    thread_local std::vector<Insertion> table;
    thread_local std::vector<Insertion> first;
    thread_local std::vector<std::int64_t> second;
    thread_local std::vector<std::size_t> second_route;
    table.assign(count * route_count, Insertion{});
    first.assign(count, Insertion{});
    second.assign(count, kNoSecond);
    second_route.assign(count, kNone);
    auto evaluate = [&](std::size_t i, std::size_t r) {
        Insertion best;
        const Route& route = solution.routes[r];
        const std::size_t job = jobs[i];
        if (instance.CanServe(route.vehicle, job)) {
            if (!route.jobs.empty()) {
                ScanRoute(instance, route, job, r, blinker, best);
            } else if (options.new_routes == NewRoutes::kAllowed) {
                TryEmptyRoute(instance, route, job, r, best);
            }
        }
        table[i * route_count + r] = best;
    };
    auto offer = [&](std::size_t i, const Insertion& at) {
        if (at.route == kNone) return;
        if (first[i].route == kNone || at.delta < first[i].delta) {
            second[i] = first[i].route == kNone ? kNoSecond : first[i].delta;
            second_route[i] = first[i].route;
            first[i] = at;
        } else if (at.delta < second[i]) {
            second[i] = at.delta;
            second_route[i] = at.route;
        }
    };
    auto summarise = [&](std::size_t i) {
        first[i] = Insertion{};
        second[i] = kNoSecond;
        second_route[i] = kNone;
        for (std::size_t r = 0; r < route_count; ++r) offer(i, table[i * route_count + r]);
    };
    for (std::size_t i = 0; i < count; ++i) {
        for (std::size_t r = 0; r < route_count; ++r) evaluate(i, r);
        summarise(i);
    }
    thread_local std::vector<std::uint8_t> done;
    done.assign(count, 0);
    for (std::size_t round = 0; round < count; ++round) {
        std::size_t chosen = kNone;
        std::int64_t chosen_regret = 0;
        for (std::size_t i = 0; i < count; ++i) {
            if (done[i] || first[i].route == kNone) continue;
            const std::int64_t regret =
                second[i] == kNoSecond ? kNoSecond : second[i] - first[i].delta;
            if (chosen == kNone || regret > chosen_regret) {
                chosen = i;
                chosen_regret = regret;
            }
        }
        if (chosen == kNone) break;
        done[chosen] = 1;
        const Insertion at = first[chosen];
        InsertJob(instance, solution, jobs[chosen], at.route, at.position);
        // Only the route that took the job changed: its column is evaluated again. A job whose
        // best or second best was there looks over its whole row only when that route lost its
        // rank: a best still under the second best stays best, and a second best that got
        // cheaper can only have moved up.
        for (std::size_t i = 0; i < count; ++i) {
            if (done[i]) continue;
            evaluate(i, at.route);
            const Insertion& now = table[i * route_count + at.route];
            if (first[i].route == at.route) {
                if (now.route != kNone && now.delta < second[i]) {
                    first[i] = now;
                } else {
                    summarise(i);
                }
            } else if (second_route[i] == at.route) {
                if (now.route != kNone && now.delta <= second[i]) {
                    if (now.delta < first[i].delta) {
                        second[i] = first[i].delta;
                        second_route[i] = first[i].route;
                        first[i] = now;
                    } else {
                        second[i] = now.delta;
                    }
                } else {
                    summarise(i);
                }
            } else {
                offer(i, now);
            }
        }
    }
    for (std::size_t i = 0; i < count; ++i) {
        if (!done[i]) solution.unassigned.push_back(jobs[i]);
    }
}

void SortForRecreate(const Instance& instance, std::vector<std::size_t>& jobs, Rng& rng) {
    for (std::size_t i = jobs.size(); i > 1; --i) {
        std::swap(jobs[i - 1], jobs[rng.Below(i)]);
    }
    const std::size_t depot = instance.vehicle_count() > 0 ? instance.vehicle(0).start : 0;
    auto depot_distance = [&](std::size_t job) {
        return instance.Distance(depot, instance.job(job).location);
    };
    // Weights 4 (random), 4 (demand), 2 (far first), 1 (close first) as in SISR.
    const std::size_t pick = rng.Below(11);
    if (pick < 4) return;
    if (pick < 8) {
        std::stable_sort(jobs.begin(), jobs.end(), [&](std::size_t a, std::size_t b) {
            return instance.job(a).pieces > instance.job(b).pieces;
        });
    } else if (pick < 10) {
        std::stable_sort(jobs.begin(), jobs.end(), [&](std::size_t a, std::size_t b) {
            return depot_distance(a) > depot_distance(b);
        });
    } else {
        std::stable_sort(jobs.begin(), jobs.end(), [&](std::size_t a, std::size_t b) {
            return depot_distance(a) < depot_distance(b);
        });
    }
}

}  // namespace kefu::planner
