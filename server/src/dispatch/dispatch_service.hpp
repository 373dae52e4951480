// Use cases of dispatch: the planning assistant's proposal for a day (R-DSP-4).
#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "auth/permission.hpp"
#include "dispatch/day_plan.hpp"
#include "dispatch/lineup_repository.hpp"
#include "dispatch/plan_repository.hpp"
#include "jobs/job_service.hpp"
#include "platform/clock.hpp"
#include "platform/strong_id.hpp"
#include "policy/policy_service.hpp"

namespace kefu::dispatch {

/// The limits of the planner's budget a caller may ask for, in seconds.
inline constexpr double kMinTimeLimit = 0.1;
inline constexpr double kMaxTimeLimit = 30.0;
/// The planner's budget when the caller names none (the web client's quick plan). A proposal
/// must be back in the browser within 3 s (issue 11). 2.6 s planned the generated day only
/// 0.17 % shorter (16 seeds, 2026-12-04), not worth the head's wait (README, "Planning assistant").
inline constexpr double kDefaultTimeLimit = 2.0;

/// A request for a proposal, as the API receives it.
struct ProposeInput {
    Date date;
    std::vector<CrewInput> crews;
    double time_limit_seconds = kDefaultTimeLimit;  ///< the planner's budget
};
/// The longest delay a head may enter for a crew in a re-plan, in minutes: a working day.
inline constexpr int kMaxDelayMinutes = 12 * 60;

/// How late a crew runs, for a re-plan.
struct CrewDelay {
    StaffId lead;
    int minutes = 0;
};

/// A request to re-plan the rest of a day (R-DSP-4): a job was added or a crew is delayed.
struct ReplanInput {
    Date date;
    std::vector<CrewDelay> delays;
    double time_limit_seconds = kDefaultTimeLimit;
};

/// A proposal with the jobs and crews it is about.
struct DayProposal {
    Date date;
    std::vector<CrewInput> crews;
    std::vector<OpenJob> jobs;  ///< every job the proposal places or leaves out
    Proposal proposal;
    planner::Coordinates depot;  ///< the factory, where the routes start and end (for the map)
    /// A re-plan only, per crew: the visits it keeps (started or done) and where and from when
    /// it takes the rest of its day.
    std::vector<std::vector<CrewJob>> kept;
    std::vector<CrewStart> starts;
};

/// One crew's jobs of a scheduled day in the order of their windows, with the km of that route.
struct ScheduledRoute {
    CrewInput crew;
    std::vector<CrewJob> visits;
    double km = 0.0;
};

/// A day as scheduled, crew by crew (the dispatch board's map).
struct DaySchedule {
    Date date;
    planner::Coordinates depot;
    std::vector<ScheduledRoute> routes;
};

/// One job of an accepted route, with the version the head saw.
struct AcceptedJob {
    std::int64_t job_id = 0;
    int version = 0;
};

/// A plan the head accepts (the whole proposal, part of it, or edited on the board): per crew the
/// jobs in visiting order.
struct AcceptInput {
    Date date;
    std::vector<CrewInput> crews;
    std::vector<std::vector<AcceptedJob>> routes;  ///< routes[i] is crews[i]'s
    /// A re-plan's: the crews' scheduled jobs not yet started may move, and those in no route go
    /// back to the open jobs; each crew sets out from where its started visits leave it.
    bool replan = false;
};

/// What accepting did: the jobs as scheduled, with the checked plan (its arrival times).
struct AcceptedPlan {
    std::vector<jobs::Job> jobs;
    Proposal plan;
};

class DispatchService {
public:
    /// `travel`, when given, replaces the straight-line model in every proposal and accepted
    /// plan (PlanSettings::travel); it must outlive the service. `planner_threads`: the annealing
    /// runs of every proposal (PlanSettings::threads).
    DispatchService(PlanRepository& plans,
                    LineupRepository& lineups,
                    TransactionRunner& transactions,
                    policy::PolicyReader& policy,
                    jobs::JobService& jobs,
                    const Clock& clock,
                    const planner::MatrixProvider* travel = nullptr,
                    std::size_t planner_threads = 1)
        : plans_(plans),
          lineups_(lineups),
          transactions_(transactions),
          policy_(policy),
          jobs_(jobs),
          clock_(clock),
          travel_(travel),
          planner_threads_(planner_threads) {}

