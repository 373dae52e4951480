// The planning assistant's pure core (R-DSP-4): turns one day's open jobs and the crews formed
// for it into a planner problem, and the planner's routes into a proposal the head can accept:
// which crew takes which job, in what order, arriving when, and why a job was left out.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "planner/matrix/travel_matrix.hpp"
#include "planner/model/problem.hpp"
#include "planner/model/solution.hpp"
#include "platform/enum_names.hpp"
#include "platform/error.hpp"

namespace kefu::dispatch {

/// A point stored as millionths of a degree (sites, the factory policy) as planner coordinates.
inline planner::Coordinates FromMicrodegrees(std::int64_t lat_e6, std::int64_t lng_e6) {
    return {static_cast<double>(lng_e6) * 1e-6, static_cast<double>(lat_e6) * 1e-6};
}

/// An open job as the assistant sees it. Times are minutes after midnight, China time.
struct PlanJob {
    std::int64_t job_id = 0;
    planner::Coordinates site;  ///< x = longitude, y = latitude
    int window_start = 0;       ///< the customer's window for the crew's arrival
    int window_end = 0;
    int install_minutes = 0;  ///< catalogue minutes × quantity over the items (0: delivery)
    int people_needed = 1;    ///< the crew-size gate (R-JOB-3)
    std::int64_t volume_l = 0;
    std::int64_t weight_g = 0;
    std::vector<std::string> skills;  ///< skills its products need (e.g. electric_desk)
    bool urgent = false;              ///< served first when not all jobs fit
    /// Already scheduled (a re-plan): its customer has been told, so it is kept before any job
    /// not yet promised, urgent or not.
    bool committed = false;
};

/// A crew formed for the day, with its vehicle.
struct PlanCrew {
    std::int64_t vehicle_id = 0;
    int people = 1;                   ///< lead and members (a driver who installs counts)
    std::vector<std::string> skills;  ///< skills someone on the crew holds
    std::int64_t volume_l = 0;        ///< the vehicle's cargo space
    std::int64_t payload_kg = 0;
    int free_from = 0;         ///< the crew's free stretch of the day (minutes after midnight):
    int free_until = 24 * 60;  ///< its people and vehicle have other jobs outside it
    /// Where the crew sets out from: its present position in a re-plan; none: the factory.
    std::optional<planner::Coordinates> start_site = std::nullopt;
};

/// How far a crew has got with a visit a re-plan keeps (R-DSP-4).
enum class VisitProgress {
    kLoading,   ///< at the factory, loading for it
    kUnderWay,  ///< on the road to the site, or working there
    kDone,      ///< finished (installed, delivered, or further)
};

/// A visit a re-plan keeps as it is.
struct KeptVisit {
    planner::Coordinates site;
    int end = 0;  ///< the end of its scheduled window, minutes after midnight
    VisitProgress progress = VisitProgress::kDone;
};

/// Where and from when a crew can take new work.
struct CrewStart {
    int from = 0;
    std::optional<planner::Coordinates> site;  ///< none: the factory
};

/// Where and when a crew running `delay` minutes late takes up the rest of its day at `now`,
/// after the visits it has started (`kept`, by scheduled start): at the last one's site (the
/// factory while loading for it), once the one under way is over (its scheduled end pushed
/// back by the delay) and never before now; with nothing under way, at now plus the delay.
CrewStart StartAfter(std::span<const KeptVisit> kept, int now, int delay);

/// A stretch of the day, in minutes after midnight, [from, until).
struct Stretch {
    int from = 0;
    int until = 0;
};

/// The longest stretch of [from, until) that none of `busy` overlaps (windows may overlap and
/// come in any order; back-to-back windows leave no gap). The earliest of equally long ones;
/// an empty stretch (from == until) when the whole span is taken.
Stretch LongestFreeStretch(std::span<const Stretch> busy, int from, int until);

/// The policy numbers of one plan.
struct PlanSettings {
    planner::Coordinates depot;  ///< the factory, where every route starts and ends
    int day_start = 8 * 60;      ///< working hours: routes leave no earlier
    int day_end = 17 * 60;       ///< a route back later is overtime
    int overtime_max = 0;        ///< minutes past day_end a route may last at most
    int setup_minutes = 0;       ///< on every visit: unloading, unpacking, clearing up
    planner::RoadModel outside;
    std::optional<planner::CityZone> city;  ///< faster or slower roads near the centre
    double time_limit_seconds = 1.0;
    /// The search also stops after this many iterations: a benchmark's way to compare settings
    /// whatever the machine's load. The product leaves it unlimited.
    std::uint64_t max_iterations = std::numeric_limits<std::uint64_t>::max();
    std::uint64_t seed = 1;
    /// Parallel annealing runs within the same wall time (planner SolveOptions::threads); the
    /// server gives PlannerThreadsFor(its cores).
    std::size_t threads = 1;
    /// With several runs: how often they meet to continue from the cheapest plan. On the
    /// generated Jinan day 15 and 40 meetings gave ~0.4 % shorter plans than 3
    /// (bench/dispatch/run.sh --iterations 375000 --meetings M).
    std::size_t meetings = 15;
    /// When set, used instead of the straight-line model (e.g. an OSRM server, issue 11); its
    /// failure fails the plan, never falls back. Not owned: outlives every plan made with it.
    const planner::MatrixProvider* travel = nullptr;
};

/// The annealing runs a proposal gets on a machine of `cores` cores: a second core gives the
/// plan ~0.7 % fewer km within the same 2 s (bench/dispatch); more runs are not measured.
std::size_t PlannerThreadsFor(unsigned cores);

/// PlannerThreadsFor this machine's cores: what `kefu serve` gives by default.
std::size_t DefaultPlannerThreads();

/// Why the proposal leaves a job out. Stable wire names.
enum class UnplannedReason { kTimeWindow, kCapacity, kSkills, kNoCrew, kCrewGate };

inline constexpr auto kUnplannedReasonNames =
    MakeEnumNames<UnplannedReason>({{UnplannedReason::kTimeWindow, "time_window"},
                                    {UnplannedReason::kCapacity, "capacity"},
                                    {UnplannedReason::kSkills, "skills"},
                                    {UnplannedReason::kNoCrew, "no_crew"},
                                    {UnplannedReason::kCrewGate, "crew_gate"}});

/// One stop of a proposed route.
struct PlannedVisit {
    std::int64_t job_id = 0;
    int arrival = 0;          ///< expected start on site, minutes after midnight (the ETA)
    int service_minutes = 0;  ///< on site with this crew: ServiceMinutes(job, crew's people)
};

/// What one crew does in the proposal.
struct CrewRoute {
    std::size_t crew = 0;  ///< index into the crews given
    std::vector<PlannedVisit> visits;
    double km = 0.0;
    int back_at = 0;        ///< back at the factory, minutes after midnight
    bool overtime = false;  ///< back after the end of the working day
};

/// A job the proposal leaves out, with the reason.
struct UnplannedJob {
    std::int64_t job_id = 0;
    UnplannedReason reason = UnplannedReason::kNoCrew;
};

/// The assistant's proposal for a day.
struct Proposal {
    std::vector<CrewRoute> routes;  ///< crews with at least one visit
    std::vector<UnplannedJob> unplanned;
    double km = 0.0;
};

/// The stretch of the day visit k of `route` books its crew for: from its arrival for its
/// minutes on site, cut at the next visit's arrival and at midnight. The shown minutes are
/// rounded up and the plan's exact share is not, so uncut, two visits a few seconds apart (the
/// same site) could overlap by a minute and the crew's own plan would clash with itself.
Stretch VisitBooking(const CrewRoute& route, std::size_t k);

/// Minutes on site for a job done by `people`: the catalogue minutes shared among them
/// (rounded up), plus the setup time. This is what a proposal shows and schedules; the planner
/// and the replay count the exact share (planner::ServiceOn in seconds), so the rounding can
/// never make a plan the planner found feasible fail its check.
int ServiceMinutes(const PlanJob& job, int people, int setup_minutes);

/// The planner problem of a day (time in seconds after midnight, distance in km): job i is
/// jobs[i], vehicle v is crews[v]. A job needing N people requires a crew of at least N (the
/// crew-size gate). Its installation minutes are shared among the people of the crew that does
/// it, plus the setup (R-DSP-4): a bigger crew than the job needs finishes sooner, and the plan
/// may count on that (a job can fit a window only because a bigger crew does it). INVALID_ARGUMENT
/// for a window that ends before it starts or bad coordinates.
Result<planner::Problem> BuildProblem(std::span<const PlanJob> jobs,
                                      std::span<const PlanCrew> crews,
                                      const PlanSettings& settings);

/// Reads the planner's solution back as a proposal, with reasons in the assistant's terms and
/// each visit's minutes on site for the crew that makes it.
Proposal ReadSolution(const planner::Solution& solution,
                      std::span<const PlanJob> jobs,
                      std::span<const PlanCrew> crews,
                      const PlanSettings& settings);

/// The head's plan for one crew: the jobs in visiting order (accepted or edited on the board).
struct CrewOrder {
    std::size_t crew = 0;  ///< index into the crews given
    std::vector<std::int64_t> job_ids;

