#include "planner/search/solver.hpp"

#include <algorithm>
#include <barrier>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <limits>
#include <numeric>
#include <optional>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include "planner/local_search/descent.hpp"
#include "planner/search/instance.hpp"
#include "planner/search/recreate.hpp"
#include "planner/search/rng.hpp"
#include "planner/search/route_exchange.hpp"
#include "planner/search/ruin.hpp"
#include "planner/search/working_solution.hpp"
#include "platform/thread_priority.hpp"

namespace kefu::planner {

namespace {

using SteadyClock = std::chrono::steady_clock;

constexpr double kBlinkRate = 0.01;

/// Vehicles drawn when looking for one of another type to exchange a ruined route with.
constexpr std::size_t kExchangeDraws = 3;

/// How much weaker the helper runs' scheduling priority is than the caller's (nice steps).
constexpr int kHelperNiceSteps = 10;

/// Time and iteration budget of a phase; progress runs from 0 to 1.
class Budget {
public:
    Budget(SteadyClock::time_point start,
           double seconds,
           std::uint64_t first_iteration,
           std::uint64_t iterations)
        : start_(start), seconds_(seconds), first_(first_iteration), iterations_(iterations) {}

    double Progress(std::uint64_t iteration) const {
        const double by_time = Elapsed() / seconds_;
        const double by_count =
            static_cast<double>(iteration - first_) / static_cast<double>(iterations_);
        return std::min(1.0, std::max(by_time, by_count));
    }
    bool Done(std::uint64_t iteration) const {
        return iteration - first_ >= iterations_ || Elapsed() >= seconds_;
    }
    SteadyClock::time_point Deadline() const {
        return start_ + std::chrono::duration_cast<SteadyClock::duration>(
                            std::chrono::duration<double>(seconds_));
    }
    double Elapsed() const {
        return std::chrono::duration<double>(SteadyClock::now() - start_).count();
    }

private:
    SteadyClock::time_point start_;
    double seconds_;
    std::uint64_t first_;
    std::uint64_t iterations_;
};

/// `share` of an iteration count; "no limit" (the maximum) stays unlimited.
std::uint64_t ShareOf(std::uint64_t iterations, double share) {
    if (share >= 1.0 || iterations == std::numeric_limits<std::uint64_t>::max()) return iterations;
    return static_cast<std::uint64_t>(static_cast<double>(iterations) * std::max(0.0, share));
}

MoveSet DescentMoves(const SolveOptions& options) {
    return options.within_route_moves ? MoveSet::kAll : MoveSet::kBetweenRoutes;
}

/// The jobs that some vehicle could serve on its own.
std::vector<std::size_t> ServableJobs(const Instance& instance) {
    std::vector<std::size_t> jobs;
    for (std::size_t j = 0; j < instance.job_count(); ++j) {
        if (!instance.Blocked(j)) jobs.push_back(j);
    }
    return jobs;
}

/// Lower bound on the vehicles needed, from the pieces and the largest capacity.
std::size_t VehicleLowerBound(const Instance& instance) {
    std::int64_t demand = 0;
    std::int64_t capacity = 0;
    for (std::size_t j = 0; j < instance.job_count(); ++j) demand += instance.job(j).pieces;
    for (std::size_t v = 0; v < instance.vehicle_count(); ++v) {
        capacity = std::max(capacity, instance.vehicle(v).pieces);
    }
    if (capacity <= 0) return 1;
    return static_cast<std::size_t>((demand + capacity - 1) / capacity);
}

/// Route elimination: remove a route, then ruin and recreate without opening routes until all
/// jobs fit again, steered by how often each job was left out (SISR's fleet minimisation).
void MinimiseFleet(const Instance& instance,
                   const SolveOptions& options,
                   WorkingSolution& best,
                   const Budget& budget,
                   std::uint64_t& iteration,
                   Rng& rng) {
    const std::size_t lower_bound = VehicleLowerBound(instance);
    std::vector<std::int64_t> absences(instance.job_count(), 0);
    auto absence_sum = [&](const WorkingSolution& s) {
        std::int64_t sum = 0;
        for (std::size_t job : s.unassigned) sum += absences[job];
        return sum;
    };
    auto remove_smallest = [&](WorkingSolution& s) {
        std::size_t smallest = kNone;
        for (std::size_t r = 0; r < s.routes.size(); ++r) {
            if (s.routes[r].jobs.empty()) continue;
            if (smallest == kNone || s.routes[r].jobs.size() < s.routes[smallest].jobs.size() ||
                (s.routes[r].jobs.size() == s.routes[smallest].jobs.size() && rng.Unit() < 0.5)) {
                smallest = r;
            }
        }
        RuinRoute(instance, s, smallest, s.unassigned);
    };
    if (!best.unassigned.empty() || UsedRoutes(best) <= std::max<std::size_t>(lower_bound, 1)) {
        return;
    }
    WorkingSolution current = best;
    remove_smallest(current);
    WorkingSolution candidate = current;
    std::vector<std::size_t> removed;
    RuinOptions ruin;
    ruin.average_removed = options.average_removed;
    while (!budget.Done(iteration)) {
        ++iteration;
        CopyChangedRoutes(current, candidate);
        removed.clear();
        RuinStrings(instance, candidate, ruin, rng, removed);
        removed.insert(removed.end(), candidate.unassigned.begin(), candidate.unassigned.end());
        candidate.unassigned.clear();
        SortForRecreate(instance, removed, rng);
        std::stable_sort(removed.begin(), removed.end(), [&](std::size_t a, std::size_t b) {
            return absences[a] > absences[b];
        });
        Recreate(instance,
                 candidate,
                 removed,
                 {kBlinkRate, NewRoutes::kForbidden, options.insertion_neighbours},
                 rng);
        for (std::size_t job : candidate.unassigned) ++absences[job];
        if (candidate.unassigned.size() < current.unassigned.size() ||
            absence_sum(candidate) < absence_sum(current)) {
            std::swap(current, candidate);
        }
        if (current.unassigned.empty()) {
            best = current;
            if (UsedRoutes(best) <= lower_bound) return;
            remove_smallest(current);
        }
    }
}

/// Where parallel runs meet during their final annealing: each posts its best, and a run whose
/// best is beaten continues from the cheapest one. Every run must call Exchange equally often.
class Rendezvous {
public:
    explicit Rendezvous(std::size_t runs)
        : barrier_(static_cast<std::ptrdiff_t>(runs)),
          posted_(runs),
          costs_(runs, std::numeric_limits<std::int64_t>::max()) {}