    /// Proposes crews, order and arrival times for the open jobs of a day. PERMISSION_DENIED
    /// without dispatch.plan; INVALID_ARGUMENT with every violation: date in_past;
    /// crews[i].vehicleId not_found, not_in_service or duplicate; crews[i].leadId or
    /// crews[i].memberIds[j] duplicate (one person in two places); timeLimitMs
    /// out_of_range. Reads only: nothing is scheduled until the head accepts.
    Result<DayProposal> Propose(const auth::Principal& principal, const ProposeInput& input);

    /// Schedules an accepted plan, all or nothing (R-DSP-4): the independent checker replays it
    /// against the jobs' real windows, the vehicles' capacity, skills, the crew-size gate and the
    /// working day; each job is then assigned with the checks of an assignment, its window
    /// starting at the arrival time. INVALID_ARGUMENT naming routes[i].jobs[k] (CheckPlan's
    /// reasons) and the crews as Propose does; ABORTED when a job changed since the proposal;
    /// an assignment's own refusal with its fields under assignments[n].
    Result<AcceptedPlan> Accept(const auth::Principal& principal, const AcceptInput& input);

    /// Checks a plan as Accept would, scheduling nothing: the head's edit of a proposal, with
    /// its arrival times and kilometres to compare (R-DSP-4). Accept's errors but ABORTED.
    Result<Proposal> Check(const auth::Principal& principal, const AcceptInput& input);

    /// Re-plans the rest of a day (R-DSP-4): the crews are those scheduled that day (the crew of
    /// each lead's latest job) and those of the day's line-up without a job yet; the visits they
    /// have started or finished stay as they are, and each crew sets out from where the last one
    /// leaves it, not before now, later by its delay. Its scheduled jobs not yet started and the
    /// day's open jobs are planned again. PERMISSION_DENIED without dispatch.plan;
    /// INVALID_ARGUMENT: date in_past, timeLimitMs out_of_range, delays[i].leadId not_found (no
    /// crew of the day) or minutes out_of_range.
    Result<DayProposal> Replan(const auth::Principal& principal, const ReplanInput& input);

    /// The day as scheduled, one route per crew in the order of the windows, with the km of
    /// each (the board's map). PERMISSION_DENIED without dispatch.plan.
    Result<DaySchedule> Day(const auth::Principal& principal, Date date);

private:
    /// The jobs, crews and policy of a day, read in one transaction.
    struct DayFacts {
        std::vector<OpenJob> jobs;
        std::vector<PlanCrew> crews;
        PlanSettings settings;
        std::vector<std::vector<CrewJob>> kept;  ///< a re-plan's, per crew
        std::vector<CrewJob> movable;  ///< a re-plan's scheduled jobs of the crews, not started
    };
    /// Reads the facts; INVALID_ARGUMENT with `violations` plus the crews' own, each named by
    /// `crew_field(i)` + ".vehicleId" and so on. With `replan`, the crews' scheduled jobs not
    /// yet started join the open ones and the crews start after what they have started.
    Result<DayFacts> LoadDay(Date date,
                             const std::vector<CrewInput>& crews,
                             const std::function<std::string(std::size_t)>& crew_field,
                             std::vector<FieldViolation> violations,
                             bool replan = false);
    /// The re-plan facts of LoadDay: `out.jobs` holds the open jobs; adds the movable ones and
    /// sets each crew's start.
    Result<void> LoadReplan(Tx& tx, Date date, const std::vector<CrewInput>& crews, DayFacts& out);
    /// Accept's and Check's common part: the facts and the checked plan.
    Result<std::pair<DayFacts, Proposal>> CheckedPlan(const AcceptInput& input);
    /// The policy numbers in force on `day`.
    Result<PlanSettings> SettingsOn(Tx& tx, Date day);
    /// The longest stretch of the working day (overtime included) in which nobody of the crew
    /// and not its vehicle has another job: the proposal plans around assignments already made.
    /// `from` (default the start of the day) moves the stretch's earliest start; the jobs of
    /// `moving` do not count as busy (a re-plan places them anew).
    Result<Stretch> FreeStretchOf(Tx& tx,
                                  Date date,
                                  const CrewInput& crew,
                                  const PlanSettings& settings,
                                  std::optional<int> from = std::nullopt,
                                  const std::set<std::int64_t>& moving = {});

    PlanRepository& plans_;
    LineupRepository& lineups_;
    TransactionRunner& transactions_;
    policy::PolicyReader& policy_;
    jobs::JobService& jobs_;
    const Clock& clock_;
    const planner::MatrixProvider* travel_;
    std::size_t planner_threads_;
};

}  // namespace kefu::dispatch