    bool operator==(const CrewOrder&) const = default;
};

/// Checks the head's plan with the planner's independent checker (planner/check): the customers'
/// windows, the vehicles' volume and weight, skills and the crew-size gate, and the working day
/// with its overtime, each crew taking its own time on site (its people share the work, as in
/// BuildProblem; a job moved to a smaller crew takes longer). Returns the routes with arrival
/// times (each visit as early as its window allows, leaving the factory at the start of the
/// day); jobs in no route are not part of it.
/// INVALID_ARGUMENT naming routes[r] or routes[r].jobs[k]: not_open (not an open job of the day),
/// duplicate, time_window, capacity, skills, crew_gate, shift_end; routes[r] invalid_value for
/// a crew index out of range or a crew given two routes.
Result<Proposal> CheckPlan(std::span<const PlanJob> jobs,
                           std::span<const PlanCrew> crews,
                           const PlanSettings& settings,
                           std::span<const CrewOrder> orders);

/// The kilometres of each route that visits `routes[r]` in order from and back to the factory,
/// with the plan's travel model (one matrix for all, so a road service is asked once).
Result<std::vector<double>> RoutesKm(std::span<const std::vector<planner::Coordinates>> routes,
                                     const PlanSettings& settings);

/// Plans the day: BuildProblem, the planner within the time limit, ReadSolution.
Result<Proposal> ProposeDay(std::span<const PlanJob> jobs,
                            std::span<const PlanCrew> crews,
                            const PlanSettings& settings);

}  // namespace kefu::dispatch