    /// For a run that never started: the others stop waiting for it, and it is never the cheapest.
    void Drop() { barrier_.arrive_and_drop(); }

    /// Posts run k's best (of cost `cost`), waits for every run, and replaces `best` and `cost`
    /// by the cheapest posted plan (the earliest run's on a tie); true when it did.
    bool Exchange(std::size_t k, WorkingSolution& best, std::int64_t& cost) {
        posted_[k] = best;
        costs_[k] = cost;
        barrier_.arrive_and_wait();
        std::size_t cheapest = k;
        for (std::size_t r = 0; r < costs_.size(); ++r) {
            if (costs_[r] < costs_[cheapest] || (costs_[r] == costs_[cheapest] && r < cheapest)) {
                cheapest = r;
            }
        }
        const bool adopt = costs_[cheapest] < cost;
        if (adopt) {
            best = *posted_[cheapest];
            cost = costs_[cheapest];
        }
        // Nobody may post again before every run has read this round.
        barrier_.arrive_and_wait();
        return adopt;
    }

private:
    std::barrier<> barrier_;
    std::vector<std::optional<WorkingSolution>> posted_;  // written by run k only, between barriers
    std::vector<std::int64_t> costs_;
};

/// Run k's place at the rendezvous, when there is one.
struct Meeting {
    Rendezvous* rendezvous = nullptr;
    std::size_t run = 0;
    std::size_t count = 0;  // meetings spread evenly over the annealing
};

/// How the annealing walk values vehicles.
enum class Walk : std::uint8_t { kTrueObjective, kBorrowVehicles };

/// Ruin and recreate with simulated annealing; keeps the best (on the true objective) in `best`.
void Anneal(const Instance& instance,
            const SolveOptions& options,
            Walk walk,
            WorkingSolution& best,
            const Budget& budget,
            std::uint64_t& iteration,
            Rng& rng,
            Meeting meeting = {}) {
    double weight = 1.0;
    for (std::size_t v = 0; v < instance.vehicle_count(); ++v) {
        weight = std::max(weight, static_cast<double>(instance.vehicle(v).arc_weight));
    }
    const double scale = instance.typical_arc() * weight;
    const double start_temperature = options.start_temperature * scale;
    const double end_temperature = options.end_temperature * scale;
    // A borrowing walk (kVehicles only) judges moves on distance alone, so it may pass through
    // plans with an extra vehicle; `best` is still judged on the true, fleet-first objective.
    // Without it, a tight fleet rejects nearly every recreate and distance stalls (C2).
    const std::int64_t relief = walk == Walk::kBorrowVehicles && instance.vehicle_count() > 0
                                    ? instance.vehicle(0).fixed
                                    : 0;
    auto walk_cost = [&](const WorkingSolution& s, std::int64_t true_cost) {
        return true_cost - relief * static_cast<std::int64_t>(UsedRoutes(s));
    };
    WorkingSolution current = best;
    WorkingSolution candidate = best;
    std::int64_t best_cost = SolutionCost(instance, current);
    std::int64_t current_cost = walk_cost(current, best_cost);
    std::vector<std::size_t> removed;
    std::vector<std::size_t> ruined;
    RuinOptions ruin;
    ruin.average_removed = options.average_removed;
    // A fleet of one type has nothing to trade, and few jobs that only some vehicles can take,
    // so its recreates stay greedy (measured: regret costs Solomon's R2 and RC2 more iterations
    // than it gains). Either way such runs keep their random streams.
    const bool mixed_fleet = instance.vehicle_types() > 1;
    const double exchange_rate = mixed_fleet ? options.route_exchange_rate : 0.0;
    const double regret_rate = mixed_fleet ? options.regret_rate : 0.0;
    std::size_t met = 0;
    auto meet = [&] {
        ++met;
        if (meeting.rendezvous->Exchange(meeting.run, best, best_cost)) {
            current = best;
            current_cost = walk_cost(current, best_cost);
        }
    };
    while (!budget.Done(iteration)) {
        const double progress = budget.Progress(iteration);
        if (meeting.rendezvous != nullptr && met < meeting.count &&
            progress >= static_cast<double>(met + 1) / static_cast<double>(meeting.count + 1)) {
            meet();
        }
        const double temperature =
            start_temperature * std::pow(end_temperature / start_temperature, progress);
        ++iteration;
        CopyChangedRoutes(current, candidate);
        removed.clear();
        ruined.clear();
        RuinStrings(instance, candidate, ruin, rng, removed, &ruined);
        if (exchange_rate > 0.0 && !ruined.empty() && rng.Unit() < exchange_rate) {
            const std::size_t route = ruined[rng.Below(ruined.size())];
            ExchangeWithAnotherType(instance, candidate, route, kExchangeDraws, rng);
        }
        removed.insert(removed.end(), candidate.unassigned.begin(), candidate.unassigned.end());
        candidate.unassigned.clear();
        SortForRecreate(instance, removed, rng);
        const InsertionOptions insertion{
            kBlinkRate, NewRoutes::kAllowed, options.insertion_neighbours};
        if (regret_rate > 0.0 && rng.Unit() < regret_rate) {
            RecreateByRegret(instance, candidate, removed, insertion, rng);
        } else {
            Recreate(instance, candidate, removed, insertion, rng);
        }
        const std::int64_t true_cost = SolutionCost(instance, candidate);
        const std::int64_t cost = walk_cost(candidate, true_cost);
        const double threshold =
            static_cast<double>(current_cost) - temperature * std::log(1.0 - rng.Unit());
        if (static_cast<double>(cost) < threshold) {
            std::swap(current, candidate);
            current_cost = cost;
            if (true_cost < best_cost) {
                std::int64_t improved_cost = true_cost;
                if (options.local_search_neighbours > 0 && progress >= options.local_search_from) {
                    // A new best is where a descent pays: polish it with the local-search moves.
                    Descend(instance,
                            current,
                            options.local_search_neighbours,
                            budget.Deadline(),
                            DescentMoves(options));
                    improved_cost = SolutionCost(instance, current);
                    current_cost = walk_cost(current, improved_cost);
                }
                best = current;
                best_cost = improved_cost;
            }
        }
    }
    // A run that stopped early still attends the meetings it missed, so that nobody waits forever.
    while (meeting.rendezvous != nullptr && met < meeting.count) meet();
}

/// What one independent run found.
struct RunResult {
    std::optional<WorkingSolution> best;  // a WorkingSolution has no empty state of its own
    std::int64_t cost = 0;
    std::uint64_t iterations = 0;
};

/// One complete run with its own random stream: construction, fleet minimisation (kVehicles),
/// annealing and a final descent, within the wall-clock limit counted from `start`.
RunResult Search(const Instance& instance,
                 const SolveOptions& options,
                 std::uint64_t seed,
                 SteadyClock::time_point start,
                 Meeting meeting) {
    Rng rng(seed);
    WorkingSolution best(instance);
    std::vector<std::size_t> jobs = ServableJobs(instance);
    SortForRecreate(instance, jobs, rng);
    Recreate(instance, best, jobs, {0.0, NewRoutes::kAllowed, 0}, rng);

    std::uint64_t iteration = 0;
    if (options.objective == Objective::kVehicles) {
        // Most of the budget goes to removing vehicles; the rest shortens the routes.
        const auto share = std::clamp(options.fleet_share, 0.0, 1.0);
        const Budget fleet_budget(
            start, options.time_limit_seconds * share, 0, ShareOf(options.max_iterations, share));
        MinimiseFleet(instance, options, best, fleet_budget, iteration, rng);
    }
    // Each annealing phase gets its own clock so that its temperature starts hot.
    const Budget total(start, options.time_limit_seconds, 0, options.max_iterations);
    auto phase_budget = [&](double share) {
        const double seconds = (options.time_limit_seconds - total.Elapsed()) * share;
        const std::uint64_t iterations = ShareOf(options.max_iterations - iteration, share);
        return Budget(SteadyClock::now(), std::max(1e-3, seconds), iteration, iterations);
    };
    if (options.objective == Objective::kVehicles) {
        Anneal(instance, options, Walk::kBorrowVehicles, best, phase_budget(0.5), iteration, rng);
    }
    Anneal(
        instance, options, Walk::kTrueObjective, best, phase_budget(1.0), iteration, rng, meeting);
    if (options.local_search_neighbours > 0) {
        Descend(instance,
                best,
                options.local_search_neighbours,
                total.Deadline(),
                DescentMoves(options));
    }
    const std::int64_t cost = SolutionCost(instance, best);
    return {std::move(best), cost, iteration};
}

}  // namespace

Result<Solution> Solve(const Problem& problem, const SolveOptions& options) {
    const SteadyClock::time_point start = SteadyClock::now();
    if (!(options.time_limit_seconds > 0.0) || options.max_iterations == 0) {
        return Fail(Error::InvalidArgument("time limit and iteration limit must be positive"));
    }
    if (options.threads == 0) {
        return Fail(Error::InvalidArgument("threads must be at least 1"));
    }
    KEFU_ASSIGN_OR_RETURN(const Instance instance, Instance::Create(problem, options.objective));
    if (ServableJobs(instance).empty()) {
        // Nothing to route: searching would only burn the time limit.
        Solution solution = ExportSolution(problem, instance, WorkingSolution(instance));
        solution.seconds = std::chrono::duration<double>(SteadyClock::now() - start).count();
        return solution;
    }
    // Independent runs that share only the read-only instance: the first keeps the caller's seed
    // (one thread plans exactly as before), the others draw theirs from it.
    std::vector<std::uint64_t> seeds{options.seed};
    Rng seeder(~options.seed);
    while (seeds.size() < options.threads) seeds.push_back(seeder.Next());
    std::vector<RunResult> runs(seeds.size());
    Rendezvous rendezvous(seeds.size());
    auto meeting = [&](std::size_t k) {
        return seeds.size() > 1 ? Meeting{&rendezvous, k, options.exchanges} : Meeting{};
    };
    {
        std::vector<std::jthread> helpers;
        helpers.reserve(seeds.size() - 1);
        for (std::size_t k = 1; k < seeds.size(); ++k) {
            try {
                helpers.emplace_back([&, k] {
                    // Background work: on a busy server the HTTP workers (and the caller's own
                    // run) come first; an idle core still gives the helper all its time.
                    LowerThisThreadsPriority(kHelperNiceSteps);
                    runs[k] = Search(instance, options, seeds[k], start, meeting(k));
                });
            } catch (const std::system_error&) {
                // No thread to be had (a resource limit): plan with the runs that started.
                for (std::size_t missing = k; missing < seeds.size(); ++missing) {
                    rendezvous.Drop();
                }
                break;
            }
        }
        runs[0] = Search(instance, options, seeds[0], start, meeting(0));
    }  // joins the helpers
    // The cheapest plan, the earliest run on a tie, so that the pick is as deterministic as the
    // runs are.
    std::size_t chosen = 0;
    std::uint64_t iterations = 0;
    for (std::size_t k = 0; k < runs.size(); ++k) {
        iterations += runs[k].iterations;
        if (runs[k].best && runs[k].cost < runs[chosen].cost) chosen = k;
    }
    Solution solution = ExportSolution(problem, instance, *runs[chosen].best);
    solution.iterations = iterations;
    solution.seconds = std::chrono::duration<double>(SteadyClock::now() - start).count();
    return solution;
}

}  // namespace kefu::planner
